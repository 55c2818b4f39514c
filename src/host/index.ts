import { type Config, ConfigError, loadConfig } from '../runtime/config.js';
import { createLogger, safeError } from '../runtime/logger.js';
import { createApp } from './server.js';
import { createStorage } from './create-storage.js';
import { scheduleRetention } from './retention.js';

/** Start-up: config, storage, server; a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const storage = await createStorage(config, { logger });
  const app = createApp(config, storage, logger);
  const { port } = await app.listen();
  const auth = config.MicrosoftAppId ? 'on' : 'off (anonymous local mode)';
  logger.info(
    { port, host: config.HOST, storage: config.STORAGE, auth },
    `Back Pain Pathway listening on http://localhost:${port}/api/messages`,
  );
  if (!config.MicrosoftAppId) {
    logger.warn(
      { host: config.HOST, auth: 'off' },
      `ANONYMOUS MODE: no MicrosoftAppId, so requests are not authenticated. Listening on ${config.HOST} only` +
        (config.ALLOW_ANONYMOUS ? ' (ALLOW_ANONYMOUS=true)' : '') +
        '; replies are sent only to loopback serviceUrls. Set MicrosoftAppId to serve Teams.',
    );
  }
  void app.warmUp();

  // Due follow-up reminders are posted now, then checked every minute (src/runtime/reminders.ts).
  app.reminders.start();
  // Expired cases are purged now, at start-up, then hourly (src/storage/retention.ts); a case with a pending
  // reminder is kept until the reminder's day plus a margin.
  const retention = scheduleRetention(storage, config.RETENTION_DAYS, logger, undefined, {
    keep: () => app.reminders.keepAlive(config.RETENTION_DAYS),
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    clearInterval(retention);
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error(safeError(err), 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
