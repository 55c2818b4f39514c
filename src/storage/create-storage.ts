import type { Config } from '../config.js';
import { MemoryStorage } from './memory-storage.js';
import { SqliteStorage } from './sqlite-storage.js';
import type { StoragePort } from './storage-port.js';

export async function createStorage(config: Config): Promise<StoragePort> {
  switch (config.STORAGE) {
    case 'memory':
      return new MemoryStorage();
    case 'sqlite':
      return new SqliteStorage(config.SQLITE_PATH);
    case 'blob': {
      // Loaded only when chosen: the Azure SDK is large and botbuilder code stays in src/teams/.
      const { BlobStorage } = await import('../teams/blob-storage.js');
      return new BlobStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
    }
  }
}
