import {
  CallerIdConstants,
  CloudAdapter,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationReference,
  type InvokeResponse,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import { createRequire } from 'node:module';
import type { Config } from '../runtime/config.js';
import { isLoopbackUrl } from '../runtime/loopback.js';
import { safeError, type Logger } from '../runtime/logger.js';
import { RateLimiter } from '../runtime/rate-limit.js';
import { isTenantAllowed } from '../runtime/tenant-allow-list.js';
import type { TurnRunner } from '../runtime/turn-runner.js';
import { AuthRejected, CachingBotFrameworkAuthentication } from './caching-auth.js';
import { connectorConstants, openIdMetadataFor } from './openid-metadata.js';
import { type FeedbackSink, PathwayBot, type ReadConversation } from './pathway-bot.js';
import { badActivityId } from './turn-input.js';

export const SOMETHING_WENT_WRONG = 'Sorry, something went wrong on my side; please try again.';

/** The fixed bodies of refusals: they never echo the request or name an internal error. */
export const UNAUTHORIZED_BODY = { error: 'Unauthorized' } as const;
export const FORBIDDEN_BODY = { error: 'Forbidden', message: 'this tenant is not allowed' } as const;

export interface HttpRequestLike {
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
  method?: string | undefined;
}
export interface HttpResponseLike {
  status(code: number): unknown;
  send(body?: unknown): unknown;
  end(...args: unknown[]): unknown;
  header(name: string, value: unknown): unknown;
}

export interface MessagesHandlerOptions {
  /** Where token signing keys come from (default: the public Bot Framework cloud). Tests point these at a local host. */
  openIdMetadataUrls?: { channel?: string; emulator?: string };
  /**
   * Reads a conversation's stored record without writing it: with it, question cards carry a Universal Actions
   * `refresh` for the person they answer and show as they stand now (closed once answered). src/host passes the
   * storage's read.
   */
  readConversation?: ReadConversation;
  /** Where feedback reports go (src/storage/feedback-store.ts); without it a press says it could not be saved. */
  feedback?: FeedbackSink;
}

/**
 * Checks what the Bot Framework adapter would otherwise turn into a 500: the body must be an activity object,
 * and a normally delivered one needs a serviceUrl and a conversation id to reply to. Identifiers present must
 * be non-empty strings of bounded length (turn-input.ts). Messages are fixed texts, never the request's.
 */
export function checkActivityShape(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'the body must be a JSON activity object';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || !a.type) return 'type is required';
  // The adapter builds a connector client from any serviceUrl present, even for expectReplies: a non-URL
  // there would otherwise surface as a 500.
  if (a.serviceUrl !== undefined && (typeof a.serviceUrl !== 'string' || !URL.canParse(a.serviceUrl))) {
    return 'serviceUrl must be a URL';
  }
  const badId = badActivityId(a);
  if (badId !== undefined) return `${badId} must be a non-empty string of bounded length`;
  if (a.deliveryMode === 'expectReplies') return undefined;
  if (typeof a.serviceUrl !== 'string' || !URL.canParse(a.serviceUrl)) return 'serviceUrl is required';
  const conversation = a.conversation as Record<string, unknown> | undefined;
  if (typeof conversation?.id !== 'string' || !conversation.id) return 'conversation.id is required';
  return undefined;
}

/** Whether the bot's replies to this activity are POSTed to its serviceUrl (rather than returned in the response). */
const repliesGoToServiceUrl = (a: Record<string, unknown>): boolean =>
  a.deliveryMode !== 'expectReplies' && a.type !== 'invoke';

/** What botbuilder's validateAndFixActivity does (it is not exported): ISO timestamps become Dates. */
function fixActivity(body: Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    if (typeof body[field] === 'string') {
      body[raw] = body[field];
      body[field] = new Date(body[field]);
    }
  }
  return body as unknown as Activity;
}

/**
 * botframework-connector 4.23 serializes each reply POSTed to the Bot Connector with @azure/core-client, which looks
 * an array element's mapper up by class name: the `Entity` mapper, which has no `additionalProperties` (the Activity
 * mapper declares them for its entities, but the lookup replaces that). So every entity reached Teams as
 * `{ type }` only: the citation claims were dropped on the way (expectReplies, which returns the activities
 * unserialized, kept them). The Entity mapper gets the additionalProperties the Bot Framework activity spec allows
 * (entities carry their own fields). Throws at start-up if the connector no longer has the mapper this relies on.
 */
export function keepEntityFields(): void {
  const requireFromBotbuilder = createRequire(createRequire(import.meta.url).resolve('botbuilder'));
  const { Entity } = requireFromBotbuilder('botframework-connector/lib/connectorApi/models/mappers.js') as {
    Entity?: { type?: { name?: string; additionalProperties?: unknown } };
  };
  if (Entity?.type?.name !== 'Composite') throw new Error('botframework-connector changed: no Entity mapper');
  Entity.type.additionalProperties ??= { type: { name: 'Object' } };
}

class OutboundRefused extends Error {
  override name = 'OutboundRefused';
}

type AuthResult = Awaited<ReturnType<CachingBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * CloudAdapter, run with a request this handler has already authenticated (so every refusal is answered and
 * logged here, once, as JSON). In anonymous mode it also refuses to send anything to a serviceUrl off this
 * machine: replies returned in the HTTP response (expectReplies, invoke answers) are unaffected.
 */
class PathwayAdapter extends CloudAdapter {
  constructor(
    auth: CachingBotFrameworkAuthentication,
    private readonly loopbackOnly: boolean,
  ) {
    super(auth);
  }

  run(
    auth: AuthResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }

  override sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const local = (a: Partial<Activity>) => a.type === 'delay' || a.type === 'invokeResponse' || a.type === 'trace';
    for (const a of activities) if (!local(a)) this.checkOutbound(a.serviceUrl ?? context.activity.serviceUrl);
    return super.sendActivities(context, activities);
  }

  override updateActivity(context: TurnContext, activity: Partial<Activity>) {
    this.checkOutbound(activity.serviceUrl ?? context.activity.serviceUrl);
    return super.updateActivity(context, activity);
  }

  override deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    this.checkOutbound(reference.serviceUrl ?? context.activity.serviceUrl);
    return super.deleteActivity(context, reference);
  }

  private checkOutbound(serviceUrl: unknown): void {
    if (this.loopbackOnly && !isLoopbackUrl(serviceUrl))
      throw new OutboundRefused('anonymous mode sends to loopback serviceUrls only');
  }
}

function authConfig(
  config: Config,
  urls: MessagesHandlerOptions['openIdMetadataUrls'],
): ConfigurationBotFrameworkAuthenticationOptions {
  const base = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
  if (!urls) return base;
  // Naming any endpoint makes the connector expect all of them: the public cloud's, with the metadata replaced.
  const C = connectorConstants.AuthenticationConstants;
  return {
    ...base,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: C.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: C.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: C.ToBotFromChannelTokenIssuer,
    OAuthUrl: C.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: urls.channel ?? C.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: urls.emulator ?? C.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  } as ConfigurationBotFrameworkAuthenticationOptions;
}

export interface MessagesHandler {
  (req: HttpRequestLike, res: HttpResponseLike): Promise<void>;
  /** Fetches the token signing keys ahead of the first request (start-up, with an app id). */
  warmUp(): Promise<void>;
}

/**
 * The only place the Bot Framework adapter is built: auth from config, the bot, and the error fallback.
 *
 * Order of checks, each answered with a fixed body and one JSON log line:
 *   shape and identifiers (400) -> anonymous mode's loopback rule (401) -> authentication (401, bounded by
 *   AUTH_TIMEOUT_MS) -> tenant allow-list (403) -> the turn.
 * The tenant check comes after authentication so an unauthenticated caller gets the same 401 whatever tenant
 * it names: the allow-list cannot be probed. (Size, depth, content type and encoding are checked in server.ts
 * before the body is parsed.)
 */
export function createMessagesHandler(
  config: Config,
  runner: TurnRunner,
  logger: Logger,
  options: MessagesHandlerOptions = {},
): MessagesHandler {
  const anonymous = !config.MicrosoftAppId;
  keepEntityFields();
  const auth = new CachingBotFrameworkAuthentication(authConfig(config, options.openIdMetadataUrls), {
    timeoutMs: config.AUTH_TIMEOUT_MS,
    metadataTimeoutMs: config.METADATA_TIMEOUT_MS,
    onMetadataError: (err) =>
      logger.warn({ outcome: 'auth-metadata-failed', ...safeError(err) }, 'token signing keys not fetched'),
  });
  const adapter = new PathwayAdapter(auth, anonymous);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error({ outcome: 'turn-error', activityType: context.activity?.type, ...safeError(error) }, 'turn failed');
    try {
      await context.sendActivity(SOMETHING_WENT_WRONG);
    } catch (sendError) {
      logger.error({ outcome: 'error-reply-failed', ...safeError(sendError) }, 'could not send the error reply');
    }
  };
  const bot = new PathwayBot(
    runner,
    logger,
    new RateLimiter(config.RATE_LIMIT_PER_MINUTE),
    options.readConversation,
    options.feedback,
  );

  const unauthorized = (res: HttpResponseLike, reason: string, err?: unknown) => {
    logger.warn(
      {
        outcome: 'auth-rejected',
        reason,
        ...(err ? safeError(err instanceof AuthRejected ? (err.cause ?? err) : err) : {}),
      },
      'request refused',
    );
    res.status(401);
    res.send(UNAUTHORIZED_BODY);
  };

  const handler = async (req: HttpRequestLike, res: HttpResponseLike): Promise<void> => {
    const problem = checkActivityShape(req.body);
    if (problem) {
      res.status(400);
      res.send({ error: 'BadRequest', message: problem });
      return;
    }
    const body = req.body as Record<string, unknown>;
    // Anonymous mode is for this machine: replies may only be posted back to it (the Agents Playground, tests).
    if (anonymous && repliesGoToServiceUrl(body) && !isLoopbackUrl(body.serviceUrl)) {
      unauthorized(res, 'anonymous-remote-serviceUrl');
      return;
    }
    const activity = fixActivity(body);
    const header = req.headers.authorization;
    let authResult: AuthResult;
    try {
      authResult = await auth.authenticateRequest(activity, typeof header === 'string' ? header : '');
    } catch (err) {
      unauthorized(res, err instanceof AuthRejected ? err.reason : 'invalid', err);
      return;
    }
    // Another organisation's Teams: refused before any processing, and visibly (403, not a silent 200).
    if (!isTenantAllowed(body, config.ALLOWED_TENANTS)) {
      logger.warn({ outcome: 'tenant-rejected' }, 'activity from a tenant not in ALLOWED_TENANTS');
      res.status(403);
      res.send(FORBIDDEN_BODY);
      return;
    }
    const invokeResponse = await adapter.run(authResult, activity, (context) => bot.run(context));
    res.status(invokeResponse?.status ?? 200);
    if (invokeResponse?.body !== undefined) res.send(invokeResponse.body);
    res.end();
  };

  const channelUrl =
    options.openIdMetadataUrls?.channel ??
    connectorConstants.AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl!;
  return Object.assign(handler, {
    warmUp: () => (anonymous ? Promise.resolve() : openIdMetadataFor(channelUrl).refresh()),
  });
}
