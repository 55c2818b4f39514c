import { hash } from 'node:crypto';
import { pino, type Logger } from 'pino';
import { requestContext } from './request-context.js';

export type { Logger };

/**
 * Structured JSON logs. Never pass message text, card values or case facts to the logger: conversations are
 * identified by a salted-free short hash only, and errors by their name and code.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'back-pain-pathway' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Lines written while handling a request carry its id (set in server.ts).
      mixin: () => requestContext.getStore() ?? {},
    },
    destination ?? process.stdout,
  );
}

/** A short stable hash of a conversation key, so logs can correlate turns without the id itself. */
export function conversationHash(key: string): string {
  return hash('sha256', key, 'hex').slice(0, 12);
}

/** Error details safe for logs: the class name and code, never the message (it may echo user input). */
export function safeError(err: unknown): { errName: string; errCode?: string; causeName?: string } {
  if (!(err instanceof Error)) return { errName: typeof err };
  const code = (err as { code?: unknown }).code;
  const cause = err.cause instanceof Error ? err.cause.name : undefined;
  return {
    errName: err.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { errCode: String(code) } : {}),
    ...(cause ? { causeName: cause } : {}),
  };
}
