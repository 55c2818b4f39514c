import { readFileSync } from 'node:fs';
import restify from 'restify';
import type { Config } from './config.js';
import { safeError, type Logger } from './logger.js';
import type { StoragePort } from './storage/storage-port.js';
import { createMessagesHandler } from './teams/messages-handler.js';
import { requestContext, requestIdFrom } from './request-context.js';
import { registerTabRoutes } from './tab-route.js';
import { TurnRunner, type TurnCore } from './turn-runner.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
export const VERSION = pkg.version;

export interface App {
  server: restify.Server;
  listen(port?: number, host?: string): Promise<{ port: number; url: string }>;
  /** Stops accepting requests, waits for in-flight turns (up to `graceMs`), then closes storage. */
  close(graceMs?: number): Promise<void>;
}

export interface AppOptions {
  /** Replaces the pure turn core (the HTTP benchmark's echo bot); everything else stays the same. */
  core?: TurnCore;
}

export function createApp(config: Config, storage: StoragePort, logger: Logger, options: AppOptions = {}): App {
  const server = restify.createServer({ name: 'back-pain-pathway', handleUncaughtExceptions: false });
  const runner = new TurnRunner(storage, { retentionDays: config.RETENTION_DAYS }, options.core);
  const handleMessages = createMessagesHandler(config, runner, logger);
  let inFlight = 0;
  let idle: (() => void) | undefined;

  server.use(restify.plugins.bodyParser({ maxBodySize: config.MAX_BODY_KB * 1024, mapParams: false, mapFiles: false }));

  server.post('/api/messages', async (req, res) => {
    inFlight++;
    const reqId = requestIdFrom(req.headers);
    res.header('x-request-id', reqId);
    try {
      await requestContext.run({ reqId }, () => handleMessages(req, res));
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

  server.on('restifyError', (req, res, err, callback) => {
    // Body parser errors (malformed JSON, too large) keep their 4xx status; say nothing of the body in logs.
    logger.warn({ outcome: 'http-rejected', status: (err as { statusCode?: number }).statusCode, ...safeError(err) }, 'request rejected');
    return callback();
  });

  return {
    server,
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
      await storage.close();
    },
  };
}
