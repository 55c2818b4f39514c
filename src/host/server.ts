import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import restify from 'restify';
import type { Config } from '../runtime/config.js';
import { readJsonBody } from './json-body.js';
import { safeError, type Logger } from '../runtime/logger.js';
import type { StoragePort } from '../storage/storage-port.js';
import { createMessagesHandler, type MessagesHandlerOptions } from '../teams/messages-handler.js';
import { requestContext, requestIdFrom } from '../runtime/request-context.js';
import { registerTabRoutes } from './tab-route.js';
import { offloadingCore } from '../runtime/core-offload.js';
import { TurnRunner, type TurnCore } from '../runtime/turn-runner.js';
import {
  ReminderIndexingStorage,
  ReminderScheduler,
  withTurnReference,
  type SendReminder,
} from '../runtime/reminders.js';
import { createProactiveSender, referenceOf } from '../teams/proactive.js';
import { FeedbackStore } from '../storage/feedback-store.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
export const VERSION = pkg.version;

export interface App {
  server: restify.Server;
  listen(port?: number, host?: string): Promise<{ port: number; url: string }>;
  /** Stops accepting requests, waits for in-flight turns (up to `graceMs`), then closes storage. */
  close(graceMs?: number): Promise<void>;
  /** Fetches the token signing keys ahead of the first request (a no-op without an app id); never rejects. */
  warmUp(): Promise<void>;
  /** Follow-up reminders: src/host/index.ts starts the minute check; tests call `tick()` with a fake clock. */
  reminders: ReminderScheduler;
}

export interface AppOptions extends MessagesHandlerOptions {
  /** Replaces the pure turn core (the HTTP benchmark's echo bot); everything else stays the same. */
  core?: TurnCore;
  /** The reminder scheduler's clock (ms since the epoch); default Date.now. */
  now?: () => number;
  /** Replaces the proactive sender (default: botbuilder's CloudAdapter, src/teams/proactive.ts). */
  sendReminder?: SendReminder;
}

/** Longest a client may take to send a whole request (headers and body); slow senders are cut off. */
const REQUEST_TIMEOUT_MS = 30_000;
/** After an early refusal, how much of the unread body is read and dropped (so the client sees the answer). */
const LINGER_BYTES = 1024 * 1024;
const LINGER_MS = 2_000;

/**
 * A refused request's body is never buffered. Closing the socket at once would reset it while the client is
 * still sending, and a reset can discard the answer before the client reads it; so the rest is read and
 * dropped, up to LINGER_BYTES or LINGER_MS, then the connection is closed (a body that ends sooner leaves the
 * connection usable).
 */
function discardRestThenClose(req: restify.Request): void {
  let dropped = 0;
  const socket = req.socket;
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) {
      clearTimeout(timer);
      socket.destroy();
    }
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

export function createApp(config: Config, storage: StoragePort, logger: Logger, options: AppOptions = {}): App {
  // restify's own logger would write whole requests (headers, bodies) on some errors: it is silenced, and
  // everything worth logging goes through the project's logger, without bodies or headers.
  // (restify 12 logs through pino; its type definitions still say bunyan.)
  const silent = pino({ level: 'silent' }) as unknown as restify.ServerOptions['log'];
  const server = restify.createServer({ name: 'back-pain-pathway', handleUncaughtExceptions: false, log: silent });
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  // Reminders (issue 15): the runner writes through a store that indexes records holding one; the scheduler posts them.
  const { core, now, sendReminder, ...handlerOptions } = options;
  const reminders = new ReminderScheduler(storage, sendReminder ?? createProactiveSender(config), logger, {
    ...(now ? { now } : {}),
  });
  const indexed = new ReminderIndexingStorage(storage, reminders.index, logger);
  // Long pastes are read on a worker thread so they never stall other conversations (src/runtime/core-offload.ts).
  const offloading = core ? undefined : offloadingCore();
  const runner = new TurnRunner(indexed, { retentionDays: config.RETENTION_DAYS }, core ?? offloading);
  // Card refresh (Universal Actions) reads the stored case to show a card as it stands now; it never writes.
  const handleMessages = createMessagesHandler(config, runner, logger, {
    readConversation: (key) => runner.stored(key),
    feedback: new FeedbackStore(storage),
    ...handlerOptions,
  });
  const limits = { maxBytes: config.MAX_BODY_KB * 1024, maxDepth: config.MAX_JSON_DEPTH };
  let inFlight = 0;
  let idle: (() => void) | undefined;

  // No body parser is registered: POST /api/messages reads its own body (json-body.ts), and no other route
  // takes one. restify's multipart, urlencoded and gzip handling never runs.
  server.post('/api/messages', async (req, res) => {
    inFlight++;
    const reqId = requestIdFrom(req.headers);
    res.header('x-request-id', reqId);
    try {
      await requestContext.run({ reqId }, async () => {
        const parsed = await readJsonBody(req, limits);
        if ('status' in parsed) {
          logger.warn({ outcome: 'http-rejected', status: parsed.status, reason: parsed.reason }, 'request rejected');
          res.send(parsed.status, parsed.body);
          if (!req.complete) discardRestThenClose(req);
          return;
        }
        req.body = parsed.value;
        // the activity's reference (no user), kept in the reminder index if this turn sets a reminder (only then
        // is it worked out: most turns never need it)
        await withTurnReference(
          () => referenceOf(parsed.value),
          () => handleMessages(req, res),
        );
      });
    } catch (err) {
      logger.error({ outcome: 'http-error', ...safeError(err) }, 'messages endpoint failed');
      if (!res.headersSent) res.send(500, { error: 'InternalError' });
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  });

  registerTabRoutes(server);

  server.get('/health', async (_req, res) => {
    res.send(200, { status: 'ok', version: VERSION, storage: config.STORAGE });
  });

  server.on('restifyError', (_req, _res, err, callback) => {
    // Routing errors (404, 405) keep their 4xx status; say nothing of the request in logs.
    logger.warn(
      { outcome: 'http-rejected', status: (err as { statusCode?: number }).statusCode, ...safeError(err) },
      'request rejected',
    );
    return callback();
  });

  return {
    server,
    warmUp: () => handleMessages.warmUp(),
    reminders,
    listen(port = config.PORT, host = config.HOST) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve({ port: address.port, url: `http://127.0.0.1:${address.port}` });
        });
      });
    },
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          idle = resolve;
          setTimeout(resolve, graceMs).unref();
        });
      }
      // Keep-alive sockets would hold the close open until they time out; nothing is in flight on them now.
      server.server.closeAllConnections();
      await closed;
      await reminders.stop();
      await offloading?.close();
      await storage.close();
    },
  };
}
