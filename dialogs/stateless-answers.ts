import type { ConversationState } from './conversation-state.js';
import type { TurnInput, TurnOutput } from './turn-types.js';

/** Distinct stateless questions kept; beyond it the least recently used goes. */
export const STATELESS_ANSWERS_KEPT = 500;
/** Longer texts (pasted narratives) are not kept: rarely repeated, and the key would hold them in memory. */
const MAX_KEY_TEXT = 200;

/**
 * Answers to typed questions in a conversation with nothing open (no case, no pending confirmation) that left the
 * state as it was: a dosing or guideline question. The routes are pure, so the same text in the same scope on the
 * same day gets the same answer; the answer's objects are shared and never modified. The day is in the key
 * because routes may read the turn's time (case narratives with relative dates); such turns open a case, which
 * changes the state, so they are not kept anyway.
 */
const kept = new Map<string, TurnOutput>();

/** The key for this turn, or undefined when its answer may depend on more than the text. */
export function statelessKey(state: ConversationState, input: TurnInput): string | undefined {
  if (input.kind !== 'message' || input.value !== undefined || input.text.length > MAX_KEY_TEXT) return undefined;
  if (state.cases.length || state.activeCase !== undefined || state.pendingConfirm !== undefined) return undefined;
  return `${input.scope}\n${input.receivedAt.slice(0, 10)}\n${input.text}`;
}

export function keptAnswer(key: string): TurnOutput | undefined {
  const output = kept.get(key);
  if (output) {
    kept.delete(key);
    kept.set(key, output);
  }
  return output;
}

export function keepAnswer(key: string, output: TurnOutput): void {
  if (kept.size >= STATELESS_ANSWERS_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(key, output);
}
