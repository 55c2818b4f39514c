import type { Config } from '../runtime/config.js';
import { createLogger, safeError, type Logger } from '../runtime/logger.js';
import { MemoryStorage } from '../storage/memory-storage.js';
import { SqliteStorage } from '../storage/sqlite-storage.js';
import type { StoragePort } from '../storage/storage-port.js';

/**
 * The configured store. With STORAGE=blob it first checks that the account deletes for real: it refuses to start
 * (SoftDeleteEnabledError) when blob soft delete is on, and logs a warning when it cannot tell.
 */
export async function createStorage(
  config: Config,
  options: { logger?: Pick<Logger, 'warn'> } = {},
): Promise<StoragePort> {
  switch (config.STORAGE) {
    case 'memory':
      return new MemoryStorage();
    case 'sqlite':
      return new SqliteStorage(config.SQLITE_PATH);
    case 'blob': {
      // Loaded only when chosen: the Azure SDK is large and botbuilder code stays in src/teams/.
      const { BlobStorage } = await import('../storage/blob-storage.js');
      const storage = new BlobStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
      await storage.checkHardDelete((err, message) =>
        (options.logger ?? createLogger(config.LOG_LEVEL)).warn({ ...safeError(err), storage: 'blob' }, message),
      );
      return storage;
    }
  }
}
