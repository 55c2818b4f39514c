import { cardValueText, parseCardValue, pressedButton, type CardValue } from './card-value.js';
import { z } from 'zod';
import {
  conversationStateSchema,
  emptyState,
  REMEMBERED_ACTIVITY_IDS,
  type ConversationState,
} from './conversation-state.js';
import {
  citedIds,
  feedbackTurn,
  offersFeedback,
  PLAN_ROUTE,
  sayActions,
  textCard,
  withFeedback,
  type FeedbackReport,
} from './feedback.js';
import { helpMessage } from './help.js';
import type { RouteContext, RouteResult } from './route.js';
import { chooseRoute, route } from './router.js';
import { keepAnswer, keptAnswer, statelessKey } from './stateless-answers.js';
import { MAX_TEXT_CHARS, type OutputMessage, type OutputMeta, type TurnInput, type TurnOutput } from './turn-types.js';
import { parseCommand } from './walkthrough/commands.js';
import { MAX_CASES, parseCaseRecord, type CaseRecord } from './walkthrough/case-record.js';
import { activeRecord } from './walkthrough/case-store.js';
import { inScope } from './walkthrough/question-card.js';
import { settlePendingConfirm } from './walkthrough/walkthrough-routes.js';
import { readSpokenPunctuation } from '../src/clinical/language/spoken-numbers.js';
import { readLineBreaks } from '../src/clinical/language/line-breaks.js';
import { labelledCorrection } from './walkthrough/bare-correction.js';

export interface CoreOptions {
  retentionDays: number;
}

/**
 * The result of one turn. `state: null` means delete the stored record; `changed: false` means write nothing
 * (a retried activity, or a stored record the core could not read and must not overwrite).
 */
export interface TurnResult {
  state: ConversationState | null;
  output: TurnOutput;
  changed: boolean;
  /** A feedback press (dialogs/feedback.ts): the report for the caller to store; the conversation is unchanged. */
  feedback?: FeedbackReport;
}

const say = (text: string): TurnOutput => ({ messages: [{ text }] });

/** The pure turn core: (saved conversation state, TurnInput) -> (new state, TurnOutput). No I/O, no clock. */
export function handleTurn(saved: unknown, input: TurnInput, options: CoreOptions): TurnResult {
  const result = turn(saved, input, options);
  if (result.state) made.add(result.state);
  return result;
}

function turn(saved: unknown, input: TurnInput, options: CoreOptions): TurnResult {
  const restored = restore(saved, input.receivedAt, options);
  if (restored.kind === 'unreadable') {
    if (/^forget\b/i.test(input.text.trim())) {
      return { state: null, changed: true, output: say('Deleted the saved state of this conversation.') };
    }
    return {
      state: null,
      changed: false,
      output: say(
        'The saved case for this conversation could not be read by this version of the bot, so it was kept for review and not changed. Say "forget" to delete it and start again.',
      ),
    };
  }
  const state = restored.state;
  if (input.activityId && state.processed.includes(input.activityId)) {
    return { state, changed: false, output: { messages: [] } };
  }
  const pressed = feedbackTurn(input);
  if (pressed) {
    return {
      state: remember(state, input),
      changed: true,
      output: pressed.output,
      ...(pressed.report ? { feedback: pressed.report } : {}),
    };
  }
  const result = respondOrReuse(state, input);
  const notes: OutputMessage[] = restored.expired
    ? [
        {
          text: `The previous case in this conversation was deleted after ${options.retentionDays} days without changes.`,
        },
      ]
    : [];
  return {
    state: result.state && remember(result.state, input),
    changed: true,
    output: { messages: [...notes, ...result.output.messages] },
  };
}

/** A repeated stateless question reuses its answer (the state is carried over unchanged, as the routes would). */
function respondOrReuse(
  state: ConversationState,
  input: TurnInput,
): { state: ConversationState | null; output: TurnOutput } {
  const key = statelessKey(state, input);
  const reused = key === undefined ? undefined : keptAnswer(key);
  if (reused) return { state, output: reused };
  const result = respond(state, input);
  if (key !== undefined && result.state === state) keepAnswer(key, result.output);
  return result;
}

/** Said when the bot is added to a group chat or a team: what it is, and how to reach it there. */
export const GROUP_WELCOME =
  'Hello: I am Back Pain Pathway, decision support for chronic low back pain, not prescribing. In this chat, @mention me with a question or a case; card buttons work without a mention. Several cases here are told apart by their labels (case A, case B).';

/** "Type it" in a 1:1 chat; in a group chat or channel only an @mentioned message reaches the bot. */
const typeIt = (input: TurnInput, personal: string, group: string) => (input.scope === 'personal' ? personal : group);

function respond(state: ConversationState, input: TurnInput): { state: ConversationState | null; output: TurnOutput } {
  if (input.kind === 'install') {
    const intro = input.scope === 'personal' ? helpMessage('Welcome.') : helpMessage(GROUP_WELCOME);
    return { state, output: { messages: [inScope(intro, input.scope)] } };
  }
  let text = input.text;
  let card: CardValue | undefined;
  if (!text.trim() && input.value !== undefined) {
    card = parseCardValue(input.value);
    if (!card)
      return {
        state,
        output: say(
          `That button's data was not recognised; please ${typeIt(input, 'type your answer', '@mention me with your answer')} instead.`,
        ),
      };
    text = cardValueText(card);
  }
  if (text.length > MAX_TEXT_CHARS) {
    return {
      state,
      output: say(
        `That message is too long for me to read (${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_TEXT_CHARS.toLocaleString('en-US')}). Nothing was stored. Please paste the part that matters: age, how long the pain has lasted, the medicines tried (dose, how long, result), red-flag screen, and your question.`,
      ),
    };
  }
  // dictated punctuation ("does that matter question mark") read first: every route sees the question's shape; a
  // note's line breaks stay, so a reader's scope ends with its line (line-breaks.ts)
  const spoken = readSpokenPunctuation(readLineBreaks(text));
  // "make that 28 not 58": a corrected figure of the open case read with its label ("correction: eGFR 28 not 58")
  const open = card ? undefined : activeRecord(state);
  const normalised = (open && labelledCorrection(spoken, open.facts)) ?? spoken;
  if (!normalised)
    return {
      state,
      output: say(
        `I received an empty message. ${typeIt(input, 'Type "help"', '@mention me with "help"')} to see what I can do.`,
      ),
    };
  const ctx: RouteContext = {
    input,
    text: normalised,
    lower: normalised.toLowerCase(),
    state,
    ...(card ? { card } : {}),
  };
  return present(ctx, route(ctx));
}

/**
 * The route's reply as sent: the answering message labelled with its route and cited entries (`meta`), feedback
 * buttons under a quick answer or a plan, and the wording of the turn's scope (question-card.ts inScope).
 */
function present(ctx: RouteContext, result: RouteResult): RouteResult {
  const [first, ...rest] = result.output.messages;
  if (!first) return result;
  const labelled = first.meta?.ids ? first : { ...first, meta: metaOf(ctx, first) };
  const shown = [withFeedback(labelled), ...rest].map((m) => inGroupForm(m, ctx.input.scope));
  return { ...result, output: { messages: shown } };
}

function metaOf(ctx: RouteContext, message: OutputMessage): OutputMeta {
  const name = routeName(ctx, message.meta?.route);
  return offersFeedback({ route: name }) ? { route: name, ids: citedIds(message.text) } : { route: name };
}

/**
 * The route that answers this turn, as router.ts route() chooses it (a stop-gap until route() sets `meta` itself);
 * a walk-through `plan` is named apart from the other commands, since its reply is what feedback is asked on.
 */
function routeName(ctx: RouteContext, known: string | undefined): string {
  const settled = settlePendingConfirm(ctx);
  const name = known ?? chooseRoute(settled).name;
  if (name !== 'walkthrough-command') return name;
  const cmd = parseCommand(
    settled.lower,
    pressedButton(settled.card),
    !!settled.state.pendingConfirm,
    !!activeRecord(settled.state),
  );
  return cmd?.kind === 'plan' ? PLAN_ROUTE : name;
}

/** inScope, and in a group a card-less message's suggested actions become card buttons (they need no @mention). */
function inGroupForm(message: OutputMessage, scope: TurnInput['scope']): OutputMessage {
  if (scope !== 'personal' && !message.card && message.suggestedActions?.length)
    return inScope({ ...message, card: textCard(message.text, sayActions(message.suggestedActions)) }, scope);
  return inScope(message, scope);
}

type Restored = { kind: 'ok'; state: ConversationState; expired: boolean } | { kind: 'unreadable' };

/**
 * Case records restore has parsed (caseRecordSchema's output objects, in its key order), by identity. The core
 * builds a new record for a case a turn changes and carries the others over as they are (it never modifies a state
 * it is given), and the turn runner (src/runtime/turn-runner.ts) hands the state it last wrote back to the next
 * turn while the store still holds that version: the cases parsed on earlier turns are then taken as they are, and
 * only a changed case is parsed again, so a turn costs about the same with one case or six. A record read from the
 * store is all new objects, parsed whole as before.
 */
const parsedCases = new WeakSet<object>();
/** The state's schema with its cases left for parseState (the same limits: test/runtime/state-reuse.test.ts). */
const stateShellSchema = conversationStateSchema.extend({
  cases: z.array(z.unknown()).max(MAX_CASES).default([]),
});

/**
 * States this core returned, by identity. The turn runner hands the state it last wrote back to the next turn while
 * the store still holds that version (issue 16: "a record this process wrote and whose eTag is unchanged is not
 * re-validated"); such a state is taken as it is. The core builds every state it returns from parsed records and
 * schema-checked facts (machines/case-envelope.ts applyFacts), and test/runtime/made-states.test.ts checks that each
 * one a corpus of conversations produces reads back from JSON to the same state. A record read from the store is new
 * objects, and is parsed as before.
 */
const made = new WeakSet<object>();

/** What conversationStateSchema.safeParse gives (undefined: not a readable record), each case parsed once. */
export function parseState(saved: unknown): ConversationState | undefined {
  if (typeof saved === 'object' && saved !== null && made.has(saved)) return saved as ConversationState;
  const shell = stateShellSchema.safeParse(saved);
  if (!shell.success) return undefined;
  const cases: CaseRecord[] = [];
  for (const record of shell.data.cases) {
    if (typeof record === 'object' && record !== null && parsedCases.has(record)) {
      cases.push(record as CaseRecord);
      continue;
    }
    const parsed = parseCaseRecord(record);
    if (!parsed) return undefined;
    parsedCases.add(parsed);
    cases.push(parsed);
  }
  return { ...shell.data, cases };
}

function restore(saved: unknown, now: string, options: CoreOptions): Restored {
  if (saved === undefined || saved === null) return { kind: 'ok', state: emptyState(now), expired: false };
  const state = parseState(saved);
  if (!state) return { kind: 'unreadable' };
  const ageMs = Date.parse(now) - Date.parse(state.updatedAt);
  if (ageMs > options.retentionDays * 86_400_000) return { kind: 'ok', state: emptyState(now), expired: true };
  return { kind: 'ok', state, expired: false };
}

function remember(state: ConversationState, input: TurnInput): ConversationState {
  const processed = input.activityId
    ? [...state.processed, input.activityId].slice(-REMEMBERED_ACTIVITY_IDS)
    : state.processed;
  return { ...state, processed, updatedAt: input.receivedAt };
}
