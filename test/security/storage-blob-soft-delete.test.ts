import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/runtime/config.js';
import { createStorage } from '../../src/host/create-storage.js';
import { BlobStorage, SoftDeleteEnabledError } from '../../src/storage/blob-storage.js';
import { freePort, spawnBot } from '../helpers/bot-server.js';
import { startAzurite, type Azurite } from '../scale/azurite.js';

/**
 * With soft delete on, a deleted or overwritten blob is kept by the account, so "forget" would not delete:
 * start-up reads the blob service properties, refuses when soft delete is on, and warns when it cannot tell.
 */
let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.dispose();
});

const blobConfig = (connectionString: string) =>
  loadConfig({
    STORAGE: 'blob',
    BLOB_CONNECTION_STRING: connectionString,
    BLOB_CONTAINER: 'soft-delete-check',
    LOG_LEVEL: 'silent',
  });
const setSoftDelete = (enabled: boolean) =>
  BlobServiceClient.fromConnectionString(azurite.connectionString).setProperties({
    deleteRetentionPolicy: enabled ? { enabled: true, days: 7 } : { enabled: false },
  });

describe('blob soft delete check at start-up', () => {
  it('starts quietly when soft delete is off (the default)', async () => {
    const logger = { warn: vi.fn() };
    const storage = await createStorage(blobConfig(azurite.connectionString), { logger });
    expect(storage).toBeInstanceOf(BlobStorage);
    expect(await (storage as BlobStorage).deleteRetention()).toEqual({ enabled: false });
    expect(logger.warn).not.toHaveBeenCalled();
    await storage.close();
  });

  it('refuses to start when soft delete is on, saying what to change and never echoing the connection string', async () => {
    await setSoftDelete(true);
    try {
      const storage = new BlobStorage(azurite.connectionString, 'soft-delete-check');
      expect(await storage.deleteRetention()).toEqual({ enabled: true, days: 7 });
      const refused = createStorage(blobConfig(azurite.connectionString), { logger: { warn: vi.fn() } });
      await expect(refused).rejects.toBeInstanceOf(SoftDeleteEnabledError);
      await expect(refused).rejects.toThrow(/soft delete is enabled.*kept for 7 days.*docs\/operations\.md/s);

      // The real process: exits before listening, with the reason on stderr.
      const started = spawnBot({
        STORAGE: 'blob',
        BLOB_CONNECTION_STRING: azurite.connectionString,
        BLOB_CONTAINER: 'soft-delete-check',
      });
      const err = (await started.then(
        async (bot) => {
          await bot.stop();
          return undefined;
        },
        (e: unknown) => e,
      )) as Error | undefined;
      expect(err?.message).toMatch(/bot exited early/);
      expect(err?.message).toMatch(/Start-up failed: Blob soft delete is enabled/);
      expect(err?.message).not.toMatch(/AccountKey|Eby8vdM02/);
    } finally {
      await setSoftDelete(false);
    }
  });

  it('warns and starts when the setting cannot be read (store unreachable)', async () => {
    const port = await freePort();
    const unreachable = azurite.connectionString.replace(
      /BlobEndpoint=http:\/\/127\.0\.0\.1:\d+/,
      `BlobEndpoint=http://127.0.0.1:${port}`,
    );
    const logger = { warn: vi.fn() };
    const storage = await createStorage(blobConfig(unreachable), { logger });
    expect(storage).toBeInstanceOf(BlobStorage);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    const [fields, message] = logger.warn.mock.calls[0] as [Record<string, unknown>, string];
    expect(message).toMatch(/could not read the blob service properties to check that soft delete is off/);
    expect(fields).toMatchObject({ storage: 'blob', errName: expect.any(String) });
    expect(JSON.stringify(fields)).not.toMatch(/AccountKey|127\.0\.0\.1/);
    await storage.close();
  });
});
