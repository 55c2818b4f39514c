import type { ConversationState } from './conversation-state.js';
import type { TurnInput, TurnOutput } from './turn-types.js';

/** Distinct stateless questions kept; beyond it the least recently used goes. */
export const STATELESS_ANSWERS_KEPT = 500;
/** Longer texts (pasted narratives) are not kept: rarely repeated. */
const MAX_KEY_TEXT = 200;

/**
 * Answers to typed questions in a conversation with nothing open (no case, no pending confirmation) that left the
 * state as it was: a dosing or guideline question. The routes are pure, so the same text in the same scope on the
 * same day gets the same answer; the answer's objects are shared and never modified. The day is in the key
 * because routes may read the turn's time (case narratives with relative dates); such turns open a case, which
 * changes the state, so they are not kept anyway.
 */
const kept = new Map<string, TurnOutput>();

/**
 * The key for this turn, or undefined when its answer may depend on more than the text. Texts with digits (ages,
 * CrCl, doses: patient facts an answer may repeat) are not kept, and the key is a hash, so no clinician's words
 * stay in memory after the turn.
 */
export function statelessKey(state: ConversationState, input: TurnInput): string | undefined {
  if (input.kind !== 'message' || input.value !== undefined || input.text.length > MAX_KEY_TEXT) return undefined;
  if (/\d/.test(input.text)) return undefined;
  if (state.cases.length || state.activeCase !== undefined || state.pendingConfirm !== undefined) return undefined;
  const text = `${input.scope}\n${input.receivedAt.slice(0, 10)}\n${input.text}`;
  return `${text.length}:${hash53(text, 1)}:${hash53(text, 2)}`;
}

/** cyrb53 (public domain): two seeds give a 106-bit key, so two different questions never share an answer in practice. */
function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
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
