import { readClinicalText } from '../../src/clinical/language/normalize.js';

/**
 * Interval shorthand clinicians type without the "h" ("tramadol 50 q6", "norco 10/325 q4"): read as every N
 * hours before the drug reader sees it, so the dose is checked instead of asking how often. Dictated numbers
 * ("tramadol fifty every six hours") and pasted EHR sigs are read first (readClinicalText), so every quick answer
 * that reads its text through here sees the same shorthand as the case reader.
 */
const BARE_INTERVAL = /\bq\s?(\d{1,2})(?![\dh])\b/gi;

export function expandIntervals(text: string): string {
  // A replacement string, not a function: the engine then replaces in one native pass.
  return readClinicalText(text).replace(BARE_INTERVAL, 'q$1h');
}
