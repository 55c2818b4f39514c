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
}

const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, i: 1, ii: 2, iii: 3, iv: 4 };
const count = (s: string): number => COUNTS[s.toLowerCase()] ?? Number(s);

const N = String.raw`(\d{1,2}|one|two|three|four|iv|i{1,3})`;
const UNIT = String.raw`(?:tabs?|tablets?|caps?|capsules?|pills?)\b`;
/** A count followed by a tablet word, anywhere in the text. */
const WITH_UNIT = new RegExp(String.raw`\b(?:${N}\s?(?:-|to|or)\s?)?${N}\s?${UNIT}`, 'i');
/** A count with a tablet word at the start of the text ("x 2 tabs"). */
const LEADING_WITH_UNIT = new RegExp(String.raw`^[\s,:=@-]*(?:x\s?)?(?:${N}\s?(?:-|to|or)\s?)?${N}\s?${UNIT}`, 'i');
/**
 * A bare count at the start, then how often or "as needed": "1-2 q6h", "ii q4h prn", "2 every 6 hours"; said with
 * its verb ("she takes 2 every 6 hours", "taking 1 or 2 q6h", "pt uses 2 bd"), the verb and one subject word first.
 */
const LEADING_BARE =
  /^[\s,:=@-]*(?:(?:she|he|they|pt|patient|and|but)\s)?(?:(?:takes?|taking|uses?|using)\s)?(?:([1-4]|iv|i{1,3})\s?(?:-|to|or)\s?)?([1-4]|iv|i{1,3})\s(?=q\.?\s?\d|q\.?\s?(?:am|pm|hs|d)\b|every\b|b\.?i\.?d\b|t\.?i\.?d\b|q\.?i\.?d\b|bd\b|tds\b|qds\b|daily\b|prn\b|as needed\b|twice\b|once\b|nightly\b|at night\b|at bedtime\b)/i;

/**
 * A bare count at the start, then "a day": the day's tablets, taken as one count a day ("percocet 5/325 6 a day": 6
 * tablets, 30 mg oxycodone a day, as "6 tabs a day" reads). Up to 12, a day's tablets (daily-tablets.ts).
 */
const LEADING_BARE_A_DAY =
  /^[\s,:=@-]*(?:(?:takes?|taking|uses?|using)\s)?(?:(\d{1,2})\s?(?:-|to|or)\s?)?(\d{1,2})\s?(?=(?:a|per|each)\sday\b|\/\s?day\b)/i;

function toCount(m: RegExpExecArray | null): TabletCount | undefined {
  if (!m?.[2]) return undefined;
  const upper = count(m[2]);
  const lower = m[1] ? count(m[1]) : upper;
  if (!(upper > 0 && lower > 0)) return undefined;
  return { low: Math.min(lower, upper), high: Math.max(lower, upper), end: m.index + m[0].length, index: m.index };
}

/** "2 tabs", "1-2 tablets", "ii tabs" anywhere in the text. */
export function tabletCount(text: string): TabletCount | undefined {
  return toCount(WITH_UNIT.exec(text));
}

/**
 * A count at the very start of the text: with a tablet word, or bare before how often. `bare` allows the bare
 * form, which is a count only where no number can be a strength (after "10/325", or a one-strength product).
 */
export function leadingCount(text: string, bare: boolean): TabletCount | undefined {
  if (!bare) return toCount(LEADING_WITH_UNIT.exec(text));
  const bareCount = toCount(LEADING_WITH_UNIT.exec(text)) ?? toCount(LEADING_BARE.exec(text));
  if (bareCount) return bareCount;
  const day = toCount(LEADING_BARE_A_DAY.exec(text));
  return day && day.high <= 12 ? day : undefined;
}
