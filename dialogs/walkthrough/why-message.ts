import { getEntry, hasEntry, type PathwayView } from './ports.js';
import { EntryCitations } from './citations.js';
import type { CaseRecord } from './case-record.js';
import { factLines } from './fact-lines.js';
import { joinBlocks } from './step-message.js';
import { withoutRestatements } from './restatements.js';
import { stepList } from './step-titles.js';
import { isTherapyOption, therapyLines } from './therapy-lines.js';
import type { OutputMessage } from '../turn-types.js';

/** `why`: the facts that put the case where it is, and the guideline's own sentence behind each recommendation. */
export function whyMessage(record: CaseRecord, view: PathwayView): OutputMessage {
  const book = new EntryCitations();
  const quoted = new Set<string>();
  const reasons = withoutRestatements(view.recommendations)
    .filter((id) => !isTherapyOption(id))
    .flatMap((id) => {
      const shown = book.entry(id);
      if (!shown || !hasEntry(id)) return [];
      const entry = getEntry(id);
      const said =
        entry.origin === 'guideline' ? `the guideline says: "${entry.quote}"` : `${entry.source}: ${entry.text}`;
      // one guideline sentence behind two entries (gabapentin, pregabalin) is quoted once
      const because = quoted.has(said) ? '' : `\n  Because ${said}`;
      quoted.add(said);
      return [`- ${shown.text} ${shown.marks}${because}`];
    });
  // an opioid taken now is reviewed, and the gate's conditions still say what is documented
  const gate = view.activeSteps.some((s) => s.startsWith('opioidGate') || s === 'opioidInUse')
    ? ['**Opioid gate**', ...view.gate.conditions.map((c) => `- ${c.met ? '✅' : '❌'} ${c.text}`)]
    : [];
  const known = factLines(record.facts);
  const lines = [
    `**Why case ${record.label} is at:** ${stepList(view.activeSteps, view.opioidTakenMme)}`,
    ...(known.length ? ['**From the facts**', ...known.map((k) => `- ${k}`)] : []),
    ...(reasons.length ? ['**Reasoning and sources**', ...reasons] : []),
    ...therapyLines(view.recommendations.filter(isTherapyOption), book),
    ...gate,
  ];
  const citations = book.list();
  return { text: joinBlocks(lines), ...(citations.length ? { citations } : {}) };
}
