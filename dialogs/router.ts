import { answerRoutes } from './answers/index.js';
import type { Route, RouteContext, RouteResult } from './route.js';
import { helpMessage } from './help.js';
import { answerOrHold, holdCase } from './population-hold.js';
import {
  resumeCase,
  settlePendingConfirm,
  walkthroughAnswerRoute,
  walkthroughCommandRoute,
  walkthroughNarrativeRoute,
  walkthroughUpdateRoute,
  WALKTHROUGH_ROUTE_NAMES,
} from './walkthrough/walkthrough-routes.js';

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
// Walk-through commands, answers to its pending question, case descriptions and statements about the open case
// come first (a pasted case names drugs and doses that the dosing routes would otherwise take). The walk-through
// routes never take question-shaped text ("duloxetine dose?", "MME ...", "when to refer?"): that reaches the
// answers routes, which go between them and help.
export const routes: Route[] = [
  walkthroughCommandRoute,
  walkthroughAnswerRoute,
  walkthroughNarrativeRoute,
  walkthroughUpdateRoute,
  helpRoute,
  ...answerRoutes,
  fallbackRoute,
];

/**
 * The first matching route answers; after any other route, an open walk-through asks its pending question again.
 * A patient outside the pathway's adults (population-hold.ts) gets "not covered" and no dose, whatever the route.
 */
export function route(ctx: RouteContext): RouteResult {
  const settled = settlePendingConfirm(ctx);
  const chosen = routes.find((r) => r.matches(settled)) ?? fallbackRoute;
  if (WALKTHROUGH_ROUTE_NAMES.has(chosen.name)) return holdCase(settled, chosen.handle(settled), chosen.name);
  return answerOrHold(settled, chosen, (result, name) => resumeCase(settled, result, name));
}
