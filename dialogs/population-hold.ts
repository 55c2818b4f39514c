import {
  casePopulations,
  PATHWAY_POPULATION,
  POPULATION_LABEL,
  populationsIn,
  type PopulationId,
} from '../src/clinical/language/populations.js';
import type { Route, RouteContext, RouteResult } from './route.js';
import type { OutputMessage } from './turn-types.js';
import { activeRecord } from './walkthrough/case-store.js';
import { parseCommand } from './walkthrough/commands.js';
import { anotherPatientNote, IDENTIFIERS_REFUSED } from './walkthrough/intake.js';
import { evaluatePathway } from './walkthrough/ports.js';

/**
 * People outside the pathway's adults (under 18, pregnancy, breastfeeding: src/clinical/language/populations.ts)
 * get an honest "not covered" and no dose, in every route. Every turn passes through here (dialogs/router.ts):
 * a question that names such a patient, any question while the open case holds one, and a case turn that leaves
 * the case holding one (the case pauses: no step, no Do-now lines, no next question).
 */

/** Routes that never give a dose or a plan: they answer as usual. */
const ALWAYS_ANSWERED = new Set(['help', 'answers.sources']);
/** A red flag leaves the pathway for evaluation, whoever the patient is: the answer stands, with the note. */
const RED_FLAG_ROUTE = 'answers.red-flags';
/** The route name a held answer resumes the case under (so no calculator result joins the case). */
const HELD = 'population-hold';
/** Walk-through commands that show the case's step or plan; the others (forget, cases, label...) answer as usual. */
const SHOWS_THE_CASE = new Set(['why', 'plan', 'note', 'back', 'skip', 'switch', 'new']);

const WHERE_TO_LOOK: Readonly<Record<PopulationId, string>> = {
  'under-18': 'a paediatric reference',
  pregnancy: 'an obstetric reference',
  breastfeeding: 'a lactation reference',
};

const list = (words: readonly string[]) =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** "Not covered: this pathway does not cover pregnancy. It is for non-pregnant adults (18 and over) ..." */
export function populationNotCovered(found: readonly PopulationId[]): string {
  return `**Not covered:** this pathway does not cover ${list(found.map((id) => POPULATION_LABEL[id]))}. It is for ${PATHWAY_POPULATION} (its sources are adult guidelines and labels), so I give no dose, dose check or plan for this patient; use ${list(found.map((id) => WHERE_TO_LOOK[id]))}.`;
}

/** `kept`: the case that was open when this one was opened for another patient (it is kept, and named). */
function pausedCase(label: string, found: readonly PopulationId[], kept?: string): OutputMessage {
  const note = kept ? ` ${anotherPatientNote(kept)}` : '';
  return {
    text: `Case ${label} is paused.${note} ${populationNotCovered(found)} Misread? Say "back" to undo, or "forget" to delete the case.`,
  };
}

/**
 * Any route but the walk-through's: a question naming such a patient, or any question while the open case holds
 * one, gets "not covered" before the route runs (a red-flag answer stands, with the sentence after it). An open
 * adult case is asked its pending question again as usual (nothing from the held question joins it); a paused
 * case is not.
 */
export function answerOrHold(
  ctx: RouteContext,
  route: Route,
  resume: (result: RouteResult, routeName: string) => RouteResult,
): RouteResult {
  const found = ALWAYS_ANSWERED.has(route.name) ? [] : questionPopulations(ctx);
  const open = activeRecord(ctx.state);
  const paused = open !== undefined && casePopulations(open.facts).length > 0;
  if (found.length && route.name !== RED_FLAG_ROUTE) {
    const held = { state: ctx.state, output: { messages: [{ text: populationNotCovered(found) }] } };
    return paused ? held : resume(held, HELD);
  }
  const result = route.handle(ctx);
  const noted = found.length
    ? { ...result, output: { messages: [...result.output.messages, { text: populationNotCovered(found) }] } }
    : result;
  return paused ? noted : resume(noted, route.name);
}

function questionPopulations(ctx: RouteContext): PopulationId[] {
  const open = activeRecord(ctx.state);
  const found = new Set([...populationsIn(ctx.text), ...(open ? casePopulations(open.facts) : [])]);
  return [...found];
}

/**
 * After a walk-through route: a case that now holds a patient outside the pathway is paused. With a red flag the
 * urgent-evaluation step still shows (it gives no dose), followed by the "not covered" sentence.
 */
export function holdCase(ctx: RouteContext, result: RouteResult, routeName: string): RouteResult {
  if (!result.state) return result;
  if (routeName === 'walkthrough-command') {
    const kind = parseCommand(ctx.lower, ctx.card, !!ctx.state.pendingConfirm, !!activeRecord(ctx.state))?.kind;
    if (!kind || !SHOWS_THE_CASE.has(kind)) return result;
  }
  const record = activeRecord(result.state);
  const found = record ? casePopulations(record.facts) : [];
  if (!record || !found.length) return result;
  const refused = result.output.messages.filter((m) => m.text === IDENTIFIERS_REFUSED);
  if (evaluatePathway(record.facts).status === 'urgent' && !refused.length)
    return {
      ...result,
      output: { messages: [...result.output.messages, { text: populationNotCovered(found) }] },
    };
  // a case opened for another patient while one was open: say which case is kept, as the intake's reply does
  const before = activeRecord(ctx.state);
  const opened = before && !ctx.state.cases.some((c) => c.label === record.label) ? before.label : undefined;
  return { state: result.state, output: { messages: [...refused, pausedCase(record.label, found, opened)] } };
}
