import { createPublicKey } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * Bounded fetching of the Bot Framework's OpenID metadata and signing keys.
 *
 * botframework-connector validates every incoming token against keys it fetches from a metadata URL
 * (OpenIdMetadata, one per URL, held in JwtTokenExtractor's static cache). As shipped, that fetch has no
 * timeout, is not shared between concurrent requests, and is retried by every request while it fails: a
 * metadata host that accepts connections and never answers costs one hanging outbound connection per
 * request carrying any parseable token. This module swaps the cache for one that hands out a guarded
 * implementation with the same `getKey` contract:
 * - one fetch in flight per URL, shared by every request that needs it;
 * - a deadline on the whole fetch (METADATA_TIMEOUT_MS) and a size cap on each response;
 * - at most one attempt per `retryAfterMs` (a token naming an unknown key id cannot trigger more);
 * - the last good keys are kept through failures, and refreshed in the background once a day.
 * The request itself is bounded separately (AUTH_TIMEOUT_MS in caching-auth.ts).
 */

export interface MetadataKey {
  key: string;
  endorsements?: string[];
}

interface Jwk {
  kid?: unknown;
  n?: unknown;
  e?: unknown;
  endorsements?: unknown;
}

export interface MetadataGuardOptions {
  /** Deadline for one refresh (metadata document + key set), in ms. */
  fetchTimeoutMs: number;
  /** Minimum gap between two refresh attempts of one URL, in ms. */
  retryAfterMs: number;
  /** Age after which keys are refreshed in the background, in ms. */
  refreshAfterMs: number;
  /** Called once per failed refresh (a JSON log line; never the URL's answer). */
  onError?: (err: unknown) => void;
}

const MAX_DOCUMENT_BYTES = 1024 * 1024;

const options: MetadataGuardOptions = {
  fetchTimeoutMs: 5_000,
  retryAfterMs: 30_000,
  refreshAfterMs: 24 * 60 * 60 * 1000,
};

export class MetadataFetchError extends Error {
  override name = 'MetadataFetchError';
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal, redirect: 'error', headers: { accept: 'application/json' } });
  if (!res.ok) {
    await res.body?.cancel();
    throw new MetadataFetchError(`status ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_DOCUMENT_BYTES) {
    await res.body?.cancel();
    throw new MetadataFetchError('document too large');
  }
  const text = await res.text();
  if (text.length > MAX_DOCUMENT_BYTES) throw new MetadataFetchError('document too large');
  return JSON.parse(text) as unknown;
}

const isHttpUrl = (u: unknown): u is string =>
  typeof u === 'string' && URL.canParse(u) && ['http:', 'https:'].includes(new URL(u).protocol);

export class GuardedOpenIdMetadata {
  private keys: Jwk[] | undefined;
  private fetchedAt = 0;
  private attemptedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;
  private readonly pems = new Map<string, MetadataKey | null>();
  /** Refresh attempts started (for tests: one shared fetch however many requests wait on it). */
  attempts = 0;

  constructor(readonly url: string) {}

  async getKey(keyId: string): Promise<MetadataKey | null> {
    const found = this.findKey(keyId);
    if (found) {
      if (Date.now() - this.fetchedAt > options.refreshAfterMs) void this.refresh();
      return found;
    }
    await this.refresh();
    return this.findKey(keyId);
  }

  /** Starts a refresh unless one is in flight (then shares it) or one was tried within retryAfterMs. Never rejects. */
  refresh(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    const now = Date.now();
    if (now - this.attemptedAt < options.retryAfterMs) return Promise.resolve();
    this.attemptedAt = now;
    this.attempts++;
    const report = options.onError; // the logger of the app that started this fetch
    this.inFlight = this.load(AbortSignal.timeout(options.fetchTimeoutMs))
      .catch((err: unknown) => report?.(err))
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private async load(signal: AbortSignal): Promise<void> {
    const config = (await fetchJson(this.url, signal)) as { jwks_uri?: unknown } | null;
    const jwksUri = config?.jwks_uri;
    if (!isHttpUrl(jwksUri)) throw new MetadataFetchError('no jwks_uri');
    const set = (await fetchJson(jwksUri, signal)) as { keys?: unknown } | null;
    if (!Array.isArray(set?.keys)) throw new MetadataFetchError('no keys');
    this.keys = set.keys.filter((k): k is Jwk => typeof k === 'object' && k !== null);
    this.fetchedAt = Date.now();
    this.pems.clear();
  }

  private findKey(keyId: string): MetadataKey | null {
    if (!this.keys || typeof keyId !== 'string') return null;
    if (this.pems.has(keyId)) return this.pems.get(keyId) ?? null;
    const jwk = this.keys.find((k) => k.kid === keyId);
    let result: MetadataKey | null = null;
    if (jwk && typeof jwk.n === 'string' && typeof jwk.e === 'string') {
      try {
        const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' })
          .export({ type: 'pkcs1', format: 'pem' })
          .toString();
        const endorsements = Array.isArray(jwk.endorsements)
          ? jwk.endorsements.filter((x): x is string => typeof x === 'string')
          : undefined;
        result = { key, ...(endorsements ? { endorsements } : {}) };
      } catch {
        result = null;
      }
    }
    // Only known key ids are remembered: unknown ones must not grow the map.
    if (jwk) this.pems.set(keyId, result);
    return result;
  }
}

/** Hands out the guarded implementation for any metadata URL the connector asks for. */
class GuardedMetadataCache extends Map<string, GuardedOpenIdMetadata> {
  override get(url: string): GuardedOpenIdMetadata {
    let metadata = super.get(url);
    if (!metadata) {
      metadata = new GuardedOpenIdMetadata(url);
      super.set(url, metadata);
    }
    return metadata;
  }
}

// The connector botbuilder itself loads (a deep path: JwtTokenExtractor is not in the package's index).
const requireFromBotbuilder = createRequire(createRequire(import.meta.url).resolve('botbuilder'));
const extractor = (
  requireFromBotbuilder('botframework-connector/lib/auth/jwtTokenExtractor.js') as {
    JwtTokenExtractor: { openIdMetadataCache?: unknown };
  }
).JwtTokenExtractor;

/** The connector's public constants (metadata URLs, issuers), for building a full authentication configuration. */
export const connectorConstants = requireFromBotbuilder('botframework-connector') as {
  AuthenticationConstants: Record<string, string>;
  AuthenticationError: new (message: string, statusCode: number) => Error;
};

/**
 * Installs the guarded cache (once per process; later calls only update the options). Throws at start-up if
 * the connector no longer has the cache this relies on, rather than silently running unguarded.
 */
export function guardOpenIdMetadata(update: Partial<MetadataGuardOptions> = {}): void {
  Object.assign(options, update);
  if (extractor.openIdMetadataCache instanceof GuardedMetadataCache) return;
  if (!(extractor.openIdMetadataCache instanceof Map)) {
    throw new Error('botframework-connector changed: JwtTokenExtractor.openIdMetadataCache is missing');
  }
  extractor.openIdMetadataCache = new GuardedMetadataCache();
}

/** The guarded metadata for a URL (creating it); for warming the keys at start-up and for tests. */
export function openIdMetadataFor(url: string): GuardedOpenIdMetadata {
  guardOpenIdMetadata();
  return (extractor.openIdMetadataCache as GuardedMetadataCache).get(url);
}
