import { drugNames } from '../../src/knowledge/drug-catalogue.js';
import type { OutputMessage } from '../turn-types.js';
import type { CaseRecord } from './case-record.js';
import { factLines } from './fact-lines.js';
import { getEntry, hasEntry, reviewSummary, type PathwayView } from './ports.js';
import { QUESTIONS } from './questions.js';
import { stepList } from './step-titles.js';

/** An entry as chart text: its sentence and its source in words (no chat citation markers in a chart). */
function noteLine(id: string): string | undefined {
  if (!hasEntry(id)) return undefined;
  const e = getEntry(id);
  const source = e.origin === 'guideline' ? `guideline ref. ${e.cites.join(', ')}` : `${e.source}; review pending`;
  return `- ${e.text} (${source})`;
}

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
    `Pathway step: ${stepList(view.activeSteps)}`,
    'Findings:',
    ...factLines(record.facts).map((l) => `- ${l}`),
    'Plan:',
    ...view.recommendations.map(noteLine).filter((l): l is string => !!l),
    ...(view.warnings.length ? ['Safety:', ...view.warnings.map(noteLine).filter((l): l is string => !!l)] : []),
    ...(opioidRelevant(record, view)
      ? ['Opioid gate checklist (guideline ref. 1):', ...view.gate.conditions.map((c) => `[${c.met ? 'x' : ' '}] ${c.text}`)]
      : []),
    ...(view.missing.length ? ['Not yet documented:', ...view.missing.map((k) => `- ${QUESTIONS[k].ask}`)] : []),
    `Decision support from one guideline; clinician judgement applies. ${reviewSummary().footer}`,
  ];
  return { text: `Chart note for case ${record.label} (copy and paste):\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`` };
}
