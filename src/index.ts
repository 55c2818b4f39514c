import { ConfigError, loadConfig } from './config.js';
import { createLogger, safeError } from './logger.js';
import { createApp } from './server.js';
import { createStorage } from './storage/create-storage.js';

/** Start-up: config, storage, server; a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
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
  const storage = await createStorage(config);
  const app = createApp(config, storage, logger);
  const { port } = await app.listen();
  const auth = config.MicrosoftAppId ? 'on' : 'off (anonymous local mode)';
  logger.info({ port, storage: config.STORAGE, auth }, `Back Pain Pathway listening on http://localhost:${port}/api/messages`);

  const retention = setInterval(
    () => {
      const cutoff = new Date(Date.now() - config.RETENTION_DAYS * 86_400_000);
      storage.purgeBefore(cutoff).then(
        (n) => n && logger.info({ purged: n }, 'expired cases deleted'),
        (err: unknown) => logger.warn(safeError(err), 'retention sweep failed'),
      );
    },
    60 * 60 * 1000,
  );
  retention.unref();

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
