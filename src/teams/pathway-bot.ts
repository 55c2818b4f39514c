import {
  TeamsActivityHandler,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import { drugSearchResult } from '../../dialogs/cards/drug-search-result.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { conversationHash, safeError, type Logger } from '../runtime/logger.js';
import type { RateLimiter } from '../runtime/rate-limit.js';
import { StorageConflictError, StorageUnavailableError } from '../storage/storage-port.js';
import type { TurnRunner } from '../runtime/turn-runner.js';
import { queryText, toMessagingExtensionResponse } from './messaging-extension.js';
import { toActivities } from './render.js';
import { toTurnInput } from './turn-input.js';

export const COULD_NOT_SAVE =
  'I could not save that just now, so nothing changed; please send your last message again.';
export const RATE_LIMITED =
  'You are sending messages faster than I can take them; please wait a minute and send the last one again.';
export const UNREADABLE_ACTIVITY = 'I could not read that message. Please type it again as plain text.';

/** Teams activities -> the turn runner -> Teams activities. Only message and install turns reach the core. */
export class PathwayBot extends TeamsActivityHandler {
  constructor(
    private readonly runner: TurnRunner,
    private readonly logger: Logger,
    private readonly limiter?: RateLimiter,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.runTurn(context, 'message');
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient?.id);
      const personal = (context.activity.conversation?.conversationType ?? 'personal') === 'personal';
      if (botAdded && personal) await this.runTurn(context, 'install');
      await next();
    });
  }

  /** Compose-box drug search (manifest command "drug"): pure and in-memory, well inside Teams' 5-second limit. */
  protected override async handleTeamsMessagingExtensionQuery(
    _context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const result = drugSearchResult(queryText(query));
    this.logger.info({ outcome: 'messaging-extension', kind: result.kind }, 'drug search');
    return toMessagingExtensionResponse(result);
  }

  private async runTurn(context: TurnContext, kind: TurnInput['kind']): Promise<void> {
    const started = performance.now();
    const input = toTurnInput(context.activity, kind, new Date());
    if (!input) {
      this.logger.warn({ outcome: 'invalid-activity' }, 'turn rejected');
      await context.sendActivity(UNREADABLE_ACTIVITY);
      return;
    }
    const conv = conversationHash(input.conversationKey);
    if (this.limiter && !this.limiter.take(input.conversationKey, Date.now())) {
      this.logger.warn({ conv, kind, outcome: 'rate-limited' }, 'turn refused');
      await context.sendActivity(RATE_LIMITED);
      return;
    }
    try {
      const { output, outcome } = await this.runner.run(input);
      const activities = toActivities(output);
      if (activities.length) await context.sendActivities(activities);
      this.logger.info({ conv, kind, outcome, ms: Math.round(performance.now() - started) }, 'turn');
    } catch (err) {
      if (err instanceof StorageUnavailableError || err instanceof StorageConflictError) {
        this.logger.warn({ conv, kind, outcome: 'storage-error', ...safeError(err) }, 'turn not saved');
        await context.sendActivity(COULD_NOT_SAVE);
        return;
      }
      throw err;
    }
  }
}
