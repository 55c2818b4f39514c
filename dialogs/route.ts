import type { CardValue } from './card-value.js';
import type { ConversationState } from './conversation-state.js';
import type { TurnInput, TurnOutput } from './turn-types.js';

/** What a route sees: the normalised text (trimmed, single-spaced) and its lower-case form for matching. */
export interface RouteContext {
  input: TurnInput;
  text: string;
  lower: string;
  state: ConversationState;
  /** The validated button payload when the turn came from a card button (its words are in `text`). */
  card?: CardValue;
}

export interface RouteResult {
  /** null deletes the conversation's stored record (`forget all`). */
  state: ConversationState | null;
  output: TurnOutput;
}

export interface Route {
  name: string;
  matches(ctx: RouteContext): boolean;
  handle(ctx: RouteContext): RouteResult;
}
