import { BlobServiceClient, ContainerClient, RestError, type StoragePipelineOptions } from '@azure/storage-blob';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { keyDigest } from './key-digest.js';
import {
  StorageConflictError,
  StorageUnavailableError,
  type StoragePort,
  type StoredItem,
  type WriteOptions,
} from './storage-port.js';

export interface BlobStorageOptions {
  /** Per-request timeout; a slow or stopped store fails the turn quickly instead of hanging it. */
  timeoutMs?: number;
}

/** What is stored in each blob. BlobsStorage.read returns it with `eTag` merged in: exactly a StoredItem. */
interface Envelope {
  value: unknown;
}

const statusOf = (err: unknown): number | undefined => (err instanceof RestError ? err.statusCode : undefined);

/** The account's blob soft delete setting; `undefined` days when it is off. */
export interface DeleteRetention {
  enabled: boolean;
  days?: number;
}

/** Start-up refuses a store that keeps deleted blobs: `forget` and the retention purge would not delete. */
export class SoftDeleteEnabledError extends Error {
  override name = 'SoftDeleteEnabledError';
  constructor(readonly days: number | undefined) {
    super(
      `Blob soft delete is enabled on the storage account (deleted and overwritten blobs are kept for ${days ?? 'some'} days), ` +
        'so "forget" and the retention purge would not delete cases. Turn off "Enable soft delete for blobs" on the account ' +
        '(Data protection), then start again. See docs/operations.md, "Deletion and retention".',
    );
  }
}

/**
 * STORAGE=blob: one blob per conversation in Azure Blob Storage, for several bot instances sharing state.
 *
 * Reads and deletes go through botbuilder-azure-blobs' BlobsStorage. Writes and the retention purge use
 * @azure/storage-blob directly (the client BlobsStorage itself wraps), because BlobsStorage.write cannot:
 * return the new eTag (the port's write must) or create only when absent (If-None-Match: *; it treats a missing
 * eTag as "overwrite"), and it has no listing to purge by age. Both use the same blob names.
 *
 * Blob names are the SHA-256 of the conversation key: no conversation id in the store's listing, and no
 * collision from BlobsStorage's 1,024-character truncation of long keys.
 *
 * Deleting or overwriting a blob removes its content only while the account's blob soft delete (and versioning)
 * is off: createStorage checks soft delete at start-up (deleteRetention) and refuses to start when it is on.
 */
export class BlobStorage implements StoragePort {
  private readonly pipeline: StoragePipelineOptions;
  private readonly timeoutMs: number;
  private readonly container: ContainerClient;
  private blobs: BlobsStorage;
  private containerReady?: Promise<unknown>;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly containerName: string,
    options: BlobStorageOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.pipeline = {
      retryOptions: { maxTries: 2, tryTimeoutInMs: this.timeoutMs, retryDelayInMs: 100, maxRetryDelayInMs: 500 },
    };
    this.container = new ContainerClient(connectionString, containerName, this.pipeline);
    this.blobs = this.newBlobsStorage();
  }

  async read(key: string): Promise<StoredItem | undefined> {
    const name = blobName(key);
    const items = await this.guard(() => this.blobs.read([name]));
    const item = items[name] as (Envelope & { eTag: string }) | undefined;
    return item ? { value: item.value, eTag: item.eTag } : undefined;
  }

  /**
   * `removesData` needs nothing more here: with soft delete and versioning off, an overwritten or deleted blob's
   * content is gone once the request succeeds.
   */
  async write(key: string, value: unknown, ifMatch: string | null, _options?: WriteOptions): Promise<string> {
    const body = JSON.stringify({ value } satisfies Envelope);
    try {
      await this.ensureContainer();
      const res = await this.container.getBlockBlobClient(blobName(key)).upload(body, Buffer.byteLength(body), {
        abortSignal: AbortSignal.timeout(this.timeoutMs),
        conditions: ifMatch === null ? { ifNoneMatch: '*' } : { ifMatch },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
      if (!res.etag) throw new Error('no eTag in the upload response');
      return res.etag;
    } catch (err) {
      // 412: eTag changed; 409: created by someone else meanwhile; 404: deleted since it was read.
      const status = statusOf(err);
      if (status === 412 || status === 409 || status === 404) throw new StorageConflictError(key);
      throw new StorageUnavailableError(err);
    }
  }

  async delete(key: string): Promise<void> {
    await this.guard(() => this.blobs.delete([blobName(key)]));
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    let n = 0;
    try {
      await this.ensureContainer();
      for await (const blob of this.container.listBlobsFlat({
        abortSignal: AbortSignal.timeout(this.timeoutMs * 10),
      })) {
        if (!(blob.properties.lastModified < cutoff)) continue;
        try {
          // Only the version that was listed: a case written since then stays.
          await this.container.deleteBlob(blob.name, {
            conditions: { ifMatch: blob.properties.etag },
            abortSignal: AbortSignal.timeout(this.timeoutMs),
          });
          n++;
        } catch (err) {
          if (statusOf(err) !== 412 && statusOf(err) !== 404) throw err;
        }
      }
    } catch (err) {
      throw new StorageUnavailableError(err);
    }
    return n;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /**
   * The start-up check that deleting really deletes: throws SoftDeleteEnabledError when the account keeps deleted
   * blobs; when the setting cannot be read (no account-level access, store unreachable) it warns and goes on, as
   * the bot starts with an unreachable store too.
   */
  async checkHardDelete(warn: (err: unknown, message: string) => void): Promise<void> {
    let retention: DeleteRetention;
    try {
      retention = await this.deleteRetention();
    } catch (err) {
      warn(
        err,
        'could not read the blob service properties to check that soft delete is off: "forget" and the retention purge delete only if it is (docs/operations.md, Deletion and retention)',
      );
      return;
    }
    if (retention.enabled) throw new SoftDeleteEnabledError(retention.days);
  }

  /**
   * The account's blob soft delete setting (Get Blob Service Properties). Needs account-level access (an account
   * key, or an account SAS for the service resource type); a container-only SAS is refused with 403, and the
   * caller cannot tell then.
   */
  async deleteRetention(): Promise<DeleteRetention> {
    const service = BlobServiceClient.fromConnectionString(this.connectionString, this.pipeline);
    const { deleteRetentionPolicy: policy } = await service.getProperties({
      abortSignal: AbortSignal.timeout(this.timeoutMs),
    });
    return policy?.enabled
      ? { enabled: true, ...(policy.days !== undefined ? { days: policy.days } : {}) }
      : { enabled: false };
  }

  private newBlobsStorage(): BlobsStorage {
    return new BlobsStorage(this.connectionString, this.containerName, { storagePipelineOptions: this.pipeline });
  }

  private ensureContainer(): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('closed'));
    this.containerReady ??= this.container
      .createIfNotExists({ abortSignal: AbortSignal.timeout(this.timeoutMs) })
      .catch((err: unknown) => {
        this.containerReady = undefined;
        throw err;
      });
    return this.containerReady;
  }

  private async guard<T>(op: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StorageUnavailableError(new Error('closed'));
    let timer: NodeJS.Timeout | undefined;
    // BlobsStorage passes no abort signal and the SDK's per-try timeout does not end a request to a frozen
    // server, so the turn stops waiting here (a read or delete left running changes nothing the turn relies on).
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('blob storage timed out')), this.timeoutMs);
    });
    try {
      return await Promise.race([op(), timeout]);
    } catch (err) {
      // BlobsStorage caches its first container check, failed or not: start afresh so a store that comes
      // back is used again.
      this.blobs = this.newBlobsStorage();
      throw new StorageUnavailableError(err);
    } finally {
      clearTimeout(timer);
    }
  }
}

const blobName = keyDigest;
