import {
  ActivityTypes,
  TeamsActivityHandler,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { parseCardValue, questionRefSchema, VERB, type CardValue } from '../../dialogs/card-value.js';
import { drugSearchResult } from '../../dialogs/cards/drug-search-result.js';
import { FEEDBACK_NOT_SAVED, feedbackTurn, type FeedbackReport } from '../../dialogs/feedback.js';
import type { AdaptiveCardJson, TurnInput } from '../../dialogs/turn-types.js';
import { pressedCard, questionCardNow, questionMessage, questionOf } from '../../dialogs/walkthrough/question-card.js';
import { conversationHash, safeError, type Logger } from '../runtime/logger.js';
import type { RateLimiter } from '../runtime/rate-limit.js';
import { StorageConflictError, StorageUnavailableError } from '../storage/storage-port.js';
import type { TurnRunner } from '../runtime/turn-runner.js';
import { queryText, toMessagingExtensionResponse } from './messaging-extension.js';
import { cardInvokeResponse, errorInvokeResponse, messageInvokeResponse, toActivities } from './render.js';
import { decodeSubmitValue } from './submit-data.js';
import { conversationKeyOf, scopeOf, toTurnInput } from './turn-input.js';

export const COULD_NOT_SAVE =
  'I could not save that just now, so nothing changed; please send your last message again.';
export const RATE_LIMITED =
  'You are sending messages faster than I can take them; please wait a minute and send the last one again.';
export const UNREADABLE_ACTIVITY = 'I could not read that message. Please type it again as plain text.';

/** Reads a conversation's stored record (unparsed), for cards shown as they stand now; never writes. */
export type ReadConversation = (conversationKey: string) => Promise<unknown>;

/** Where answer feedback goes (src/storage/feedback-store.ts): false when it was refused (the day is full). */
export interface FeedbackSink {
  record(report: FeedbackReport): Promise<boolean>;
}

/** The `adaptiveCard/action` invoke value (Universal Actions), checked before anything reads it. */
const cardActionSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().max(64).optional(),
    data: z.unknown().optional(),
  }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});

type InvokeBody = ReturnType<typeof cardInvokeResponse | typeof messageInvokeResponse | typeof errorInvokeResponse>;
const invoke = (body: InvokeBody): InvokeResponse => ({ status: body.statusCode, body });

/** Teams activities -> the turn runner -> Teams activities. Only message and install turns reach the core. */
export class PathwayBot extends TeamsActivityHandler {
  constructor(
    private readonly runner: TurnRunner,
    private readonly logger: Logger,
    private readonly limiter?: RateLimiter,
    /** Without it, cards carry no `refresh` and a pressed card is replaced by what its own data says. */
    private readonly readConversation?: ReadConversation,
    /** Without it, a feedback press is answered "could not be saved". */
    private readonly feedback?: FeedbackSink,
  ) {
    super();
    // Message activities: see run().
    // Added to a 1:1 chat, a group chat or a team: the core says what the bot does (and, in a group, how to reach it).
    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) await this.runTurn(context, 'install');
      await next();
    });
  }

  /**
   * A message activity goes straight to its turn. botbuilder's dispatch would get there through run ->
   * onTurnActivity -> the Turn, Message and Dialog handler lists (none registered here), a dozen down-levelled async
   * steps (generators) per turn: measured in-process, about 45 of the 100 µs an echo turn spent in the messages
   * handler (adapter, bot, runner, store). Every other activity (install, invokes) takes botbuilder's dispatch.
   */
  override async run(context: TurnContext): Promise<void> {
    if (context?.activity?.type !== ActivityTypes.Message) return super.run(context);
    await this.runTurn(context, 'message');
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

  /**
   * Universal Actions (Adaptive Cards 1.5 Action.Execute): Teams sends an `adaptiveCard/action` invoke and shows the
   * card returned in place of the one pressed. A press runs as a message turn with the button's data (the reply
   * goes out as ordinary messages); `refresh` (verb "refresh") only reads. Other invokes go to botbuilder.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const parsed = cardActionSchema.safeParse(context.activity.value);
    if (!parsed.success) {
      this.logger.warn({ outcome: 'invalid-card-action' }, 'card action rejected');
      return invoke(errorInvokeResponse(400, 'The card action could not be read.'));
    }
    const data = decodeSubmitValue(parsed.data.action.data);
    if (parsed.data.action.verb === VERB.refresh) return invoke(await this.refreshCard(context, data));
    const pressed = parseCardValue(data);
    const outcome = await this.runTurn(context, 'message', data);
    if (outcome === 'refused') return invoke(messageInvokeResponse(RATE_LIMITED));
    if (outcome === 'not-saved') return invoke(messageInvokeResponse(COULD_NOT_SAVE));
    if (!pressed) return invoke(messageInvokeResponse(UNREADABLE_ACTIVITY));
    return invoke(cardInvokeResponse(await this.cardAfter(context, pressed), this.viewers(context)));
  }

  /** The Teams user ids a card's refresh is for: the person this reply answers (cards stay current for them). */
  private viewers(context: TurnContext): string[] | undefined {
    const id = context.activity.from?.id;
    return this.readConversation && typeof id === 'string' && id ? [id] : undefined;
  }

  /** A question card as it stands now (read only, never written); unreadable refresh data is a 400. */
  private async refreshCard(context: TurnContext, data: unknown): Promise<InvokeBody> {
    const ref = questionRefSchema.safeParse(data);
    if (!ref.success) return errorInvokeResponse(400, 'The card could not be refreshed.');
    if (!this.readConversation)
      return cardInvokeResponse(questionMessage(ref.data.case, ref.data.key, false, scopeOf(context.activity)).card!);
    try {
      const saved = await this.readConversation(conversationKeyOf(context.activity));
      return cardInvokeResponse(
        questionCardNow(saved, ref.data, undefined, scopeOf(context.activity)),
        this.viewers(context),
      );
    } catch (err) {
      this.logger.warn({ outcome: 'refresh-read-failed', ...safeError(err) }, 'card not refreshed');
      return errorInvokeResponse(500, 'The card could not be refreshed just now.');
    }
  }

  /** The card that replaces the pressed one: its question as it stands after the turn, else what was pressed. */
  private async cardAfter(context: TurnContext, pressed: CardValue): Promise<AdaptiveCardJson> {
    const ref = questionOf(pressed);
    if (!ref || !this.readConversation) return pressedCard(pressed);
    try {
      const saved = await this.readConversation(conversationKeyOf(context.activity));
      const sent = pressed.command === 'answer' ? pressed.text : undefined;
      return questionCardNow(saved, ref, sent, scopeOf(context.activity));
    } catch {
      return pressedCard(pressed);
    }
  }

  /** Stores one feedback report; false (logged, never thrown) when there is no store or it failed or refused. */
  private async storeFeedback(report: FeedbackReport, conv: string): Promise<boolean> {
    if (!this.feedback) {
      this.logger.warn({ conv, outcome: 'feedback-not-configured' }, 'feedback not stored');
      return false;
    }
    try {
      const stored = await this.feedback.record(report);
      this.logger.info({ conv, outcome: stored ? 'feedback-stored' : 'feedback-day-full' }, 'feedback');
      return stored;
    } catch (err) {
      this.logger.warn({ conv, outcome: 'feedback-not-saved', ...safeError(err) }, 'feedback not stored');
      return false;
    }
  }

  /** One turn through the runner; `pressed` is a Universal Action's data. Replies are sent as messages. */
  private async runTurn(
    context: TurnContext,
    kind: TurnInput['kind'],
    pressed?: unknown,
  ): Promise<'done' | 'refused' | 'not-saved'> {
    const started = performance.now();
    const input = toTurnInput(context.activity, kind, new Date(), pressed);
    if (!input) {
      this.logger.warn({ outcome: 'invalid-activity' }, 'turn rejected');
      await context.sendActivity(UNREADABLE_ACTIVITY);
      return 'done';
    }
    const conv = conversationHash(input.conversationKey);
    if (this.limiter && !this.limiter.take(input.conversationKey, Date.now())) {
      this.logger.warn({ conv, kind, outcome: 'rate-limited' }, 'turn refused');
      if (pressed === undefined) await context.sendActivity(RATE_LIMITED);
      return 'refused';
    }
    try {
      const run = await this.runner.run(input);
      const { outcome } = run;
      let output = run.output;
      // A feedback press: the runner answers it and remembers its id (a retried one is a duplicate, stored once;
      // an unreadable conversation record answers as usual and stores nothing); the report, which holds no text
      // of the question or case, is stored here.
      const report = feedbackTurn(input)?.report;
      const answered = outcome === 'ok' || outcome === 'conflict-retried';
      if (report && answered && !(await this.storeFeedback(report, conv))) {
        output = { messages: [{ text: FEEDBACK_NOT_SAVED }] };
      }
      const activities = toActivities(output, { refreshUserIds: this.viewers(context) });
      if (activities.length) await context.sendActivities(activities);
      this.logger.info({ conv, kind, outcome, ms: Math.round(performance.now() - started) }, 'turn');
      return 'done';
    } catch (err) {
      if (err instanceof StorageUnavailableError || err instanceof StorageConflictError) {
        this.logger.warn({ conv, kind, outcome: 'storage-error', ...safeError(err) }, 'turn not saved');
        if (pressed === undefined) await context.sendActivity(COULD_NOT_SAVE);
        return 'not-saved';
      }
      throw err;
    }
  }
}
