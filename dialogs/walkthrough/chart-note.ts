import { drugNames } from '../../src/clinical/knowledge/drug-catalogue.js';
import type { KnowledgeEntry } from '../../src/clinical/knowledge/entry-schema.js';
import { reviewWords } from '../citation-book.js';
import type { OutputMessage } from '../turn-types.js';
import type { CaseRecord } from './case-record.js';
import { factLines } from './fact-lines.js';
import { getEntry, hasEntry, reviewSummary, type PathwayView } from './ports.js';
import { QUESTIONS } from './questions.js';
import { stepList } from './step-titles.js';
import { EntryCitations } from './citations.js';
import { isTherapyOption, therapyLines } from './therapy-lines.js';
import { withoutRestatements } from './restatements.js';
import { caseOptionNote } from './option-lines.js';

/** An entry's source in words for a chart: the guideline's refs, or a reference source with its own review state. */
export function chartSource(e: KnowledgeEntry): string {
  return e.origin === 'guideline' ? `guideline ref. ${e.cites.join(', ')}` : `${e.source}; ${reviewWords([e.review])}`;
}

/** An entry as chart text: its sentence and its source in words (no chat citation markers in a chart). */
function noteLine(id: string): string | undefined {
  if (!hasEntry(id)) return undefined;
  const e = getEntry(id);
  return `- ${new EntryCitations().entry(id)?.text ?? e.text} (${chartSource(e)})`;
}

/** Therapy options in one line per evidence level, as in chat but with the guideline refs in words. */
function therapyNote(ids: readonly string[]): string[] {
  const book = new EntryCitations();
  return therapyLines(ids, book).map((line) =>
    line.replace(/ ((?:\[\d+\])+)/g, (_m, marks: string) => ` (ref. ${marks.slice(1, -1).split('][').join(', ')})`),
  );
}

/** Instrument scoring rules are for the calculators, not the chart. */
const inPlan = (id: string) => !isTherapyOption(id) && !(hasEntry(id) && getEntry(id).kind === 'instrument');

/** The opioid-gate checklist belongs in the note once opioids are in view: the gate step, or an opioid in the case. */
function opioidRelevant(record: CaseRecord, view: PathwayView): boolean {
  return (
    view.activeSteps.some((s) => s.startsWith('opioidGate')) ||
    record.facts.medications.some((m) => drugNames(m.drug).drugClass === 'opioid')
  );
}

/** `note`: a concise plan to paste into the chart, in plain text inside a code block so Teams keeps its lines. */
export function chartNote(record: CaseRecord, view: PathwayView): OutputMessage {
  const lines = [
    'Chronic low back pain, not responding to initial medications: pathway review.',
    `Pathway step: ${stepList(view.activeSteps, view.opioidTakenMme)}`,
    'Findings:',
    ...factLines(record.facts).map((l) => `- ${l}`),
    'Plan:',
    ...withoutRestatements(view.recommendations)
      .filter(inPlan)
      .map(noteLine)
      .filter((l): l is string => !!l),
    ...therapyNote(view.recommendations.filter(isTherapyOption)),
    ...caseOptionNote(view),
    ...(view.warnings.length ? ['Safety:', ...view.warnings.map(noteLine).filter((l): l is string => !!l)] : []),
    ...(opioidRelevant(record, view)
      ? [
          'Opioid gate checklist (guideline ref. 1):',
          ...view.gate.conditions.map((c) => `[${c.met ? 'x' : ' '}] ${c.text}`),
        ]
      : []),
    ...(view.missing.length ? [`Not yet documented: ${view.missing.map((k) => QUESTIONS[k].label).join(', ')}`] : []),
    `Decision support from one guideline; clinician judgement applies. ${reviewSummary().footer}`,
  ];
  return { text: `Chart note for case ${record.label} (copy and paste):\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`` };
}
