import { cardValueText, parseCardValue, type CardValue } from './card-value.js';
import {
  conversationStateSchema,
  emptyState,
  REMEMBERED_ACTIVITY_IDS,
  type ConversationState,
} from './conversation-state.js';
import { helpMessage } from './help.js';
import { route } from './router.js';
import { keepAnswer, keptAnswer, statelessKey } from './stateless-answers.js';
import { MAX_TEXT_CHARS, type OutputMessage, type TurnInput, type TurnOutput } from './turn-types.js';

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
}

const say = (text: string): TurnOutput => ({ messages: [{ text }] });

/** The pure turn core: (saved conversation state, TurnInput) -> (new state, TurnOutput). No I/O, no clock. */
export function handleTurn(saved: unknown, input: TurnInput, options: CoreOptions): TurnResult {
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

function respond(state: ConversationState, input: TurnInput): { state: ConversationState | null; output: TurnOutput } {
  if (input.kind === 'install') return { state, output: { messages: [helpMessage('Welcome.')] } };
  let text = input.text;
  let card: CardValue | undefined;
  if (!text.trim() && input.value !== undefined) {
    card = parseCardValue(input.value);
    if (!card) return { state, output: say("That button's data was not recognised; please type your answer instead.") };
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
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (!normalised) return { state, output: say('I received an empty message. Type "help" to see what I can do.') };
  return route({ input, text: normalised, lower: normalised.toLowerCase(), state, ...(card ? { card } : {}) });
}

type Restored = { kind: 'ok'; state: ConversationState; expired: boolean } | { kind: 'unreadable' };

function restore(saved: unknown, now: string, options: CoreOptions): Restored {
  if (saved === undefined || saved === null) return { kind: 'ok', state: emptyState(now), expired: false };
  const parsed = conversationStateSchema.safeParse(saved);
  if (!parsed.success) return { kind: 'unreadable' };
  const ageMs = Date.parse(now) - Date.parse(parsed.data.updatedAt);
  if (ageMs > options.retentionDays * 86_400_000) return { kind: 'ok', state: emptyState(now), expired: true };
  return { kind: 'ok', state: parsed.data, expired: false };
}

function remember(state: ConversationState, input: TurnInput): ConversationState {
  const processed = input.activityId
    ? [...state.processed, input.activityId].slice(-REMEMBERED_ACTIVITY_IDS)
    : state.processed;
  return { ...state, processed, updatedAt: input.receivedAt };
}
