import type { DrugId } from '../knowledge/drug-catalogue.js';
import { guidelineDailyRange, isDosedDrug } from '../knowledge/dosing.js';

/**
 * The adequate daily dose of a trial, from the knowledge base's guideline dosing (no numbers here):
 * NSAIDs "at adequate doses (e.g., naproxen 500 mg twice daily or ibuprofen 600-800 mg three times daily) before
 * declaring treatment failure" (1) -> the guideline minimum; duloxetine "starting at 30 mg daily, titrating to
 * 60 mg daily" (1, 2) -> an adequate trial reaches the top of the range. Other drugs: no adequate dose.
 */
export function adequateDailyMg(drug: DrugId): number | undefined {
  if (!isDosedDrug(drug)) return undefined;
  const range = guidelineDailyRange(drug);
  if (!range) return undefined;
  if (range.meaning === 'minimum') return range.min;
  return drug === 'duloxetine' ? range.max : undefined;
}
