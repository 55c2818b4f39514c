import type { CaseFacts, FactKey, Medication } from '../../src/clinical/case/case-facts.js';
import { missingTabletDetails, tabletName } from '../../src/clinical/case/tablet-change.js';
import { acetaminophenStrengthAnswer, tabletsADayAnswer } from '../../src/clinical/language/tablet-answers.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { trialDoseAwaited } from './bare-regimen.js';
import { extractCaseFacts, findDrugs } from './ports.js';

/**
 * Pending questions a number alone answers (an age, a score, weeks): "6" is theirs, not a tablet count; "6 a day" or
 * "6 tabs" still says it counts tablets.
 */
const NUMBER_QUESTIONS: ReadonlySet<FactKey> = new Set([
  'age',
  'oswestry',
  'startBack',
  'painDurationWeeks',
  'weeksOptimizedTherapy',
  'nsaidTrialWeeks',
  'duloxetineTrialWeeks',
  'tramadolTrialWeeks',
]);

const MAX_REPLY_CHARS = 80;

/**
 * A short reply that answers the case's tablet question (case-answer.ts asks it: how many tablets a day of a
 * combination product held with its strength and no regimen; what strength of plain acetaminophen counted in
 * tablets): the medication as it now reads, for the case to merge. Undefined when the reply is not such an answer,
 * names a drug (the ordinary reader's), or the case holds more than one medication the answer could be for.
 */
export function tabletDetailAnswer(
  text: string,
  facts: CaseFacts,
  pending: FactKey | undefined,
  receivedAt: string,
): Medication | undefined {
  if (text.length > MAX_REPLY_CHARS) return undefined;
  const details = missingTabletDetails(facts);
  if (!details.length || findDrugs(normalize(text)).length) return undefined;
  const strengths = details.filter((d) => d.kind === 'strength');
  const mg = strengths.length === 1 ? acetaminophenStrengthAnswer(text) : undefined;
  if (mg !== undefined && strengths[0]?.kind === 'strength' && !trialDoseAwaited(facts, pending)) {
    // the tablets stay with the dose: the reply shows the acetaminophen they add up to (case-answer.ts)
    const { medication: m, tablets } = strengths[0];
    return { ...m, doseMg: mg * tablets, acetaminophenMg: mg * tablets };
  }
  const counts = details.filter((d) => d.kind === 'tablets-a-day');
  const said = counts.length === 1 ? tabletsADayAnswer(text) : undefined;
  const target = counts[0];
  if (!said || target?.kind !== 'tablets-a-day' || (said.bare && pending && NUMBER_QUESTIONS.has(pending)))
    return undefined;
  // the regimen read as if typed after the product's name: the case reader's own dose, frequency and most a day
  const read = extractCaseFacts(
    `${tabletName(target.medication, target.strength)} ${said.regimen}`,
    receivedAt,
  ).patch.medications?.find((m) => m.drug === target.medication.drug);
  if (!read || (read.timesPerDay === undefined && read.mostDailyMg === undefined)) return undefined;
  const { mostDailyMg: _most, dailyMg: _daily, ...held } = target.medication;
  const { drug: _drug, product: _product, outcome: _outcome, ...regimen } = read;
  return { ...held, ...regimen };
}
