import { isPerDay, parseFrequency } from './frequency.js';
import { FORMULATION_AFTER } from './formulation-words.js';
import { withoutScorePairs } from './score-pairs.js';
import { countsAfterBareStrength, leadingCount, perDose } from './tablet-count.js';

export type DoseUnit = 'mg' | 'g' | 'mcg/hr';

export interface DoseRegimen {
  doseMg?: number;
  unit?: DoseUnit;
  timesPerDay?: number;
  prn?: boolean;
  dailyMg?: number;
}

/**
 * Amount with unit, or a range ("600-800 mg": the lower bound is kept, as for frequencies). A concentration ("creatinine
 * 1.9 mg/dL", "glucose 5 g/L") is a lab value, never a dose.
 */
const AMOUNT =
  /(\d{1,5}(?:\.\d{1,3})?)(?:\s?(?:-|to|–)\s?(\d{1,5}(?:\.\d{1,3})?))?\s?(mcg\s?\/\s?h(?:r|our)?|mcg per h(?:r|our)|µg\s?\/\s?h(?:r)?|mcg|micrograms?|µg|mg|milligrams?|g|gm|grams?)\b(?!\s?\/\s?d?l\b)/gi;
/**
 * A bare number right after the drug name or before a frequency ("naproxen 500 bid"). `\s*(?:[:=@-]\s*)?`, not
 * `\s*[:=@-]?\s*`: two adjacent `\s*` split a run of spaces in quadratically many ways when the number is missing.
 * "gabapentin to 900 tds", "pregabalin up to 150 bd": the dose proposed after "(up) to" is the regimen asked about.
 * A number after it is no dose unless it counts tablets ("acetaminophen 650 2 tabs tid" is 1300 mg, "tylenol 500 2 tid"
 * 1000 mg), hours ("tramadol 50 8 hourly") or a trial's length ("duloxetine 60 8 weeks", "naproxen 500 6/52").
 * "increase oxycodone from 10 bid to 15 bid": the dose it goes from is the dose now (the same as "from 10 mg bd").
 * "tramadol 50 x 2 tid" is 100 mg a dose (times two tablets, then how often).
 * A length joined by a hyphen is no dose either: "fentanyl 72-hour patch 25 mcg/hr" is 25 mcg/hr.
 */
const BARE =
  /^\s*(?:(?:up )?to |from )?(?:[:=@-]\s*)?(\d{1,4}(?:\.\d{1,2})?)(?:\s?(?:-|to)\s?(\d{1,4}))?(?!\s?(?:\/\s?\d|%|-\s?(?:hours?|hrs?|hr|h|days?|d|weeks?|wks?|wk)\b|x\b(?!\s?\d{1,3}\s?(?:(?:wks?|weeks?|months?|mos?|days?|yrs?|years?)\b|\/\s?(?:52|12|7)\b)|\s?[1-4]\s(?:(?:po|sl)\s)?(?:bid|tid|qid|bd|tds|qds|q\.?\s?[1-9]\d?\s?h)\b)|wks?|weeks?|w\b|months?|mos?|m\b|years?|yrs?|y\b|days?|d\b|hours?|hrs?|h\b|tabs?|tablets?|caps?|pills?|times?|sessions?|visits?|[.,]\d|\d(?!\s?(?:tabs?|tablets?|caps?|pills?)\b|\d?[- ]?(?:hourly|hrly)\b|\d?\s?(?:wks?|weeks?|months?|mos?|days?)\b|\s?(?:-|to)\s?\d{1,2}\s?(?:wks?|weeks?|months?|mos?|days?)\b|\d?\s?\/\s?(?:52|12)\b|(?<=[1-4])\s(?:bid|tid|qid|bd|tds|qds|q\.?\s?[1-9]\d?\s?h)\b)))/i;
/**
 * "30 -> 60 mg", "titrated to 60", "back on 20 tds", "switched to sustained release 100 bd", "changed to qds": the dose
 * now in use is the last one (a switch's own text ends at the next drug, so "switched to pregabalin" changes nothing).
 */
const TITRATION =
  /->|→|=>|\b(?:titrated|increased|uptitrated|titrating|escalated|went up|bumped|reduced|decreased|dropped|tapered|went down|(?:went )?back)(?: up| down)? to\b|\b(?:switched|changed|converted|swapped)(?: over)? to\b|\bback on\b|\bthen\b/i;

/**
 * A reduction made, from one dose to another or to another frequency ("reduced from 20 mg tds to bd"); past verbs
 * only ("reduce from 20 to 10?" is asked, not made), and not one only tried (ATTEMPTED_BEFORE).
 */
const REDUCED_FROM =
  /\b(?:reduced|decreased|weaned|tapered|cut|dropped|lowered|came down|come down|brought down|went down)(?: down)? from (\d[^?;\n]{0,30}?) (?:down )?to (?=\d|(?:bd|bid|tds|tid|qds|qid|od|qd|once|twice|nocte|mane|daily|nightly)\b|q\.?\s?\d)/i;
/**
 * A form said before the new dose of a switch ("switched to sustained release 100 bd", "changed to the 12-hourly MR
 * version"): the form (product-reading.ts FORMULATION_AFTER, group 1 an extended-release one) after an article and
 * an interval.
 */
const FORM_LEAD = /^\s*(?:(?:the|a|an)\s)?(?:\d{1,2}[- ]?hourly\s)?/i;
function withoutForm(part: string): { rest: string; extended: boolean } {
  const lead = FORM_LEAD.exec(part)![0];
  const form = FORMULATION_AFTER.exec(part.slice(lead.length));
  return form
    ? { rest: part.slice(lead.length + form[0].length), extended: !!form[1] }
    : { rest: part, extended: false };
}
const SWITCHED_TO = /\b(?:switched|changed|converted|swapped)(?: over)? to\b/gi;
/** "oxycodone 10 bd changed to the 12-hourly MR version", "switched to sustained release": now an ER product. */
export function switchedToExtendedRelease(text: string): boolean {
  for (const m of text.matchAll(SWITCHED_TO)) if (withoutForm(text.slice(m.index + m[0].length)).extended) return true;
  return false;
}
/** "tried to cut from 20 to 10 but couldn't cope": the reduction tried, not made; the dose before it stays. */
const ATTEMPTED_BEFORE = /\b(?:tried|trying|tries|attempt\w*|want\w*|plan\w*|hop\w*)(?: to)?\s$/i;
const reducedMade = (m: string, from: string, at: number, whole: string): string =>
  ATTEMPTED_BEFORE.test(whole.slice(Math.max(0, at - 20), at)) ? m : ` ${from} reduced to `;
const ARROW = /->|\u2192|=>/;
const SENTENCE_STOP = /[?\n]|\.(?!\d)/;
/** A change said made in the arrow's sentence: "10 -> 20 bid last month?", "went from 10 -> 20". */
const SAID_MADE = /\b(?:was|were|went|got|ago|already|since|last (?:week|wk|month|mo|visit|review)|changed)\b/;

/** "10 bid -> 20 bid?": an arrow in a sentence that is asked, with no word of a change made. */
function askedArrow(text: string): boolean {
  const stop = text.search(SENTENCE_STOP);
  if (stop < 0 || text[stop] !== '?') return false;
  const sentence = text.slice(0, stop);
  return ARROW.test(sentence) && !SAID_MADE.test(sentence);
}

/** "; increased to 600 tid - too sleepy": a next clause that only changes the dose still speaks of the same drug. */
export const DOSE_CHANGE_CLAUSE =
  /^[;.]\s*(?:then |dose |and )?(?:increased|titrated|uptitrated|went up|bumped up|escalated|reduced|decreased|dropped|tapered|went down)(?: up| down)? to\s?\d/;
/** "nausea at 60, back to 30, modest benefit": after a dose is lowered, what follows judges the lower dose. */
export const DOSE_LOWERED = /\b(?:(?:went )?back|reduced|decreased|dropped|went down|tapered)(?: down)? to\b/g;

function toMg(value: number, unitRaw: string): { mg: number; unit: DoseUnit } {
  const u = unitRaw.toLowerCase().replace(/\s/g, '');
  if (/\/h|perh/.test(u)) return { mg: value, unit: 'mcg/hr' };
  if (u.startsWith('mcg') || u.startsWith('µg') || u.startsWith('microgram')) return { mg: value / 1000, unit: 'mg' };
  if (u === 'g' || u === 'gm' || u.startsWith('gram')) return { mg: value * 1000, unit: 'g' };
  return { mg: value, unit: 'mg' };
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * The dose and frequency of one drug mention: "500 bid", "600-800 mg tid", "2.4 g/day", "25 mcg/hr",
 * "5/325 q6h prn". The text given is what follows the drug name (the caller cuts it at the next drug).
 */
export function parseDoseRegimen(given: string): DoseRegimen {
  // "100 mg qds x 6 wks: 8 -> 8": an outcome written with an arrow is no titration (score-pairs.ts)
  // "reduced from 20 tid to 10 tid", "weaned from 20 tid down to 10 tid": a reduction made, the later dose is now's
  const text = withoutScorePairs(given).replace(REDUCED_FROM, reducedMade);
  // split copies the pattern on every call; most regimens have no titration, so look for one first
  const parts = TITRATION.test(text) ? text.split(TITRATION) : [text];
  // After a titration arrow the last part holding an amount is the current dose; an arrow asked ("10 bid -> 20 bid?")
  // proposes the dose after it, so the first is the dose now. A later part with a frequency only ("20 mg bd changed
  // to qds", "reduced from 20 mg tds to bd") keeps the dose and changes how often.
  let chosen = parts[0] ?? '';
  let often: string | undefined;
  if (!askedArrow(text))
    for (const p of parts.slice(1)) {
      const form = withoutForm(p).rest;
      if (firstAmount(form) === undefined && parseFrequency(p).timesPerDay !== undefined) often = p;
      else if (/\d/.test(p)) [chosen, often] = [form, undefined];
    }
  const out: DoseRegimen = {};
  const amount = firstAmount(chosen);
  const own = parseFrequency(often ?? chosen);
  const freq = own.timesPerDay === undefined && chosen !== text ? { ...parseFrequency(text), ...own } : own;
  if (freq.prn) out.prn = true;
  if (amount) {
    out.unit = amount.unit;
    if (amount.perDay) out.dailyMg = round(amount.mg);
    else out.doseMg = round(amount.mg);
  }
  if (freq.timesPerDay !== undefined && !amount?.perDay) out.timesPerDay = freq.timesPerDay;
  // "5/325 6/day": a day's tablets are its doses, one tablet each
  if (amount?.timesPerDay !== undefined) out.timesPerDay = amount.timesPerDay;
  if (out.doseMg !== undefined && out.timesPerDay !== undefined && out.unit !== 'mcg/hr') {
    out.dailyMg = round(out.doseMg * out.timesPerDay);
  }
  return out;
}

interface Amount {
  mg: number;
  unit: DoseUnit;
  perDay: boolean;
  /** A day's tablets counted ("6/day", "6 a day"): the doses a day, the amount one tablet. */
  timesPerDay?: number;
}

/** "5/325": a combination strength, the opioid (first) part is the dose. (Leading separator as in BARE.) */
const STRENGTH = /^\s*(?:[:=@-]\s*)?(\d{1,3}(?:\.\d)?)\s?\/\s?\d{2,4}\b(?:\s?mg\b)?/i;

/** A bare four-digit 19xx or 20xx: a year unless a unit or a frequency makes it a dose ("2000 bid"). */
const YEAR = /^(?:19|20)\d\d$/;

function firstAmount(text: string): Amount | undefined {
  const strength = STRENGTH.exec(text);
  // "10/325 2 tabs": both parts are multiplied by the tablets (clinical-reference.md section 2).
  if (strength) {
    const count = tablets(text.slice(strength[0].length), true);
    return { mg: Number(strength[1]) * count.tablets, unit: 'mg', perDay: false, ...count.day };
  }
  AMOUNT.lastIndex = 0;
  const m = AMOUNT.exec(text);
  const bare = BARE.exec(text);
  if (bare?.[1] && (!m || m.index >= bare[0].length)) {
    if (minusSign(text, bare[0].search(/\d/))) return undefined;
    const value = Number(bare[1]);
    const rest = text.slice(bare[0].length);
    // "warfarin, stopped 2016", "naproxen 2019 helped": a year with no unit and no frequency is no dose
    if (
      YEAR.test(bare[1]) &&
      (!bare[2] || YEAR.test(bare[2])) &&
      parseFrequency(rest).timesPerDay === undefined &&
      !isPerDay(rest)
    )
      return m ? amountOf(m, text) : undefined;
    const count = tablets(rest, countsAfterBareStrength(rest));
    if (value > 0) return { mg: value * count.tablets, unit: 'mg', perDay: isPerDay(rest), ...count.day };
  }
  if (m && minusSign(text, m.index)) return undefined;
  return m ? amountOf(m, text) : undefined;
}

/**
 * "naproxen -500 mg": a minus typed onto the number (a space before it, none after) makes the amount unreadable;
 * a dash between spaces ("naproxen - 500 mg") or joining the name ("naproxen-500") is a separator.
 */
function minusSign(text: string, numberAt: number): boolean {
  return numberAt >= 2 && text[numberAt - 1] === '-' && /\s/.test(text[numberAt - 2] ?? '');
}

/**
 * "500 two tabs tid", "10/325 ii q6h": the dose is the tablets' sum (a range's lower end, as for frequencies); "10/325
 * 6/day": a day's tablets are one a dose, the count the doses a day.
 */
function tablets(rest: string, bare = false): { tablets: number; day?: { timesPerDay: number } } {
  const found = leadingCount(rest, bare);
  if (!found) return { tablets: 1 };
  const { tablets: n, timesPerDay } = perDose(found, 'low');
  return timesPerDay === undefined ? { tablets: n } : { tablets: n, day: { timesPerDay } };
}

function amountOf(m: RegExpExecArray, text: string): Amount | undefined {
  const value = Number(m[1]);
  if (!(value > 0)) return undefined;
  const { mg, unit } = toMg(value, m[3] ?? 'mg');
  const rest = text.slice(m.index + m[0].length);
  // "5mg ii po q6h", "10 mg x2 q6h": a bare count after the strength, then how often, counts tablets (tablet-count.ts)
  const count = tablets(rest, countsAfterBareStrength(rest));
  return { mg: mg * count.tablets, unit, perDay: isPerDay(rest), ...count.day };
}
