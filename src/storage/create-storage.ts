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
  }
}
