import type { AdjustmentResult } from './dose-adjustments.js';
import {
  aboveSingleDose,
  guidelineAboveAdjustedMax,
  mostDosesADay,
  NOTE,
  scheduleText,
  scoped,
} from './dose-check-notes.js';
import {
  BREACH_KINDS,
  FINDING_ORDER,
  type DoseCheck,
  type DoseFinding,
  type HeadlinePart,
} from './dose-check-types.js';
import type { DosedDrug } from './dosing-schema.js';
import type { GuidelineDailyRange } from './dosing.js';
import { fmt } from './number-format.js';

// What a dose check found, strictest first, and the headline made from it (issue 12): a headline never calls a
// dose "adequate" over a breached limit, says "(guideline dose)" only for the guideline's own regimen, and names
// the indication of every maximum it quotes, so no two lines of an answer contradict each other.

/** "every 12 hours, at most 200 mg/day", "400-1,400 mg/day in 2 doses", "50 mg every 12 hours". */
export function limitText(a: AdjustmentResult): string {
  const schedule = mostDosesADay(a) !== undefined ? scheduleText(a) : undefined;
  const parts = [
    [a.perDoseMg !== undefined ? `${fmt(a.perDoseMg)} mg` : undefined, schedule].filter(Boolean).join(' '),
    a.dailyMg ? `${fmt(a.dailyMg.min)}-${fmt(a.dailyMg.max)} mg/day` : undefined,
    a.maxDailyMg !== undefined ? `at most ${fmt(a.maxDailyMg)} mg/day` : undefined,
  ].filter((p): p is string => Boolean(p));
  // A daily range reads before its schedule: "400-1,400 mg/day in 2 doses".
  if (a.dailyMg && schedule && a.perDoseMg === undefined) return `${parts[1]} ${schedule.replace(/ a day$/, '')}`;
  return parts.join(', ');
}

/**
 * What a regimen breaks of one patient row (tramadol with CrCl < 30: every 12 h, at most 200 mg/day): more doses a
 * day than the row allows, more a dose, or more a day. One reading for the quick dose check and the case's plan, so
 * "50 mg four times daily" is never "within range" in one and "continue" in the other.
 */
export function rowBreaches(
  doseMg: number,
  timesPerDay: number,
  a: AdjustmentResult,
): { tooOften: boolean; perDose: boolean; daily: boolean } {
  const most = mostDosesADay(a);
  const dayMax = a.maxDailyMg ?? a.dailyMg?.max;
  return {
    tooOften: most !== undefined && timesPerDay > most,
    perDose: a.perDoseMg !== undefined && doseMg > a.perDoseMg,
    daily: dayMax !== undefined && doseMg * timesPerDay > dayMax,
  };
}

/** The limits an adjustment sets for this patient, as findings: what the dose breaches, else the tier it is in. */
function patientFindings(r: DoseCheck, adjustments: readonly AdjustmentResult[]): DoseFinding[] {
  const found: DoseFinding[] = [];
  if (r.adjustedMaxMg !== undefined && r.dailyMg > r.adjustedMaxMg) {
    found.push({
      kind: 'patient-limit',
      text: `above this patient's maximum of ${fmt(r.adjustedMaxMg)} mg/day`,
      note: NOTE.aboveAdjustedMax(r),
    });
  } else if (r.adjustedMaxBelowMg !== undefined && r.dailyMg >= r.adjustedMaxBelowMg) {
    found.push({
      kind: 'patient-limit',
      text: `above this patient's maximum, which is lower than ${fmt(r.adjustedMaxBelowMg)} mg/day`,
      note: NOTE.aboveAdjustedBelow(r),
    });
  }
  for (const a of adjustments) {
    const over = rowBreaches(r.doseMg, r.timesPerDay, a);
    if (over.tooOften) {
      found.push({
        kind: 'patient-limit',
        text: `too often for this patient: the label gives ${limitText(a)}`,
        note: NOTE.tooOften(r, a),
      });
    }
    if (over.perDose) {
      found.push({
        kind: 'patient-limit',
        text: `too much a dose for this patient: the label gives ${limitText(a)}`,
        note: NOTE.tooMuchPerDose(r, a),
      });
    }
  }
  if (found.length) return found;
  return adjustments.flatMap((a): DoseFinding[] => {
    if (a.action !== 'reduce' && a.maxBelowDailyMg === undefined) return [];
    if (a.maxBelowDailyMg !== undefined) {
      const text = `within the label maximum; this patient's maximum is lower than ${fmt(a.maxBelowDailyMg)} mg/day`;
      return [{ kind: 'patient-tier', text }];
    }
    const onlyCap = a.maxDailyMg !== undefined && !a.dailyMg && mostDosesADay(a) === undefined && !a.perDoseMg;
    if (onlyCap && r.dailyMg === a.maxDailyMg)
      return [
        {
          kind: 'patient-tier',
          text: `at this patient's maximum of ${fmt(a.maxDailyMg!)} mg/day`,
          note: NOTE.atAdjustedMax(r),
        },
      ];
    if (onlyCap)
      return [{ kind: 'patient-tier', text: `within this patient's maximum of ${fmt(a.maxDailyMg!)} mg/day` }];
    const below = a.dailyMg !== undefined && r.dailyMg < a.dailyMg.min;
    return [
      { kind: 'patient-tier', text: `${below ? 'below' : 'within'} this patient's label dose (${limitText(a)})` },
    ];
  });
}

/** The guideline's own regimen: a dose per administration and a number a day both inside its ranges. */
function guidelineRegimen(r: DoseCheck): boolean {
  const g = r.guideline;
  if (!g) return false;
  const inside = (n: number, x: { min: number; max: number }) => n >= x.min && n <= x.max;
  return inside(r.doseMg, g.perDoseMg) && inside(r.timesPerDay, g.timesPerDay);
}

function guidelineFinding(r: DoseCheck, range: GuidelineDailyRange | undefined, d: DosedDrug): DoseFinding | undefined {
  if (!range) {
    if (r.labelMaxMg === undefined) return undefined;
    const at = r.dailyMg === r.labelMaxMg;
    const text = `${at ? 'at' : 'within'} the label maximum of ${fmt(r.labelMaxMg)} mg/day${at ? scoped(d.label.maxScope) : ''}`;
    return { kind: 'within-label', text, ...(at ? { note: NOTE.atLabelMax(r, d.label) } : {}) };
  }
  if (guidelineAboveAdjustedMax(r, range)) return undefined;
  switch (r.verdict) {
    case 'below-guideline':
      return {
        kind: 'below-guideline',
        text: `below the guideline dose of ${fmt(range.min)} mg/day`,
        note: NOTE.belowGuideline(r, range),
      };
    case 'above-guideline':
      return {
        kind: 'above-guideline',
        text: `above the guideline range of ${fmt(range.min)}-${fmt(range.max)} mg/day`,
        note: NOTE.aboveGuideline(r, range),
      };
    case 'adequate':
      if (guidelineRegimen(r)) return { kind: 'guideline-dose', text: 'adequate (guideline dose)' };
      return range.meaning === 'minimum'
        ? { kind: 'guideline-dose', text: `adequate (at least the guideline's ${fmt(range.min)} mg/day)` }
        : {
            kind: 'guideline-dose',
            text: `within the guideline's daily range of ${fmt(range.min)}-${fmt(range.max)} mg/day`,
          };
    default:
      return undefined;
  }
}

/** Every finding of a checked dose, strictest first. */
export function findingsOf(
  r: DoseCheck,
  d: DosedDrug,
  range: GuidelineDailyRange | undefined,
  adjustments: readonly AdjustmentResult[],
): DoseFinding[] {
  const label = d.label;
  const found: DoseFinding[] = [];
  const stop = r.notForPatient;
  if (stop) {
    found.push({
      kind: 'not-for-patient',
      text: `not for this patient (${stop.text.replace(/\.$/, '')})`,
      note: `Not for this patient: ${stop.text}`,
    });
  }
  if (r.labelMaxMg !== undefined && r.dailyMg > r.labelMaxMg) {
    found.push({
      kind: 'above-label-max',
      text: `above the label maximum of ${fmt(r.labelMaxMg)} mg/day`,
      note: NOTE.aboveLabelMax(r, label),
    });
  }
  if (label.maxSingleDoseMg !== undefined && aboveSingleDose(r, label)) {
    found.push({
      kind: 'above-dose-ceiling',
      text: `${fmt(r.doseMg)} mg a dose is above the label's single-dose maximum of ${fmt(label.maxSingleDoseMg)} mg`,
      note: NOTE.aboveSingleDose(r, label.maxSingleDoseMg),
    });
  }
  found.push(...patientFindings(r, adjustments));
  const g = guidelineFinding(r, range, d);
  if (g) found.push(g);
  return found.sort((a, b) => FINDING_ORDER.indexOf(a.kind) - FINDING_ORDER.indexOf(b.kind));
}

/**
 * What to add after a headline that breaches nothing: at the label maximum (with what it belongs to), above a usual
 * maximum or a dose with no added benefit (with their indications).
 */
export function qualifiersOf(r: DoseCheck, d: DosedDrug): HeadlinePart[] {
  const l = d.label;
  const parts: HeadlinePart[] = [];
  if (l.maxDailyMg !== undefined && r.dailyMg === l.maxDailyMg) {
    parts.push({
      text: `at the label maximum of ${fmt(l.maxDailyMg)} mg/day${scoped(l.maxScope)}`,
      note: NOTE.atLabelMax(r, l),
    });
  }
  if (r.adjustedMaxMg !== undefined && r.dailyMg === r.adjustedMaxMg) {
    parts.push({ text: `at this patient's maximum of ${fmt(r.adjustedMaxMg)} mg/day`, note: NOTE.atAdjustedMax(r) });
  }
  if (l.usualMaxDailyMg !== undefined && r.dailyMg > l.usualMaxDailyMg) {
    const scope = l.usualMaxScope ? ` ${l.usualMaxScope}` : '';
    parts.push({ text: `above the usual label maximum of ${fmt(l.usualMaxDailyMg)} mg/day${scope}` });
  }
  if (l.noAddedBenefitAboveDailyMg !== undefined && r.dailyMg > l.noAddedBenefitAboveDailyMg) {
    const scope = l.noAddedBenefitScope ? ` ${l.noAddedBenefitScope}` : '';
    parts.push({ text: `no added benefit above ${fmt(l.noAddedBenefitAboveDailyMg)} mg/day${scope}` });
  }
  return parts;
}

/**
 * The headline parts of a dose check: its strictest finding; after this patient's tier, the guideline finding too;
 * after a finding that breaches nothing, the qualifiers (a qualifier the finding already says is left out).
 */
export function headlineParts(r: DoseCheck): HeadlinePart[] {
  const [first, ...rest] = r.findings;
  if (!first) return [];
  const parts: HeadlinePart[] = [first];
  if (BREACH_KINDS.includes(first.kind)) return parts;
  if (first.kind === 'patient-tier') {
    const g = rest.find((f) => f.kind !== 'patient-tier' && f.kind !== 'within-label');
    if (g) parts.push(g);
  }
  const said = parts.map((p) => p.text).join('; ');
  return [...parts, ...r.qualifiers.filter((q) => !said.includes(q.text))];
}

export function doseHeadline(r: DoseCheck): string {
  return headlineParts(r)
    .map((p) => p.text)
    .join('; ');
}
