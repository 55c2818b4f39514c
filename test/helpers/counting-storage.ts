import type { StoragePort } from '../../src/storage/storage-port.js';

/** A store that counts full reads, the reads that found the value unchanged or changed, and writes. */
export function countingStorage(inner: StoragePort) {
  const counts = { read: 0, unchanged: 0, changed: 0, write: 0 };
  const storage: StoragePort = {
    read: (key) => {
      counts.read++;
      return inner.read(key);
    },
    readIfChanged: async (key, eTag) => {
      const r = await inner.readIfChanged(key, eTag);
      counts[r === 'unchanged' ? 'unchanged' : 'changed']++;
      return r;
    },
    write: (...args) => {
      counts.write++;
      return inner.write(...args);
    },
    delete: (key) => inner.delete(key),
    purgeBefore: (cutoff) => inner.purgeBefore(cutoff),
    close: () => inner.close(),
  };
  return { storage, counts };
}
