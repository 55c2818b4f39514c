import { mostTimesPerDay } from './frequency.js';
import { sharedReading } from './shared-readings.js';
import { countsAfterBareStrength, leadingCount, perDose, tabletCount } from './tablet-count.js';

/**
 * A tablet regimen read for its most (clinical-reference.md section 4: for a range or an as-needed regimen, compute
 * the most the prescription allows): "10/325 1-2 tabs q4-6h prn, max 6 a day", "i-ii q4h", "100 qid plus extra 50s
 * when needed". The text is what follows the name.
 */
export interface TabletRegimen {
  /** "10/325" as typed: opioid mg / acetaminophen mg. */
  strength?: { opioidMg: number; acetaminophenMg: number };
  /** "5 mg" (a range gives its upper end). */
  mgPerTablet?: number;
  /** "percocet 5 q6h", "tramadol 50-100 q6h": a number right after the name, with or without mg (a range's upper end). */
  leadMg?: number;
  /** Tablets per dose, the upper end of a range; undefined when no count was typed. */
  tabletsPerDose?: number;
  /** "ultracet 2 q4h": a bare small number right after the name, which is a count for a one-strength product. */
  leadCount?: number;
  timesPerDay?: number;
  /** "max 6 a day": tablets (or doses) a day at most. */
  maxTabletsPerDay?: number;
  prn: boolean;
  /** A range, "as needed" or a daily cap was read: the result is the most allowed. */
  atMost: boolean;
  /** "takes 4-5 a day": the day's count was said of the patient with its verb (stated use, not a prescription). */
  statedUse?: true;
  /** "plus extra 50s when needed": extra doses on top of the schedule with no limit typed; mg when given. */
  extra?: { mg?: number };
}

/**
 * A combination strength, opioid mg and acetaminophen mg a tablet, as EHR lists type it: "10/325"; with a dash,
 * "5-325" (only before an acetaminophen amount of 300, 325 or 500 mg, so "tramadol 50-100" stays a range); or
 * acetaminophen first, "300/30" (as "APAP/codeine 300/30" writes it). Fixed pieces, no nested quantifier: linear.
 */
const STRENGTH =
  /(\d{1,3}(?:\.\d)?)\s?\/\s?(\d{3})\b|(\d{1,2}(?:\.\d)?)\s?-\s?(300|325|500)\b|(\d{3})\s?\/\s?(\d{1,2}(?:\.\d)?)\b/;

export interface TypedStrength {
  opioidMg: number;
  acetaminophenMg: number;
  /** Where the strength starts and ends in the text read. */
  index: number;
  end: number;
}

/** The first combination strength in the text (see STRENGTH), each part put in its place. */
export function typedStrength(text: string): TypedStrength | undefined {
  const m = STRENGTH.exec(text);
  if (!m) return undefined;
  const [opioid, apap] = m[1] ? [m[1], m[2]] : m[3] ? [m[3], m[4]] : [m[6], m[5]];
  return { opioidMg: Number(opioid), acetaminophenMg: Number(apap), index: m.index, end: m.index + m[0].length };
}
const MG = /(\d{1,4}(?:\.\d{1,2})?)(?:\s?(?:-|to)\s?(\d{1,4}(?:\.\d{1,2})?))?\s?(?:mg|milligrams?)\b/i;
const CAP =
  /\b(?:max(?:imum)?|up to|no more than|not more than|not to exceed|at most)\s(?:of\s)?(\d{1,2})(?:\s?(?:tabs?|tablets?|pills?|doses?))?(?:\s?(?:a|per|\/|in)\s?(?:day|d|24\s?h(?:rs?|ours?)?)\b|\sdaily\b)/i;
const LEAD =
  /^\s*(?:[:=@-]\s*)?(\d{1,4}(?:\.\d{1,2})?)(?:\s?(?:-|to)\s?(\d{1,4}))?(?:\s?mg\b)?(?!\.\d|\d|\s?(?:\/|tabs?\b|tablets?\b|caps?\b|capsules?\b|pills?\b|x\b|h\b|hrs?\b|hours?\b|-|to\b|or\b))/i;
const PRN = /\b(?:p\.?r\.?n|as needed|as required|when needed|if needed)\b/i;
/**
 * An extra dose on top of the schedule: "plus extra 50s when needed", "+ an extra 400 mg prn", "and additional
 * doses as needed" ("plus extra strength Tylenol" names a product). Its own "prn" makes it open-ended unless a daily cap is typed.
 */
const EXTRA =
  /(?:\bplus\b|\+|\band\b|\bwith\b)\s?(?:an?\s)?(?:extra(?![ -]?strength)|additional|top-?up|breakthrough)\s(?:doses?\s(?:of\s)?)?(?:(\d{1,4}(?:\.\d{1,2})?)\s?(?:mg)?(?:'?s)?\b)?/i;
/** The count starts with a verb of use said of the patient: "takes 4-5 a day", "using 6/day". */
/** A small count range a day ("1-2 a day", "2 to 3 per day") with no tablet word: doses a day. Linear. */
const COUNT_RANGE_A_DAY = /(?:^|[^\d./-])([1-6]) ?(?:-|to|or) ?([2-8]) ?(?:\/ ?day|(?:a|per) day)\b/i;
const USE_VERB = /^[\s,:=@-]*(?:takes?|taking|uses?|using)\s/i;
/** "... + 50 mg prn": a second amount, as needed, after a scheduled one. */
const PLUS_PRN =
  /(?:\bplus\b|\+|\band\b)\s?(\d{1,4}(?:\.\d{1,2})?)\s?(?:mg)?(?:'?s)?\s(?:p\.?r\.?n|as needed|when needed|if needed)\b/i;

/**
 * Read once per turn for each text (shared-readings.ts): the dose, product and MME answers and the most-a-day reading
 * each read the regimen after the same drug name. Callers treat the reading as read-only.
 */
export function readTabletRegimen(text: string): TabletRegimen {
  return sharedReading('readTabletRegimen', readTabletRegimenOnce, text);
}

function readTabletRegimenOnce(text: string): TabletRegimen {
  const out: TabletRegimen = { prn: PRN.test(text), atMost: false };
  const cap = CAP.exec(text);
  // The cap is read first and taken out, so its "a day" is not read as "once a day".
  let rest = cap ? text.slice(0, cap.index) + text.slice(cap.index + cap[0].length) : text;
  if (cap?.[1]) out.maxTabletsPerDay = Number(cap[1]);
  const extra = EXTRA.exec(rest) ?? PLUS_PRN.exec(rest);
  if (extra) {
    // What follows the extra belongs to it; the schedule is read from what comes before.
    out.extra = extra[1] ? { mg: Number(extra[1]) } : {};
    out.prn = PRN.test(rest.slice(0, extra.index));
    rest = rest.slice(0, extra.index);
  }
  const strength = typedStrength(rest);
  if (strength) out.strength = { opioidMg: strength.opioidMg, acetaminophenMg: strength.acetaminophenMg };
  const mg = strength ? undefined : MG.exec(rest);
  if (mg?.[1]) out.mgPerTablet = Number(mg[2] ?? mg[1]);
  const lead = strength ? undefined : LEAD.exec(rest);
  if (lead?.[1]) {
    out.leadMg = Number(lead[2] ?? lead[1]);
    if (lead[2] !== undefined) out.atMost = true;
  }
  // "6/day", "6 a day": a day's tablets, one a dose, the count the doses a day (tablet-count.ts)
  let dayCount: number | undefined;
  const bare = strength || leadingCount(rest, false) ? undefined : leadingCount(rest, true);
  if (bare) {
    const each = perDose(bare, 'high');
    out.leadCount = each.tablets;
    dayCount = each.timesPerDay;
    if (bare.low !== bare.high) out.atMost = true;
    if (bare.perDay && USE_VERB.test(rest)) out.statedUse = true;
  }
  const afterStrength = strength ? rest.slice(strength.end) : undefined;
  // "norco 10 2 qid", "oxycodone 5mg ii po q6h", "50 mg x 2 tid": a bare count after the strength is the tablets a dose
  const afterAmount = mg ? rest.slice(mg.index + mg[0].length) : lead ? rest.slice(lead[0].length) : undefined;
  const tabs =
    (afterStrength !== undefined ? leadingCount(afterStrength, true) : undefined) ??
    (afterAmount !== undefined && countsAfterBareStrength(afterAmount) ? leadingCount(afterAmount, true) : undefined) ??
    tabletCount(rest);
  if (tabs) {
    const each = perDose(tabs, 'high');
    out.tabletsPerDose = each.tablets;
    dayCount ??= each.timesPerDay;
    if (tabs.low !== tabs.high) out.atMost = true;
    if (tabs.perDay && USE_VERB.test(afterStrength ?? rest)) out.statedUse = true;
  }
  const freq = mostTimesPerDay(rest);
  if (freq.timesPerDay !== undefined) out.timesPerDay = freq.timesPerDay;
  // "oxycodone 10 mg - she has been sneaking 1-2 a day": a count range a day after the amount, no tablet word: the
  // doses a day, the most the upper end (the plain "a day" would read once)
  const dayRange = !tabs && afterAmount !== undefined ? COUNT_RANGE_A_DAY.exec(afterAmount) : null;
  if (dayRange) {
    dayCount ??= Number(dayRange[2]);
    out.atMost = true;
  }
  if (dayCount !== undefined) out.timesPerDay = dayCount;
  if (freq.range || out.prn || out.maxTabletsPerDay !== undefined || mg?.[2] !== undefined || out.extra)
    out.atMost = true;
  return out;
}

/** Tablets a day at most: per dose x doses a day, held to a typed daily cap; undefined when how often is unknown. */
export function tabletsPerDay(r: TabletRegimen): number | undefined {
  const perDose = r.tabletsPerDose ?? 1;
  const scheduled = r.timesPerDay !== undefined ? perDose * r.timesPerDay : undefined;
  if (r.maxTabletsPerDay === undefined) return scheduled;
  return scheduled === undefined ? r.maxTabletsPerDay : Math.min(scheduled, r.maxTabletsPerDay);
}
