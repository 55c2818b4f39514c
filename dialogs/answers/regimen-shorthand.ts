/**
 * Interval shorthand clinicians type without the "h" ("tramadol 50 q6", "norco 10/325 q4"): read as every N
 * hours before the drug reader sees it, so the dose is checked instead of asking how often.
 */
const BARE_INTERVAL = /\bq\s?(\d{1,2})(?![\dh])\b/gi;

export function expandIntervals(text: string): string {
  return text.replace(BARE_INTERVAL, (_m, n: string) => `q${n}h`);
}
