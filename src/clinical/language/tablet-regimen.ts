import { mostTimesPerDay } from './frequency.js';

/**
 * A tablet regimen read for its most (clinical-reference.md section 4: for a range or an as-needed regimen, compute
 * the most the prescription allows): "10/325 1-2 tabs q4-6h prn, max 6 a day". The text is what follows the name.
 */
export interface TabletRegimen {
  /** "10/325" as typed: opioid mg / acetaminophen mg. */
  strength?: { opioidMg: number; acetaminophenMg: number };
  /** "5 mg" (a range gives its upper end). */
  mgPerTablet?: number;
  /** "percocet 5 q6h": a number right after the name, with or without mg. */
  leadMg?: number;
  /** Tablets per dose, the upper end of a range; undefined when no count was typed. */
  tabletsPerDose?: number;
  timesPerDay?: number;
  /** "max 6 a day": tablets a day at most. */
  maxTabletsPerDay?: number;
  prn: boolean;
  /** A range, "as needed" or a daily cap was read: the result is the most allowed. */
  atMost: boolean;
}

const STRENGTH = /(\d{1,3}(?:\.\d)?)\s?\/\s?(\d{3})\b/;
const MG = /(\d{1,4}(?:\.\d{1,2})?)(?:\s?(?:-|to)\s?(\d{1,4}(?:\.\d{1,2})?))?\s?(?:mg|milligrams?)\b/i;
const TABS =
  /\b(?:(\d{1,2}|one|two|three|four)\s?(?:-|to|or)\s?)?(\d{1,2}|one|two|three|four)\s?(?:tabs?|tablets?|caps?|capsules?|pills?)\b/i;
const CAP =
  /\b(?:max(?:imum)?|up to|no more than|not more than|at most)\s(?:of\s)?(\d{1,2})(?:\s?(?:tabs?|tablets?|pills?|doses?))?(?:\s?(?:a|per|\/|in)\s?(?:day|d|24\s?h(?:rs?|ours?)?)\b|\sdaily\b)/i;
const LEAD =
  /^\s*(?:[:=@-]\s*)?(\d{1,3}(?:\.\d)?)(?:\s?mg\b)?(?!\.\d|\d|\s?(?:\/|tabs?\b|tablets?\b|caps?\b|capsules?\b|pills?\b|x\b|h\b|hrs?\b|hours?\b|-|to\b|or\b))/i;
const PRN = /\b(?:p\.?r\.?n|as needed|as required|when needed|if needed)\b/i;
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };
const count = (s: string): number => WORDS[s.toLowerCase()] ?? Number(s);

export function readTabletRegimen(text: string): TabletRegimen {
  const out: TabletRegimen = { prn: PRN.test(text), atMost: false };
  const cap = CAP.exec(text);
  // The cap is read first and taken out, so its "a day" is not read as "once a day".
  const rest = cap ? text.slice(0, cap.index) + text.slice(cap.index + cap[0].length) : text;
  if (cap?.[1]) out.maxTabletsPerDay = Number(cap[1]);
  const strength = STRENGTH.exec(rest);
  if (strength?.[1] && strength[2])
    out.strength = { opioidMg: Number(strength[1]), acetaminophenMg: Number(strength[2]) };
  const mg = strength ? undefined : MG.exec(rest);
  if (mg?.[1]) out.mgPerTablet = Number(mg[2] ?? mg[1]);
  const lead = strength ? undefined : LEAD.exec(rest);
  if (lead?.[1]) out.leadMg = Number(lead[1]);
  const tabs = TABS.exec(rest);
  if (tabs?.[2]) {
    const upper = count(tabs[2]);
    out.tabletsPerDose = tabs[1] ? Math.max(count(tabs[1]), upper) : upper;
    if (tabs[1]) out.atMost = true;
  }
  const freq = mostTimesPerDay(rest);
  if (freq.timesPerDay !== undefined) out.timesPerDay = freq.timesPerDay;
  if (freq.range || out.prn || out.maxTabletsPerDay !== undefined || mg?.[2] !== undefined) out.atMost = true;
  return out;
}

/** Tablets a day at most: per dose x doses a day, held to a typed daily cap; undefined when how often is unknown. */
export function tabletsPerDay(r: TabletRegimen): number | undefined {
  const perDose = r.tabletsPerDose ?? 1;
  const scheduled = r.timesPerDay !== undefined ? perDose * r.timesPerDay : undefined;
  if (r.maxTabletsPerDay === undefined) return scheduled;
  return scheduled === undefined ? r.maxTabletsPerDay : Math.min(scheduled, r.maxTabletsPerDay);
}
