import { PLAN_VISIBLE_MAX } from '../visible-length.js';
import type { OutputMessage } from '../turn-types.js';
import type { CaseRecord } from './case-record.js';
import { EntryCitations } from './citations.js';
import { factLines } from './fact-lines.js';
import { caseOptionLines, KidneyNote } from './option-lines.js';
import { getEntry, hasEntry, type PathwayView } from './ports.js';
import { QUESTIONS, stillNeeded } from './questions.js';
import {
  collapsibleMessage,
  recommendationLines,
  urgentGroups,
  warningLine,
  type SummaryGroup,
} from './step-message.js';
import { yesConditions } from '../answers/case-interactions.js';
import { focusLines } from './step-focus.js';
import { shortStepList, stepList } from './step-titles.js';

const FOR_THIS_PATIENT = '**For this patient**';

/** Room left under the limit for the buttons the turn core adds to a plan (feedback: "Helpful", "Report a problem"). */
const BUTTON_ROOM = 40;

/** Context, not safety: imaging reconciliation and instrument scoring stay in the details. */
const CONTEXT_KINDS = new Set(['imaging', 'instrument']);
const safetyNote = (id: string) => !hasEntry(id) || !CONTEXT_KINDS.has(getEntry(id).kind);

/**
 * `plan` / `what next?` / `summary`: what to do now, the plan so far, what is still missing, and the opioid gate.
 * The card shows a summary that fits one desktop chat pane (PLAN_VISIBLE_MAX): the steps in a line, a red flag's
 * section whole, the case's first safety note, the "Do now" lines, the options ruled out with their reasons, the gate's
 * status and what is asked next; "Show full plan" opens every recommendation with its evidence grade, the facts, the
 * whole missing list, the unmet gate conditions and the sources. The text (clients without cards) is the whole plan.
 */
export function planMessage(record: CaseRecord, view: PathwayView): OutputMessage {
  const book = new EntryCitations();
  const urgent = view.status === 'urgent';
  const conditions = yesConditions(record.facts.conditions);
  const doNow = urgent ? [] : focusLines(view, book, new KidneyNote(), conditions);
  const full = recommendationLines(view, book, [], conditions);
  const forPatient = urgent ? [] : caseOptionLines(view, book, new KidneyNote());
  const safety = urgent
    ? []
    : view.warnings
        .filter(safetyNote)
        .map((id) => warningLine(book, id, conditions))
        .filter((l): l is string => !!l);
  const known = factLines(record.facts);
  // what the case lacks that would change the plan, asked in its own terms (the drug named, only the parts unknown)
  const needed = stillNeeded(view).map((item) => item.text);
  // paused (a red flag, not chronic): whatever the pathway still lists, in its short form
  const paused = urgent || view.activeSteps.includes('notChronic');
  const missing = (paused ? view.missing.map((k) => QUESTIONS[k].short) : needed).map((q) => `- ${q}`);
  const unmet = view.gate.conditions.filter((c) => !c.met).map((c) => `- ${c.text}`);
  // a red flag stops the pathway: the opioid gate is not the question then
  const gate = urgent
    ? []
    : view.gate.open
      ? ['**Opioid gate:** all conditions documented.']
      : unmet.length
        ? [`**Opioid gate not open:** ${unmet.length} of ${view.gate.conditions.length} conditions unmet`, ...unmet]
        : [];
  const headline = `**Plan for case ${record.label}** · ${stepList(view.activeSteps, view.opioidTakenMme)}`;
  const lines = [
    headline,
    ...(doNow.length ? ['**Do now**', ...doNow] : []),
    ...full,
    ...(known.length ? ['**Known so far**', ...known.map((k) => `- ${k}`)] : []),
    ...(missing.length ? ['**Still missing**', ...missing] : ['Nothing the pathway needs is missing.']),
    ...gate,
  ];
  const citations = book.list();
  const stop = urgent ? full : [];
  const summary: SummaryGroup[] = [
    { lines: [`**Plan for case ${record.label}** · ${shortStepList(view.activeSteps, view.opioidTakenMme)}`], keep: 1 },
    ...(urgent ? urgentGroups(stop) : []),
    {
      heading: '**Safety notes for this case**',
      lines: safety,
      keep: Math.min(1, safety.length),
      drop: 3,
      shorten: true,
      name: 'safety note',
    },
    { heading: '**Do now**', lines: doNow, keep: Math.min(2, doNow.length), drop: 2, shorten: true },
    { heading: FOR_THIS_PATIENT, lines: forPatient, keep: forPatient.length, shorten: true },
    ...(gate.length ? [{ lines: [gate[0]!], keep: 1 }] : []),
    ...(missing.length
      ? [{ heading: '**Still missing**', lines: missing.slice(0, 3), keep: 1, drop: 2.5, name: 'question' }]
      : [{ lines: ['Nothing the pathway needs is missing.'], keep: 1 }]),
  ];
  return collapsibleMessage({
    full: lines,
    summary,
    toggle: 'Show full plan',
    limit: PLAN_VISIBLE_MAX - BUTTON_ROOM,
    citations,
  });
}
