import type { CardValue } from './card-value.js';
import { answerRoutes } from './answers/index.js';
import type { ConversationState } from './conversation-state.js';
import { helpMessage } from './help.js';
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

const HELP_WORDS = /^(help|\?|hi|hello|hey|start|menu|what can you do\??|commands)[.!]*$/;

export const helpRoute: Route = {
  name: 'help',
  matches: (ctx) => HELP_WORDS.test(ctx.lower),
  handle: (ctx) => ({ state: ctx.state, output: { messages: [helpMessage()] } }),
};

/** Answer when no route matched: say so plainly and show what the bot does. */
export const fallbackRoute: Route = {
  name: 'fallback',
  matches: () => true,
  handle: (ctx) => ({
    state: ctx.state,
    output: { messages: [helpMessage("I didn't recognise that as a question I can answer. Here is what I can do:")] },
  }),
};

/** Routes in priority order; the first that matches handles the turn. The fallback is always last. */
export const routes: Route[] = [helpRoute, ...answerRoutes, fallbackRoute];

export function route(ctx: RouteContext): RouteResult {
  const chosen = routes.find((r) => r.matches(ctx)) ?? fallbackRoute;
  return chosen.handle(ctx);
}
