import type { OutputMessage } from '../turn-types.js';
import type { CaseRecord } from './case-record.js';
import { EntryCitations } from './citations.js';
import { factLines } from './fact-lines.js';
import type { PathwayView } from './ports.js';
import { QUESTIONS } from './questions.js';
import { joinBlocks, recommendationLines } from './step-message.js';
import { stepList } from './step-titles.js';

/** `plan` / `what next?` / `summary`: the plan so far, what is still missing, and the unmet opioid-gate conditions. */
export function planMessage(record: CaseRecord, view: PathwayView): OutputMessage {
  const book = new EntryCitations();
  const known = factLines(record.facts);
  const missing = view.missing.map((k) => `- ${QUESTIONS[k].ask}`);
  const unmet = view.gate.conditions.filter((c) => !c.met).map((c) => `- ${c.text}`);
  const lines = [
    `**Plan for case ${record.label}** · ${stepList(view.activeSteps)}`,
    ...recommendationLines(view, book),
    ...(known.length ? ['**Known so far**', ...known.map((k) => `- ${k}`)] : []),
    ...(missing.length ? ['**Still missing**', ...missing] : ['Nothing the pathway needs is missing.']),
    // a red flag stops the pathway: the opioid gate is not the question then
    ...(view.status === 'urgent'
      ? []
      : view.gate.open
        ? ['**Opioid gate:** all conditions documented.']
        : unmet.length
          ? ['**Opioid gate not open; unmet:**', ...unmet]
          : []),
  ];
  const citations = book.list();
  return { text: joinBlocks(lines), ...(citations.length ? { citations } : {}) };
}
