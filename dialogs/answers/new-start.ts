import type { DrugId, DrugMention } from './ports.js';

/**
 * A first dose written at the target ("new Rx duloxetine 60 daily, first dose today"): the sources start lower and
 * step up (START_ROWS), so the answer says the start before the dose check. Cues are data with an example and a
 * text they must not match (test/answers/gabapentinoid-switch.test.ts).
 */
export const NEW_START_CUES: readonly { id: string; re: RegExp; example: string; counter: string }[] = [
  {
    id: 'new-start',
    re: /\b(?:new (?:rx|script|prescription|start)|new(?:ly)? start(?:ed|ing)?|first (?:dose|script|rx|prescription)|start(?:ing)? (?:him|her|them|pt|patient) on|initiat(?:e|ing)|naive)\b/,
    example: 'new rx duloxetine 60 daily, first dose today',
    counter: 'on duloxetine 60 daily for 8 weeks, adequate?',
  },
];

/** Where the sources start a drug below its target dose (clinical-reference.md section 2; guideline L5-6). */
const START_ROWS: readonly { drug: DrugId; startDailyMg: number; note: string }[] = [
  {
    drug: 'duloxetine',
    startDailyMg: 30,
    note: 'a new start is 30 mg daily for 1 week, then 60 mg daily (guideline and label)',
  },
];

/** The start note when the text starts the drug at a daily dose above where the sources start it. */
export function newStartNote(lower: string, m: DrugMention): string | undefined {
  const row = START_ROWS.find((r) => r.drug === m.drug);
  if (!row || !NEW_START_CUES.some((c) => c.re.test(lower))) return undefined;
  const daily = m.dailyMg ?? (m.doseMg !== undefined ? m.doseMg * (m.timesPerDay ?? 1) : undefined);
  return daily !== undefined && daily > row.startDailyMg ? row.note : undefined;
}
