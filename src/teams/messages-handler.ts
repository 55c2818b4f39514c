import {
  CloudAdapter,
  type Request as BotRequest,
  type Response as BotResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config.js';
import { safeError, type Logger } from '../logger.js';
import { RateLimiter } from '../rate-limit.js';
import { isTenantAllowed } from '../tenant-allow-list.js';
import type { TurnRunner } from '../turn-runner.js';
import { CachingBotFrameworkAuthentication } from './caching-auth.js';
import { PathwayBot } from './pathway-bot.js';

export const SOMETHING_WENT_WRONG = 'Sorry, something went wrong on my side; please try again.';

export interface HttpRequestLike {
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
  method?: string;
}
export interface HttpResponseLike {
  status(code: number): unknown;
  send(body?: unknown): unknown;
  end(...args: unknown[]): unknown;
  header(name: string, value: unknown): unknown;
}

/**
 * Checks what the Bot Framework adapter would otherwise turn into a 500: the body must be an activity object,
 * and a normally delivered one needs a serviceUrl and a conversation id to reply to.
 */
export function checkActivityShape(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON activity object';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || !a.type) return 'type is required';
  // The adapter builds a connector client from any serviceUrl present, even for expectReplies: a non-URL
  // there would otherwise surface as a 500.
  if (a.serviceUrl !== undefined && (typeof a.serviceUrl !== 'string' || !URL.canParse(a.serviceUrl))) {
    return 'serviceUrl must be a URL';
  }
  if (a.deliveryMode === 'expectReplies') return undefined;
  if (typeof a.serviceUrl !== 'string' || !URL.canParse(a.serviceUrl)) return 'serviceUrl is required';
  const conversation = a.conversation as Record<string, unknown> | undefined;
  if (typeof conversation?.id !== 'string' || !conversation.id) return 'conversation.id is required';
  return undefined;
}

/** The only place the Bot Framework adapter is built: auth from config, the bot, and the error fallback. */
export function createMessagesHandler(config: Config, runner: TurnRunner, logger: Logger) {
  const auth = new CachingBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error({ outcome: 'turn-error', activityType: context.activity?.type, ...safeError(error) }, 'turn failed');
    try {
      await context.sendActivity(SOMETHING_WENT_WRONG);
    } catch (sendError) {
      logger.error({ outcome: 'error-reply-failed', ...safeError(sendError) }, 'could not send the error reply');
    }
  };
  const bot = new PathwayBot(runner, logger, new RateLimiter(config.RATE_LIMIT_PER_MINUTE));

  return async (req: HttpRequestLike, res: HttpResponseLike): Promise<void> => {
    const problem = checkActivityShape(req.body);
    if (problem) {
      res.status(400);
      res.send({ error: 'BadRequest', message: problem });
      return;
    }
    // Another organisation's Teams: refused before any processing, and visibly (403, not a silent 200).
    if (!isTenantAllowed(req.body as Record<string, unknown>, config.ALLOWED_TENANTS)) {
      logger.warn({ outcome: 'tenant-rejected' }, 'activity from a tenant not in ALLOWED_TENANTS');
      res.status(403);
      res.send({ error: 'Forbidden', message: 'this tenant is not allowed' });
      return;
    }
    await adapter.process(req as BotRequest, res as unknown as BotResponse, (context) => bot.run(context));
  };
}
