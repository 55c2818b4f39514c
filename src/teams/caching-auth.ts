import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type Base = ConfigurationBotFrameworkAuthentication;
type AuthResult = Awaited<ReturnType<Base['authenticateRequest']>>;
type Claims = AuthResult['claimsIdentity'];
type Factory = NonNullable<AuthResult['connectorFactory']>;
type Connector = Awaited<ReturnType<Factory['create']>>;
type TokenClient = Awaited<ReturnType<Base['createUserTokenClient']>>;

/** Enough for every Teams region's serviceUrl; beyond it the oldest entry goes. */
const MAX_ENTRIES = 256;

const appIdOf = (claims: Claims): string => claims.claims.find((c) => c.type === 'aud')?.value ?? '';

/**
 * CloudAdapter asks for a new connector client and user-token client on every turn, and each builds a fresh
 * HTTP pipeline (about 13 % of a turn's CPU here). Both depend only on the bot's app id, the serviceUrl and
 * the audience, and take their tokens from the shared credentials when they send, so they are built once per
 * key and reused, as the older BotFrameworkAdapter did. Authentication itself still runs on every request.
 */
export class CachingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<Connector>>();
  private readonly tokenClients = new Map<string, Promise<TokenClient>>();

  override async authenticateRequest(...args: Parameters<Base['authenticateRequest']>): Promise<AuthResult> {
    const result = await super.authenticateRequest(...args);
    const factory = result.connectorFactory;
    if (!factory) return result;
    const appId = appIdOf(result.claimsIdentity);
    const cached: Factory = {
      create: (serviceUrl, audience) =>
        remember(this.connectors, `${appId}|${audience ?? ''}|${serviceUrl}`, () => factory.create(serviceUrl, audience)),
    };
    return { ...result, connectorFactory: cached };
  }

  override createUserTokenClient(claims: Claims): Promise<TokenClient> {
    return remember(this.tokenClients, appIdOf(claims), () => super.createUserTokenClient(claims));
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
