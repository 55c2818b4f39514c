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
  /\bq\.?\s?(\d{1,2})(?:h?\s?(?:-|to)\s?(\d{1,2}))?\s?(?:h|hr|hrs|hours?)\b|\bevery\s+(\d{1,2})(?:\s?(?:-|to)\s?(\d{1,2}))?\s+(?:h|hr|hrs|hours?)\b|\b(\d{1,2})[- ]?(?:hourly|hrly)\b/i;

/** Words for a number of doses a day, UK/AU and US shorthand alike: each row with an example it must read. */
export interface FrequencyWord {
  times: number;
  example: string;
  re: RegExp;
}

export const FREQUENCY_WORDS: readonly FrequencyWord[] = [
  {
    times: 6,
    example: 'oxycodone 5 mg 6 times a day',
    re: /\b(?:(?:six|6) times? (?:a |per |each )?(?:day|daily)|6\s?x\s?(?:\/|a |per )?(?:day|daily|d)\b|x\s?6\s?(?:\/\s?day|(?:a|per) day|daily)\b)/i,
  },
  {
    times: 5,
    example: 'tramadol 50 five times daily',
    re: /\b(?:(?:five|5) times? (?:a |per |each )?(?:day|daily)|5\s?x\s?(?:\/|a |per )?(?:day|daily|d)\b|x\s?5\s?(?:\/\s?day|(?:a|per) day|daily)\b)/i,
  },
  {
    times: 4,
    example: 'paracetamol 1 g qds',
    re: /\b(?:q\.?i\.?d|qds|(?:four|4) times? (?:a |per |each )?(?:day|daily)|4\s?x\s?(?:\/|a |per )?(?:day|daily|d)\b|x\s?4\s?(?:\/\s?day|(?:a|per) day|daily)\b)/i,
  },
  {
    times: 3,
    example: 'gabapentin 300 tds',
    re: /\b(?:t\.?i\.?d|tds|(?:three|3) times? (?:a |per |each )?(?:day|daily)|3\s?x\s?(?:\/|a |per )?(?:day|daily|d)\b|x\s?3\s?(?:\/\s?day|(?:a|per) day|daily)\b)/i,
  },
  {
    times: 2,
    example: 'naproxen 500 bd',
    re: /\b(?:b\.?i\.?d|bd|twice (?:a |per |each )?(?:day|daily)|twice|(?:two|2) times? (?:a |per |each )?(?:day|daily)|2\s?x\s?(?:\/|a |per )?(?:day|daily|d)\b|x\s?2\s?(?:\/\s?day|(?:a|per) day|daily)\b)/i,
  },
  // "mane and nocte", "am + pm": morning and night, two doses a day
  {
    times: 2,
    example: 'tramadol 50 mane and nocte',
    re: /\b(?:mane|am|morning)\b[^.;\n\d]{0,6}\b(?:nocte|pm|night|evening)\b/i,
  },
  { times: 0.5, example: 'naproxen 500 every other day', re: /\b(?:q\.?o\.?d|every other day|alternate days)\b/i },
  {
    times: 1,
    example: 'duloxetine 60 od',
    re: /\b(?:q\.?d|o\.?d|daily|once (?:a |per )?(?:day|daily)|once|1\s?x\s?(?:\/|a |per )?(?:day|daily|d)|q\.?am|q\.?pm|q\.?hs|qn|nightly|at night|at bedtime|hs|in the (?:morning|evening)|every (?:morning|evening|night)|a day)\b/i,
  },
  // UK/AU Latin: "nocte" at night, "mane" in the morning; "before bed"
  { times: 1, example: 'Neurontin 300 nocte', re: /\b(?:nocte|mane|omni nocte|omni mane|before bed|each night)\b/i },
];
const FIXED: readonly [RegExp, number][] = FREQUENCY_WORDS.map((w) => [w.re, w.times]);
const PRN = /\b(?:p\.?r\.?n|as needed|as required|when needed|when required|if needed|if required)\b/i;
const PER_DAY = /^\s*(?:\/\s?(?:day|d)\b|per day\b|a day\b|daily total\b|total daily\b)/i;

export function parseFrequency(text: string): Frequency {
  const out: Frequency = {};
  if (PRN.test(text)) out.prn = true;
  const h = HOURLY.exec(text);
  if (h) {
    const hours = Number(h[2] ?? h[1] ?? h[4] ?? h[3] ?? h[5]);
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
    const first = Number(h[1] ?? h[3] ?? h[5]);
    const second = Number(h[2] ?? h[4] ?? first);
    const hours = Math.min(first, second);
    if (!(hours > 0 && hours <= 48)) return { range: false };
    return { timesPerDay: Math.max(0.5, Math.floor(24 / hours)), range: second !== first };
  }
  const times = parseFrequency(text).timesPerDay;
  return times === undefined ? { range: false } : { timesPerDay: times, range: false };
}
