import { AsyncLocalStorage } from 'node:async_hooks';
import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { connectorConstants, guardOpenIdMetadata } from './openid-metadata.js';

type Base = ConfigurationBotFrameworkAuthentication;
type AuthResult = Awaited<ReturnType<Base['authenticateRequest']>>;
type Claims = AuthResult['claimsIdentity'];
type Factory = NonNullable<AuthResult['connectorFactory']>;
type Connector = Awaited<ReturnType<Factory['create']>>;
type TokenClient = Awaited<ReturnType<Base['createUserTokenClient']>>;

/** Enough for every Teams region's serviceUrl; beyond it the oldest entry goes. */
const MAX_ENTRIES = 256;

const appIdOf = (claims: Claims): string => claims.claims.find((c) => c.type === 'aud')?.value ?? '';

export type AuthRejectedReason = 'invalid' | 'timeout' | 'unavailable';

/**
 * Every way authentication can fail, as one error: the request gets 401 with a fixed body whatever the
 * cause, and the log gets the reason and the cause's class name only.
 */
export class AuthRejected extends Error {
  override name = 'AuthRejected';
  constructor(
    readonly reason: AuthRejectedReason,
    options?: { cause?: unknown },
  ) {
    super('Unauthorized', options);
  }
}

export interface AuthGuardOptions {
  /** Longest one request may spend authenticating (ms); past it the request is refused (401). */
  timeoutMs?: number;
  /** Deadline for one fetch of the OpenID metadata and signing keys (ms). */
  metadataTimeoutMs?: number;
  /** Called when a metadata fetch fails (one JSON log line). */
  onMetadataError?: (err: unknown) => void;
}

/**
 * botframework-connector prints to the console when it rejects a token (the signing key as PEM, or a whole
 * stack for an expired token): multi-line output outside the JSON log, on every forged or replayed token.
 * Console output made while a request is being authenticated is dropped; the handler logs the rejection as
 * one JSON line. Output from anywhere else passes through untouched.
 */
const authenticating = new AsyncLocalStorage<true>();
const QUIET = Symbol('quiet-during-authentication');

function quietConsoleDuringAuthentication(): void {
  for (const method of ['error', 'warn', 'log', 'info', 'debug', 'trace'] as const) {
    const current = console[method] as ((...args: unknown[]) => void) & { [QUIET]?: true };
    if (current[QUIET]) continue;
    const wrapped = Object.assign(
      function (this: unknown, ...args: unknown[]) {
        if (authenticating.getStore()) return;
        current.apply(this, args);
      },
      { [QUIET]: true as const },
    );
    console[method] = wrapped;
  }
}

const isAuthenticationError = (err: unknown): boolean =>
  err instanceof connectorConstants.AuthenticationError ||
  (err instanceof Error &&
    (err.name === 'AuthenticationError' || err.name === 'JsonWebTokenError' || err.name === 'TokenExpiredError'));

/**
 * Authentication that fails closed and fast, with connector clients reused across turns.
 *
 * - `authenticateRequest` has a deadline (AUTH_TIMEOUT_MS): a token the connector cannot verify in time, for
 *   whatever reason (forged, expired, metadata host slow or unreachable), is an AuthRejected, never a 500 or
 *   a hang. The metadata fetch behind it is shared and bounded (openid-metadata.ts).
 * - CloudAdapter asks for a new connector client and user-token client on every turn, and each builds a
 *   fresh HTTP pipeline (about 13 % of a turn's CPU here). Both depend only on the bot's app id, the
 *   serviceUrl and the audience, and take their tokens from the shared credentials when they send, so they
 *   are built once per key and reused, as the older BotFrameworkAdapter did. Authentication itself still
 *   runs on every request.
 */
export class CachingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<Connector>>();
  private readonly tokenClients = new Map<string, Promise<TokenClient>>();
  private readonly timeoutMs: number;

  constructor(config: ConfigurationBotFrameworkAuthenticationOptions, guard: AuthGuardOptions = {}) {
    guardOpenIdMetadata({
      ...(guard.metadataTimeoutMs ? { fetchTimeoutMs: guard.metadataTimeoutMs } : {}),
      ...(guard.onMetadataError ? { onError: guard.onMetadataError } : {}),
    });
    super(config);
    this.timeoutMs = guard.timeoutMs ?? 500;
    quietConsoleDuringAuthentication();
  }

  override async authenticateRequest(...args: Parameters<Base['authenticateRequest']>): Promise<AuthResult> {
    const result = await this.withDeadline(authenticating.run(true, () => super.authenticateRequest(...args)));
    const factory = result.connectorFactory;
    if (!factory) return result;
    const appId = appIdOf(result.claimsIdentity);
    const cached: Factory = {
      create: (serviceUrl, audience) =>
        remember(this.connectors, `${appId}|${audience ?? ''}|${serviceUrl}`, () =>
          factory.create(serviceUrl, audience),
        ),
    };
    return { ...result, connectorFactory: cached };
  }

  override createUserTokenClient(claims: Claims): Promise<TokenClient> {
    return remember(this.tokenClients, appIdOf(claims), () => super.createUserTokenClient(claims));
  }

  private async withDeadline<T>(attempt: Promise<T>): Promise<T> {
    // The attempt may settle after the deadline: its outcome is then ignored, never an unhandled rejection.
    attempt.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new AuthRejected('timeout')), this.timeoutMs);
    });
    try {
      return await Promise.race([attempt, deadline]);
    } catch (err) {
      if (err instanceof AuthRejected) throw err;
      throw new AuthRejected(isAuthenticationError(err) ? 'invalid' : 'unavailable', { cause: err });
    } finally {
      clearTimeout(timer);
    }
  }
}

function remember<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let entry = cache.get(key);
  if (!entry) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    entry = make();
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
  }
  return entry;
}
