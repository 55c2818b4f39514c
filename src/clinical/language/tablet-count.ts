/**
 * Tablets per dose as clinicians write them: "2 tabs", "two tablets", "ii tabs", "1-2 tabs", "i-ii", and a bare
 * count between a strength and how often ("10/325 1-2 q6h", "ultracet 2 q4h"). A range gives both ends: the case
 * reader keeps the lower (as for frequencies), the checks and MME take the upper (clinical-reference.md section 4).
 */
export interface TabletCount {
  low: number;
  high: number;
  /** Characters of the text the count took (from the start of the text for `leadingCount`). */
  end: number;
  index: number;
  /**
   * The count is of a whole day, not of one dose: "6/day", "6 a day", "6 tabs daily", "6 per day" (a day's tablets,
   * each one tablet: the count is the doses a day). Undefined for a count per dose ("2 tabs q6h").
   */
  perDay?: true;
}

const COUNTS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  half: 0.5,
  'half a': 0.5,
  '1/2': 0.5,
};
const count = (s: string): number => COUNTS[s.toLowerCase()] ?? Number(s);

/** "1/2 tab", "half a tablet": half a tablet a dose (a count, never a strength: strengths are "5/325"). */
// "1.5 tabs", "0.5 tab": a half tablet's count whole, never its last digit alone ("5 tabs")
const N = String.raw`(1\/2|half(?: a)?|\d\.5|\d{1,2}|one|two|three|four|iv|i{1,3})`;
/** A route word between a bare count and how often: "ii po q6h", "1 p.o. bid", "2 by mouth tid", "i SL qid". */
const ROUTE = String.raw`(?:(?:po|p\.o\.?|by mouth|orally|oral|sl)\s)?`;
const UNIT = String.raw`(?:tabs?|tablets?|caps?|capsules?|pills?)\b`;
/** A count followed by a tablet word, anywhere in the text. */
const WITH_UNIT = new RegExp(String.raw`\b(?:${N}\s?(?:-|to|or)\s?)?${N}\s?${UNIT}`, 'i');
/** A count with a tablet word at the start of the text ("x 2 tabs"). */
const LEADING_WITH_UNIT = new RegExp(String.raw`^[\s,:=@-]*(?:x\s?)?(?:${N}\s?(?:-|to|or)\s?)?${N}\s?${UNIT}`, 'i');
/**
 * A bare count at the start, then how often or "as needed": "1-2 q6h", "ii q4h prn", "2 every 6 hours"; said with
 * its verb ("she takes 2 every 6 hours", "taking 1 or 2 q6h", "pt uses 2 bd"), the verb and one subject word first;
 * "x2 q6h" / "x 2 q6h" (times two tablets, then how often).
 */
const LEADING_BARE = new RegExp(
  String.raw`^[\s,:=@-]*(?:(?:she|he|they|pt|patient|and|but)\s)?(?:(?:takes?|taking|uses?|using)\s)?(?:x\s?)?(?:([1-4]|i{1,3})\s?(?:-|to|or)\s?)?([1-4]|i{1,3})\s(?=${ROUTE}(?:q\.?\s?\d|q\.?\s?(?:am|pm|hs|d)\b|every\b|b\.?i\.?d\b|t\.?i\.?d\b|q\.?i\.?d\b|bd\b|tds\b|qds\b|daily\b|od\b|nocte\b|mane\b|prn\b|as needed\b|twice\b|once\b|nightly\b|at night\b|at bedtime\b))`,
  'i',
);

/**
 * "tylenol 500 2 tid", "naproxen 250 2 bd", "norco 10 2 qid", "oxycodone 5 mg 1-2 q4h", "5mg 1-2 every 4 hours",
 * "5mg ii po q6h", "10mg x2 q6h", "50 mg x 2 tid", "2mg 1-2 po q4-6h": a bare count (or range) of 1 to 4 right after a
 * strength, "x" and a route word allowed, then how often, is the tablets a dose (clinical-reference.md section 4:
 * multiply by the tablets a dose); once a day too ("5 mg ii po daily", "5 mg 2 qhs", "2 nocte"). "naproxen 500 2 weeks",
 * "500 1-2 weeks" and "duloxetine 60 x 8 wks" are no count; a bare "iv" is a route ("10 mg iv q4h"), 4 only as
 * "iv tabs".
 */
const BARE_COUNT_THEN_FREQUENCY = new RegExp(
  String.raw`^\s(?:x\s?)?(?:(?:[1-4]|i{1,3})\s?(?:-|to|or)\s?)?(?:[1-4]|i{1,3})\s${ROUTE}(?:bid|tid|qid|bd|tds|qds|od|qd|daily|qhs|q\.?\s?hs|nocte|nightly|mane|at night|at bedtime|q\.?\s?[1-9]\d?(?:\s?-\s?[1-9]\d?)?\s?h|every\s[1-9]\d?(?:\s?-\s?[1-9]\d?)?\s?h(?:rs?|ours?)?)\b`,
  'i',
);
/** The text after a bare strength starts with its tablets a dose and how often (BARE_COUNT_THEN_FREQUENCY). */
export const countsAfterBareStrength = (rest: string): boolean => BARE_COUNT_THEN_FREQUENCY.test(rest);

/**
 * A bare count at the start, then "a day": the day's tablets ("percocet 5/325 6 a day", "6/day", "6 daily": 6 tablets,
 * each one dose, 30 mg oxycodone a day; "x 8/day" as EHR lists write it). Up to 12, a day's tablets (daily-tablets.ts).
 */
const LEADING_BARE_A_DAY =
  /^[\s,:=@-]*(?:(?:takes?|taking|uses?|using)\s)?(?:x\s?)?(?:(\d{1,2})\s?(?:-|to|or)\s?)?(\d{1,2})\s?(?=(?:a|per|each)\sday\b|\/\s?d(?:ay)?\b|daily\b)/i;

/**
 * A day word right after a count: "6 a day", "6/day", "6 per day", "6 in 24 hours", and after a bare count "6 daily".
 * Not "a day max" (a cap, read by tablet-regimen.ts); "2 tabs daily" keeps its literal reading, 2 tablets once daily.
 */
const DAY_AFTER =
  /^\s?(?:(?:a|per|each|every|in|in a)\s(?:day|24\s?h(?:rs?|ours?)?)\b|\/\s?(?:day|d|24\s?h(?:rs?)?)\b)(?!\s?(?:max(?:imum)?|at most|limit)\b)/i;
const DAILY_AFTER = /^\s?daily\b/i;

function toCount(m: RegExpExecArray | null, text: string, unit: boolean): TabletCount | undefined {
  if (!m?.[2]) return undefined;
  const upper = count(m[2]);
  const lower = m[1] ? count(m[1]) : upper;
  if (!(upper > 0 && lower > 0)) return undefined;
  const end = m.index + m[0].length;
  const out: TabletCount = { low: Math.min(lower, upper), high: Math.max(lower, upper), end, index: m.index };
  const rest = text.slice(end);
  if (DAY_AFTER.test(rest) || (!unit && DAILY_AFTER.test(rest))) out.perDay = true;
  return out;
}

/** "2 tabs", "1-2 tablets", "ii tabs" anywhere in the text. */
export function tabletCount(text: string): TabletCount | undefined {
  return toCount(WITH_UNIT.exec(text), text, true);
}

/**
 * A count at the very start of the text: with a tablet word, or bare before how often. `bare` allows the bare
 * form, which is a count only where no number can be a strength (after "10/325", or a one-strength product).
 */
export function leadingCount(text: string, bare: boolean): TabletCount | undefined {
  if (!bare) return toCount(LEADING_WITH_UNIT.exec(text), text, true);
  const bareCount = toCount(LEADING_WITH_UNIT.exec(text), text, true) ?? toCount(LEADING_BARE.exec(text), text, false);
  if (bareCount) return bareCount;
  const day = toCount(LEADING_BARE_A_DAY.exec(text), text, false);
  return day && day.high <= 12 ? { ...day, perDay: true } : undefined;
}

/**
 * The doses a day and tablets a dose a count says: a day's count ("6/day") is that many doses of one tablet; a
 * count per dose ("2 tabs") is that many tablets a dose, how often left to the frequency. `pick` chooses the
 * range's end (the case reader keeps the lower, the MME the upper).
 */
export function perDose(c: TabletCount, pick: 'low' | 'high'): { tablets: number; timesPerDay?: number } {
  return c.perDay ? { tablets: 1, timesPerDay: c[pick] } : { tablets: c[pick] };
}
