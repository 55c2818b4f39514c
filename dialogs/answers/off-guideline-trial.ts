import type { AnswerLine } from './answer-message.js';
import { nextAfterTried, type NextOption } from './next-option.js';
import { drugOptionOf, type QuestionContext } from './question-context.js';
import type { DrugId } from './ports.js';
import type { MedicationOutcome } from '../../src/clinical/case/case-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { turnReceivedAt } from '../../src/clinical/language/shared-readings.js';

/** Outside a turn (tests): the fixed date the quick answers read at. */
const EPOCH = '1970-01-01T00:00:00.000Z';

/** Outcomes that mean the drug gave no (or too little) benefit: the question is what comes next. */
const NO_BENEFIT: ReadonlySet<MedicationOutcome> = new Set(['ineffective', 'partial', 'not-tolerated']);

/**
 * A drug the guideline does not name, taken without benefit ("on amitriptyline 10 at night for months, no better,
 * next?", "nortriptyline 25 not helping", "been on cyclobenzaprine, useless"): no dead end. The answer says the
 * guideline does not name it for chronic low back pain and gives the guideline's next option for this patient, read
 * from the rest of the message as the case reader reads it (the pathway drugs said tried and failed are passed over),
 * with the reference's pairs of that option and the drug, still taken unless said stopped. Undefined when the message
 * reports no lack of benefit from the drug.
 */
export function offGuidelineNext(
  lower: string,
  drug: DrugId,
  name: string,
  ctx: QuestionContext,
  tried: readonly DrugId[],
): { lead: AnswerLine; next: NextOption } | undefined {
  const meds = extractCaseFacts(lower, turnReceivedAt() ?? EPOCH).patch.medications ?? [];
  const own = meds.filter((m) => m.drug === drug);
  if (!own.some((m) => m.outcome !== undefined && NO_BENEFIT.has(m.outcome))) return undefined;
  const failedOptions = meds
    .filter((m) => m.drug !== drug && drugOptionOf(m.drug) && m.outcome !== undefined && NO_BENEFIT.has(m.outcome))
    .map((m) => m.drug);
  const held = own.every((m) => m.stopped === true) ? [] : [drug];
  return {
    lead: {
      text: `The guideline does not name ${name} for chronic low back pain, and this pathway gives no dose for it: its next step for this patient follows.`,
    },
    next: nextAfterTried(ctx, [...tried, ...failedOptions], held),
  };
}
