import { chooseQuickRoute, type GeneralRoutes } from './answers/index.js';
import type { Route, RouteContext, RouteResult } from './route.js';
import { askForCase, caseFragmentOffer, fallbackReply } from './fallback.js';
import { NOT_COVERED_START } from './answers/guideline-answer.js';
import { reminderRoute } from './walkthrough/reminders.js';
import { namingTheCaseDrug, withConsideredDrug } from './walkthrough/case-pronoun.js';
import { asksAboutTheBot, helpMessage } from './help.js';
import { withSharedReadings } from '../src/clinical/language/shared-readings.js';
import { answerOrHold, holdCase } from './population-hold.js';
import { soundAlikeOffer } from './spoken-names.js';
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
/** "help", a greeting, or a question about the bot itself (help.ts SCOPE_QUESTION_ROWS). */
const asksHelp = (ctx: RouteContext): boolean => HELP_WORDS.test(ctx.lower) || asksAboutTheBot(ctx.lower.trim());

export const helpRoute: Route = {
  name: 'help',
  matches: asksHelp,
  handle: (ctx) => ({ state: ctx.state, output: { messages: [helpMessage()] } }),
};

/** Answer when no route matched: small talk, a case fragment offered as a case, else what the bot does. */
export const fallbackRoute: Route = {
  name: 'fallback',
  matches: () => true,
  handle: fallbackReply,
};

/**
 * The walk-through routes in priority order; the first that matches handles the turn. Commands, answers to its
 * pending question, case descriptions and statements about the open case come first (a pasted case names drugs and
 * doses that the dosing routes would otherwise take). They never take question-shaped text ("duloxetine dose?",
 * "MME ...", "when to refer?"): that reaches the quick answers.
 */
export const walkthroughRoutes: Route[] = [
  walkthroughCommandRoute,
  reminderRoute,
  walkthroughAnswerRoute,
  walkthroughNarrativeRoute,
  walkthroughUpdateRoute,
];

/** Help and the fallback, scored with the quick answers. */
export const GENERAL_ROUTES: GeneralRoutes = {
  help: helpRoute,
  fallback: fallbackRoute,
  isHelp: asksHelp,
};

/**
 * The route for this turn: the first walk-through route that matches, else the quick answers, help and the fallback
 * scored together (answers/route-scores.ts): the best answers, close ones are offered as "did you mean" buttons.
 */
export function chooseRoute(ctx: RouteContext): Route {
  return walkthroughRoutes.find((r) => r.matches(ctx)) ?? chooseQuickRoute(ctx, GENERAL_ROUTES);
}

/**
 * After any route but the walk-through's, an open walk-through asks its pending question again.
 * A patient outside the pathway's adults (population-hold.ts) gets "not covered" and no dose, whatever the route.
 * The routes share the turn's readings of its text: each is read once however many routes ask (shared-readings.ts).
 */
export function route(ctx: RouteContext): RouteResult {
  return withSharedReadings(() => routeOnce(ctx), ctx.input.receivedAt);
}

function routeOnce(ctx: RouteContext): RouteResult {
  const settled = namingTheCaseDrug(settlePendingConfirm(ctx));
  const chosen = chooseRoute(settled);
  const walkthrough = WALKTHROUGH_ROUTE_NAMES.has(chosen.name) || chosen === reminderRoute;
  const result = walkthrough
    ? holdCase(settled, chosen.handle(settled), chosen.name)
    : answerOrHold(settled, chosen, (r, name) => resumeCase(settled, r, name));
  const misheard = walkthrough ? undefined : soundAlikeOffer(settled, deadEnd(result, chosen.name));
  if (misheard) return labelled(misheard, 'sound-alike');
  const asked = saysNotCovered(result) ? (askForCase(settled) ?? caseFragmentOffer(settled)) : undefined;
  return labelled(asked ?? withConsideredDrug(settled, result), asked ? 'ask-for-case' : chosen.name);
}

/** The answering message carries the route that chose it (`meta.route`), for feedback reports (dialogs/feedback.ts). */
function labelled(result: RouteResult, name: string): RouteResult {
  const [first, ...rest] = result.output.messages;
  if (!first || first.meta) return result;
  return { ...result, output: { messages: [{ ...first, meta: { route: name } }, ...rest] } };
}

/** Help, "not covered" (the topic, or the patient's population): nothing the clinician asked was answered. */
const deadEnd = (result: RouteResult, name: string): boolean =>
  name === 'fallback' ||
  saysNotCovered(result) ||
  result.output.messages[0]?.text.startsWith(NOT_COVERED_POPULATION) === true;
const NOT_COVERED_POPULATION = '**Not covered:**';

const saysNotCovered = (result: RouteResult) =>
  result.output.messages.length === 1 && result.output.messages[0]!.text.startsWith(NOT_COVERED_START);
