/**
 * Dosing frequency as typed by clinicians -> doses per day. Ranges give the lower bound of doses per day
 * (q6-8h -> 3), matching machines/case-facts.ts. Patterns are compiled once.
 */
export interface Frequency {
  timesPerDay?: number;
  prn?: boolean;
  /** "/day", "per day": the amount before it is the daily total. */
  perDay?: boolean;
}

const HOURLY =
  /\bq\.?\s?(\d{1,2})(?:h?\s?(?:-|to)\s?(\d{1,2}))?\s?(?:h|hr|hrs|hours?)\b|\bevery\s+(\d{1,2})(?:\s?(?:-|to)\s?(\d{1,2}))?\s+(?:h|hr|hrs|hours?)\b/i;
const FIXED: readonly [RegExp, number][] = [
  [/\b(?:q\.?i\.?d|qds|four times (?:a |per |each )?(?:day|daily)|4\s?x\s?(?:\/|a |per )?(?:day|daily|d)\b)/i, 4],
  [/\b(?:t\.?i\.?d|tds|three times (?:a |per |each )?(?:day|daily)|3\s?x\s?(?:\/|a |per )?(?:day|daily|d)\b)/i, 3],
  [
    /\b(?:b\.?i\.?d|bd|twice (?:a |per |each )?(?:day|daily)|twice|two times (?:a |per )?(?:day|daily)|2\s?x\s?(?:\/|a |per )?(?:day|daily|d)\b)/i,
    2,
  ],
  [/\b(?:q\.?o\.?d|every other day|alternate days)\b/i, 0.5],
  [
    /\b(?:q\.?d|o\.?d|daily|once (?:a |per )?(?:day|daily)|once|1\s?x\s?(?:\/|a |per )?(?:day|daily|d)|q\.?am|q\.?pm|q\.?hs|qn|nightly|at night|at bedtime|hs|in the (?:morning|evening)|every (?:morning|evening|night)|a day)\b/i,
    1,
  ],
];
const PRN = /\b(?:p\.?r\.?n|as needed|as required|when needed|if needed)\b/i;
const PER_DAY = /^\s*(?:\/\s?(?:day|d)\b|per day\b|a day\b|daily total\b|total daily\b)/i;

export function parseFrequency(text: string): Frequency {
  const out: Frequency = {};
  if (PRN.test(text)) out.prn = true;
  const h = HOURLY.exec(text);
  if (h) {
    const hours = Number(h[2] ?? h[1] ?? h[4] ?? h[3]);
    if (hours > 0 && hours <= 48) out.timesPerDay = Math.max(0.5, Math.floor(24 / hours));
    return out;
  }
  for (const [re, times] of FIXED) {
    if (re.test(text)) {
      out.timesPerDay = times;
      break;
    }
  }
  return out;
}

/** True when the text right after an amount makes it a daily total ("2.4 g/day"). */
export function isPerDay(after: string): boolean {
  return PER_DAY.test(after);
}

/**
 * The most doses a day a regimen allows (clinical-reference.md section 4): "q4-6h" -> 6, from the shorter interval;
 * fixed words ("tid") as parseFrequency. `range` says an interval range was read.
 */
export function mostTimesPerDay(text: string): { timesPerDay?: number; range: boolean } {
  const h = HOURLY.exec(text);
  if (h) {
    const first = Number(h[1] ?? h[3]);
    const second = Number(h[2] ?? h[4] ?? first);
    const hours = Math.min(first, second);
    if (!(hours > 0 && hours <= 48)) return { range: false };
    return { timesPerDay: Math.max(0.5, Math.floor(24 / hours)), range: second !== first };
  }
  const times = parseFrequency(text).timesPerDay;
  return times === undefined ? { range: false } : { timesPerDay: times, range: false };
}
