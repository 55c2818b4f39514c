import { MAX_WEEKS } from '../case/case-facts.js';

/**
 * Durations as clinicians write them -> weeks: "x 6 wks", "for 3 months", "9/12" (nine months, UK notation,
 * never a date), "6/52", "2 yrs", "since March" (counted back from the message's receivedAt). Ranges keep the
 * lower bound. "onset 2019" is "since 2019".
 */
export interface Duration {
  weeks: number;
  start: number;
  end: number;
}

const UNIT_WEEKS: Record<string, number> = { d: 1 / 7, w: 1, m: 52 / 12, y: 52 };
const SPAN =
  /(?:\b|(?<=[x~>]))(\d{1,3}(?:\.\d)?)(?:\s?(?:-|to)\s?\d{1,3})?\+?\s?(?:-\s?)?(days?|d\b|weeks?|wks?|wk\b|w\b|months?|mos?\b|mths?|years?|yrs?|y\b(?!\s?o\b|\/o))(?![\s-]*old\b)|(?:\b|(?<=[x~]))(\d{1,2})\/(7|52|12)\b(?!\/)/g;
/** "for a month", "a year ago", "a fortnight": one unit. */
const ONE = /(?<!(?:once|twice|times|x|per)\s)\b(?:a|one|an)\s(week|month|year|fortnight)\b(?![\s-]*old\b)/g;
/** "a fortnight" (UK/AU): two weeks. */
const FORTNIGHT_WEEKS = 2;
/**
 * "for years", "for many years", "several years of LBP": years with no number are at least two, so the pain is chronic
 * (more than 12 weeks, clinical-reference.md section 2) and a flare inside it never reads as its duration.
 */
const YEARS_UNNUMBERED =
  /\b(?:(?:for|over|x)\s(?:(?:many|several|some|a few|a number of)\s)?|(?:many|several)\s)years\b(?![\s-]*old\b)/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SINCE =
  /\b(?:since|onset(?: in)?) (?:(?:early|late|mid)[- ])?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b(?:\s(\d{4}))?|\b(?:since|onset(?: in)?) (?:(?:early|late|mid)[- ])?(\d{4})\b/g;

/**
 * Time off work is not the pain's duration, a trial's or a therapy's: "off work 10 weeks", "signed off 6/52", "3
 * months sick leave". Each row reads its example (test/language/shorthand.test.ts); `before` ends where the duration
 * starts, `after` starts where it ends.
 */
export const OFF_WORK: readonly { example: string; before?: RegExp; after?: RegExp }[] = [
  {
    example: 'off work 10 weeks',
    before:
      /\b(?:off work|off sick|off from work|signed off(?: work| sick)?|(?:on )?(?:sick|medical|stress) leave|sick note|fit note|med(?:ical)? cert(?:ificate)?|unfit for work|(?:not|unable to|hasn't|has not|hasnt|hadn't|had not) (?:been )?work(?:ed|ing)?|stopped working|not at work)[\s,:]{0,3}(?:(?:for|x|about|around|approx|~|over|in|the (?:past|last))\s?){0,2}$/,
  },
  {
    example: '6/52 off work',
    after:
      /^\s?(?:of\s)?(?:off work|off sick|off from work|sick leave|medical leave|stress leave|signed off|out of work)\b/,
  },
];

/** A duration that is time off work ("off work 10 weeks"), not the pain's or a treatment's. */
export function isTimeOffWork(text: string, d: Pick<Duration, 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  const after = text.slice(d.end, d.end + 30);
  return OFF_WORK.some((row) => (row.before?.test(before) ?? false) || (row.after?.test(after) ?? false));
}

/**
 * Time since a drug was stopped is not the pain's duration: "it's been 3 weeks since she stopped it", "16 days since
 * stopping the phenelzine" (the case reads a stop's date with the drug: stopped.ts STOP_TIME_ROWS).
 */
export const SINCE_STOP_AFTER: { example: string; after: RegExp } = {
  example: "it's been 3 weeks since she stopped it",
  after:
    /^\s?(?:now\s)?since (?:(?:she|he|they|pt|the patient) )?(?:stopped|stopping|came off|coming off|discontinued|ceased|d\/c)\b/,
};

/**
 * Days of a week the drug is taken are how often, not how long: "takes it 3 days out of 7", "2 days a week" (partial
 * adherence: trial-reasons.ts).
 */
export const DAYS_OF_A_WEEK: { example: string; counter: string; after: RegExp; before: RegExp } = {
  example: 'duloxetine 60, takes it 3 days out of 7, 2 days a week',
  counter: 'duloxetine 60 for 10 days out of work',
  after: /^\s?(?:out of|in|of|a|per|each|every)\s(?:7|seven|(?:the |a |each |every )?(?:week|wk))\b/,
  /** "2 days a week": the week read alone is how often, not a week's trial. */
  before: /\b(?:[1-6]|one|two|three|four|five|six) days? (?:out of |in |of |per |each |every )?$/,
};

/** Days of a week said as how often the drug is taken (DAYS_OF_A_WEEK). */
const isDaysOfAWeek = (text: string, d: Pick<Duration, 'start' | 'end' | 'weeks'>): boolean =>
  (d.weeks < 1 && DAYS_OF_A_WEEK.after.test(text.slice(d.end, d.end + 20))) ||
  (d.weeks === 1 && DAYS_OF_A_WEEK.before.test(text.slice(Math.max(0, d.start - 20), d.start)));

/**
 * The time to a planned review is no trial's or pain's length: "review in 2 weeks", "r/v 3/12", "f/u 4/52", "TCI
 * 2/52" (to come in), "see again in 6 weeks". `before` ends where the duration starts; not a time ago ("f/u 6 weeks
 * ago"). Each row reads its example and leaves its counter-example (test/language/shorthand.test.ts).
 */
export const PLANNED_REVIEW: { example: string; counter: string; before: RegExp } = {
  example: 'naproxen 500 bd, r/v in 2/52',
  counter: 'naproxen 500 bd x 2/52, reviewed today',
  before:
    /\b(?:review(?:ing)?|r\/v|rv|f\/u|fu|follow(?:ing)?[- ]?up|recheck|re-check|reassess|reappraise|tci|to come in|come back|return|rebook|see (?:again|her|him|them|pt)(?: again)?|book(?:ed)? (?:in|for)|appt|appointment|next visit)(?: (?:in|at|after|for|again in))? ?(?:x ?|~ ?)?$/,
};
const AGO_AFTER = /^\s?ago\b/;

/** A duration that is the time to a planned review ("r/v in 2/52"), not the course's. */
export function isPlannedReview(text: string, d: Pick<Duration, 'start' | 'end'>): boolean {
  return (
    PLANNED_REVIEW.before.test(text.slice(Math.max(0, d.start - 30), d.start)) &&
    !AGO_AFTER.test(text.slice(d.end, d.end + 6))
  );
}

/** The durations of the clinical course in the text: time off work, time since a stop and a review's are left out. */
export function durationsIn(text: string, receivedAt: string): Duration[] {
  return allDurationsIn(text, receivedAt).filter(
    (d) =>
      !isTimeOffWork(text, d) &&
      !isPlannedReview(text, d) &&
      !isDaysOfAWeek(text, d) &&
      !SINCE_STOP_AFTER.after.test(text.slice(d.end, d.end + 50)),
  );
}

/** Every duration in the text, time off work included ("off work 10 weeks"); none longer than a case records. */
export function allDurationsIn(text: string, receivedAt: string): Duration[] {
  return spansIn(text, receivedAt).filter((d) => d.weeks < MAX_WEEKS);
}

function spansIn(text: string, receivedAt: string): Duration[] {
  const out: Duration[] = [];
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(text); m; m = SPAN.exec(text)) {
    if (m[3] && m[4]) {
      const unit = m[4] === '7' ? 'd' : m[4] === '52' ? 'w' : 'm';
      out.push({ weeks: round(Number(m[3]) * UNIT_WEEKS[unit]!), start: m.index, end: m.index + m[0].length });
      continue;
    }
    const n = Number(m[1]);
    const unit = (m[2] ?? '')[0] as 'd' | 'w' | 'm' | 'y';
    if (UNIT_WEEKS[unit] === undefined) continue;
    out.push({ weeks: round(n * UNIT_WEEKS[unit]), start: m.index, end: m.index + m[0].length });
  }
  ONE.lastIndex = 0;
  for (let m = ONE.exec(text); m; m = ONE.exec(text)) {
    const weeks = m[1] === 'fortnight' ? FORTNIGHT_WEEKS : UNIT_WEEKS[(m[1] ?? 'w')[0]!]!;
    out.push({ weeks: round(weeks), start: m.index, end: m.index + m[0].length });
  }
  YEARS_UNNUMBERED.lastIndex = 0;
  for (let m = YEARS_UNNUMBERED.exec(text); m; m = YEARS_UNNUMBERED.exec(text)) {
    out.push({ weeks: 2 * UNIT_WEEKS.y!, start: m.index, end: m.index + m[0].length });
  }
  SINCE.lastIndex = 0;
  const now = new Date(receivedAt);
  if (!Number.isNaN(now.getTime())) {
    for (let m = SINCE.exec(text); m; m = SINCE.exec(text)) {
      const weeks = weeksSince(m, now);
      if (weeks !== undefined) out.push({ weeks, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function weeksSince(m: RegExpExecArray, now: Date): number | undefined {
  let from: Date;
  if (m[1]) {
    const month = MONTHS.indexOf(m[1]);
    let year = m[2] ? Number(m[2]) : now.getUTCFullYear();
    if (!m[2] && month > now.getUTCMonth()) year -= 1; // "since November" said in March: last November
    from = new Date(Date.UTC(year, month, 1));
  } else {
    from = new Date(Date.UTC(Number(m[3]), 6, 1)); // a bare year: its middle, the least biased guess
  }
  const weeks = (now.getTime() - from.getTime()) / (7 * 24 * 3600 * 1000);
  return weeks >= 0 && weeks < MAX_WEEKS ? Math.round(weeks) : undefined;
}

const round = (n: number): number => Math.round(n * 10) / 10;
