import type { DrugId } from '../src/knowledge/drug-catalogue.js';

/**
 * The ONE place the statechart holds dose numbers (until src/knowledge exposes a dose checker).
 * All from the guideline text, "First-Line Medication Adjustments" (1):
 * NSAIDs at adequate doses "naproxen 500 mg twice daily or ibuprofen 600-800 mg three times daily"
 * before declaring failure -> 1000 mg/day and 1800 mg/day (the lower end of the range);
 * duloxetine "starting at 30 mg daily, titrating to 60 mg daily" (1, 2) -> an adequate trial reaches 60 mg/day.
 */
export const ADEQUATE_DAILY_MG: Partial<Record<DrugId, number>> = Object.freeze({
  naproxen: 1000,
  ibuprofen: 1800,
  duloxetine: 60,
});
