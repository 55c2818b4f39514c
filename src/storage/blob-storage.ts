import { json } from 'node:stream/consumers';
import { BlobServiceClient, ContainerClient, RestError, type StoragePipelineOptions } from '@azure/storage-blob';
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

/**
 * Each blob's body: this JSON, UTF-8, with the blob's own eTag beside it. write() has always stored exactly this
 * (reads once went through BlobsStorage, which parsed the same body), so existing blobs stay readable.
 */
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
 * Everything uses @azure/storage-blob directly, with no botbuilder code (only src/teams/ may import it): writes
 * need the new eTag back and create-only writes (If-None-Match: *), and the purge needs a listing by age.
 *
 * Blob names are the SHA-256 of the conversation key: no conversation id in the store's listing, and no
 * collision from truncating long keys to the 1,024-character limit on blob names.
 *
 * Deleting or overwriting a blob removes its content only while the account's blob soft delete (and versioning)
 * is off: createStorage checks soft delete at start-up (deleteRetention) and refuses to start when it is on.
 */
export class BlobStorage implements StoragePort {
  private readonly pipeline: StoragePipelineOptions;
  private readonly timeoutMs: number;
  private readonly container: ContainerClient;
  private containerReady: Promise<unknown> | undefined;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    containerName: string,
    options: BlobStorageOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.pipeline = {
      retryOptions: { maxTries: 2, tryTimeoutInMs: this.timeoutMs, retryDelayInMs: 100, maxRetryDelayInMs: 500 },
    };
    this.container = new ContainerClient(connectionString, containerName, this.pipeline);
  }

  /** 404 is "no such blob" or "no container yet" (nothing written so far): either way, no record. */
  read(key: string): Promise<StoredItem | undefined> {
    // Without an eTag to compare, a download is never 'unchanged'.
    return this.download(key) as Promise<StoredItem | undefined>;
  }

  /** A conditional download (If-None-Match): the blob's body is sent and parsed only when its eTag changed. */
  readIfChanged(key: string, eTag: string): Promise<StoredItem | 'unchanged' | undefined> {
    return this.download(key, eTag);
  }

  private download(key: string, unlessETag?: string): Promise<StoredItem | 'unchanged' | undefined> {
    return this.guard(async (abortSignal) => {
      const res = await this.container
        .getBlobClient(blobName(key))
        .download(0, undefined, {
          abortSignal,
          ...(unlessETag === undefined ? {} : { conditions: { ifNoneMatch: unlessETag } }),
        })
        .catch((err: unknown) => {
          if (statusOf(err) === 404) return undefined;
          if (statusOf(err) === 304 && unlessETag !== undefined) return 'unchanged' as const;
          throw err;
        });
      if (!res || res === 'unchanged') return res;
      if (!res.readableStreamBody || !res.etag) throw new Error('no body or eTag in the download response');
      const envelope = (await json(res.readableStreamBody)) as Envelope | null;
      return { value: envelope?.value, eTag: res.etag };
    });
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

  /** Already gone (404, blob or container) counts as deleted, so "forget" can be repeated. */
  async delete(key: string): Promise<void> {
    await this.guard(async (abortSignal) => {
      try {
        await this.container.deleteBlob(blobName(key), { abortSignal });
      } catch (err) {
        if (statusOf(err) !== 404) throw err;
      }
    });
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

  /** Reads and deletes: one deadline for the whole operation, failures as StorageUnavailableError. */
  private async guard<T>(op: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.closed) throw new StorageUnavailableError(new Error('closed'));
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The abort cancels the request, and the SDK's per-try timeout alone does not end one to a frozen server.
    // The race also covers reading the body, so the turn stops waiting even where a stage ignores the signal
    // (a read or delete left running changes nothing the turn relies on).
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const err = new Error('blob storage timed out');
        controller.abort(err);
        reject(err);
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([op(controller.signal), timeout]);
    } catch (err) {
      throw new StorageUnavailableError(err);
    } finally {
      clearTimeout(timer);
    }
  }
}

const blobName = keyDigest;
