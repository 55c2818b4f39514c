import type { AnswerLine } from './answer-message.js';
import { type DrugMention, readTabletRegimen, type TabletRegimen } from './ports.js';
import { fmt } from './number-format.js';

/**
 * The most a prescription allows (clinical-reference.md section 4: "for a range or an as-needed regimen, compute the
 * most the prescription allows and say that it is the maximum"): the upper end of a dose or tablet range, the
 * shorter interval, held to a typed daily cap. The checks and MME use it; the answer says so.
 */
export interface MostDose {
  doseMg: number;
  timesPerDay: number;
  dailyMg: number;
  /** "2 tablets of 50 mg = 100 mg x 6 a day = 600 mg/day". */
  text: string;
  /** An open-ended extra dose on top ("plus extra 50s when needed"): mg when typed, else one scheduled dose. */
  extraMg?: number;
}

const plural = (n: number, word: string): string => `${fmt(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * `mgPerTablet` converts what is typed per tablet (naproxen sodium to base; a product's fixed strength); when absent
 * the typed mg is used as it is. Undefined when the regimen is not an "at most" one or how often is unknown.
 */
export function mostDose(
  m: DrugMention,
  after: string,
  mgPerTablet?: (typedMg: number | undefined) => number | undefined,
): MostDose | undefined {
  const r = readTabletRegimen(after);
  return r.atMost ? doseOf(m, r, mgPerTablet) : undefined;
}

/**
 * A fixed tablet regimen the drug's own reading stopped short of ("Tylenol 500 mg and takes 2 tabs tid": the verb
 * stands between the strength and the tablets): mg a tablet, tablets a dose and how often, all typed. Undefined for
 * an "at most" regimen (mostDose reads it) or when any part is missing.
 */
export function tabletDose(
  m: DrugMention,
  after: string,
  mgPerTablet?: (typedMg: number | undefined) => number | undefined,
): MostDose | undefined {
  const r = readTabletRegimen(after);
  if (r.atMost || r.tabletsPerDose === undefined || r.timesPerDay === undefined) return undefined;
  return doseOf(m, r, mgPerTablet);
}

function doseOf(
  m: DrugMention,
  r: TabletRegimen,
  mgPerTablet?: (typedMg: number | undefined) => number | undefined,
): MostDose | undefined {
  const typed = r.mgPerTablet ?? r.leadMg;
  const unitMg = mgPerTablet ? mgPerTablet(typed) : typed;
  if (unitMg === undefined || !(unitMg > 0)) return undefined;
  const tablets = r.tabletsPerDose ?? r.leadCount ?? 1;
  const countTyped = r.tabletsPerDose !== undefined || (mgPerTablet !== undefined && r.leadCount !== undefined);
  const perDose = unitMg * (countTyped ? tablets : 1);
  const times = r.timesPerDay ?? m.timesPerDay;
  if (times === undefined) return undefined;
  let daily = perDose * times;
  // A cap counts tablets when tablets were typed, else doses; either way mg = cap x mg per unit counted.
  if (r.maxTabletsPerDay !== undefined) daily = Math.min(daily, r.maxTabletsPerDay * (countTyped ? unitMg : perDose));
  const text = describe(r, unitMg, countTyped ? tablets : undefined, perDose, daily / perDose, daily);
  const most: MostDose = { doseMg: perDose, timesPerDay: daily / perDose, dailyMg: daily, text };
  if (r.extra) most.extraMg = r.extra.mg !== undefined ? (mgPerTablet?.(r.extra.mg) ?? r.extra.mg) : perDose;
  return most;
}

function describe(
  r: TabletRegimen,
  unitMg: number,
  tablets: number | undefined,
  perDose: number,
  times: number,
  daily: number,
): string {
  const dose =
    tablets !== undefined
      ? `${plural(tablets, 'tablet')} of ${fmt(unitMg)} mg = ${fmt(perDose)} mg`
      : `${fmt(perDose)} mg`;
  const capped = r.maxTabletsPerDay !== undefined && Number.isInteger(times) ? ' (held to the daily cap)' : '';
  return Number.isInteger(times)
    ? `${dose} x ${fmt(times)} a day = ${fmt(daily)} mg/day${capped}`
    : `${dose} a dose, at most ${fmt(daily)} mg/day (the daily cap)`;
}

/** The line that says the check uses the most the prescription allows. */
export function mostLine(most: MostDose): AnswerLine {
  return { text: `At the most this allows: ${most.text}; the check uses this.` };
}
