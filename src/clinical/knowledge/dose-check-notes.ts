import type { AdjustmentResult } from './dose-adjustments.js';
import type { DoseCheck } from './dose-check-types.js';
import type { DosedDrug, LabelLimits, Range } from './dosing-schema.js';
import type { GuidelineDailyRange } from './dosing.js';

// The sentences of a dose check (checkDose): verdict numbers, schedule against the guideline or the patient's
// adjustment, label notes. The headline wording (dose-check-findings.ts) points at these sentences, never repeats
// them differently.

/** " (studied for depression and anxiety only)": what a label maximum belongs to, when the reference says. */
export const scoped = (scope: string | undefined): string => (scope ? ` (${scope})` : '');

export const NOTE = {
  aboveLabelMax: (r: DoseCheck, label: LabelLimits) =>
    `${r.dailyMg} mg/day is above the label maximum of ${label.maxDailyMg} mg/day${scoped(label.maxScope)}.`,
  atLabelMax: (r: DoseCheck, label: LabelLimits) =>
    `${r.dailyMg} mg/day is the label maximum${scoped(label.maxScope)}.`,
  aboveAdjustedMax: (r: DoseCheck) =>
    `${r.dailyMg} mg/day is above the adjusted maximum for this patient of ${r.adjustedMaxMg} mg/day.`,
  atAdjustedMax: (r: DoseCheck) => `${r.dailyMg} mg/day is the adjusted maximum for this patient.`,
  aboveAdjustedBelow: (r: DoseCheck) =>
    `${r.dailyMg} mg/day is above the adjusted maximum for this patient, which is lower than ${r.adjustedMaxBelowMg} mg/day.`,
  aboveSingleDose: (r: DoseCheck, ceiling: number) =>
    `${r.doseMg} mg a dose is above the label's single-dose maximum of ${ceiling} mg.`,
  belowGuideline: (r: DoseCheck, range: GuidelineDailyRange) =>
    `${r.dailyMg} mg/day is below the guideline dose of ${range.min} mg/day.`,
  aboveGuideline: (r: DoseCheck, range: GuidelineDailyRange) =>
    `${r.dailyMg} mg/day is above the guideline range of ${range.min}-${range.max} mg/day.`,
  // A daily cap that is not a whole number of doses (2.5) is up to the next whole dose: never a fractional count.
  tooOften: (r: DoseCheck, a: AdjustmentResult) =>
    `${Number.isInteger(r.timesPerDay) ? r.timesPerDay : `Up to ${Math.ceil(r.timesPerDay)}`} doses a day: for this patient the label gives it ${scheduleText(a)}.`,
  tooMuchPerDose: (r: DoseCheck, a: AdjustmentResult) =>
    `${r.doseMg} mg per dose: for this patient the label gives ${a.perDoseMg} mg per dose.`,
};

/** Above a maximum with a figure (label or adjusted), as opposed to only "lower than" a figure. */
function overFigure(r: DoseCheck): boolean {
  return (
    (r.labelMaxMg !== undefined && r.dailyMg > r.labelMaxMg) ||
    (r.adjustedMaxMg !== undefined && r.dailyMg > r.adjustedMaxMg)
  );
}

/** The patient's label-adjusted maximum leaves no room for the guideline's lowest dose: the guideline range cannot apply. */
export function guidelineAboveAdjustedMax(r: DoseCheck, range: GuidelineDailyRange): boolean {
  return r.adjustedMaxMg !== undefined && r.adjustedMaxMg < range.min;
}

/** True when one dose is above the label's single-dose ceiling (ibuprofen 800 mg). */
export function aboveSingleDose(r: DoseCheck, label: LabelLimits): boolean {
  return label.maxSingleDoseMg !== undefined && r.doseMg > label.maxSingleDoseMg;
}

export function verdictNotes(r: DoseCheck, range: GuidelineDailyRange | undefined, label: LabelLimits): string[] {
  const notes: string[] = [];
  const overLabel = r.labelMaxMg !== undefined && r.dailyMg > r.labelMaxMg;
  if (r.verdict === 'above-label-max' && overLabel) notes.push(NOTE.aboveLabelMax(r, label));
  else if (r.verdict === 'above-label-max' && r.adjustedMaxMg !== undefined && r.dailyMg > r.adjustedMaxMg)
    notes.push(NOTE.aboveAdjustedMax(r));
  else if (r.verdict === 'above-label-max' && !overFigure(r) && r.adjustedMaxBelowMg !== undefined)
    notes.push(NOTE.aboveAdjustedBelow(r));
  else if (r.adjustedMaxMg !== undefined && r.dailyMg === r.adjustedMaxMg) notes.push(NOTE.atAdjustedMax(r));
  else if (r.labelMaxMg !== undefined && r.dailyMg === r.labelMaxMg) notes.push(NOTE.atLabelMax(r, label));
  if (label.maxSingleDoseMg !== undefined && aboveSingleDose(r, label))
    notes.push(NOTE.aboveSingleDose(r, label.maxSingleDoseMg));
  if (range && guidelineAboveAdjustedMax(r, range)) {
    notes.push(
      `The guideline dose (${range.min}-${range.max} mg/day) is above this patient's adjusted maximum of ${r.adjustedMaxMg} mg/day.`,
    );
  } else if (r.verdict === 'below-guideline' && range) {
    notes.push(NOTE.belowGuideline(r, range));
  } else if (r.verdict === 'above-guideline' && range) {
    notes.push(NOTE.aboveGuideline(r, range));
  }
  return notes;
}

/** The most doses a day an adjustment allows (every 12 h = 2), if it sets any. */
export function mostDosesADay(a: AdjustmentResult): number | undefined {
  return a.intervalHours !== undefined ? 24 / a.intervalHours : a.timesPerDay;
}

/**
 * How often and how much per dose: against the patient's adjustment when it sets a schedule (tramadol every 12 h
 * with CrCl < 30 or in cirrhosis, gabapentin and pregabalin doses a day by CrCl), otherwise against the guideline's.
 */
export function scheduleNotes(r: DoseCheck, adjustments: readonly AdjustmentResult[]): string[] {
  const scheduled = adjustments.filter(
    (a) => a.intervalHours !== undefined || a.timesPerDay !== undefined || a.perDoseMg !== undefined,
  );
  if (scheduled.length > 0) {
    return scheduled.flatMap((a) => {
      const notes: string[] = [];
      const most = mostDosesADay(a);
      if (most !== undefined && r.timesPerDay > most) notes.push(NOTE.tooOften(r, a));
      if (a.perDoseMg !== undefined && r.doseMg > a.perDoseMg) notes.push(NOTE.tooMuchPerDose(r, a));
      return notes;
    });
  }
  const g = r.guideline;
  if (g && guidelineAboveAdjustedMax(r, g)) return [];
  if (g && (r.timesPerDay < g.timesPerDay.min || r.timesPerDay > g.timesPerDay.max))
    return [`The guideline gives it ${g.frequencyText}.`];
  if (g && (r.doseMg < g.perDoseMg.min || r.doseMg > g.perDoseMg.max))
    return [`The guideline dose is ${rangeText(g.perDoseMg)} mg ${g.frequencyText}.`];
  return [];
}

/** "every 12 hours", "once daily", "in 2 doses a day", "in 1-2 doses a day". */
export function scheduleText(a: AdjustmentResult): string {
  if (a.intervalHours !== undefined) return `every ${a.intervalHours} hours`;
  if (a.minTimesPerDay !== undefined && a.minTimesPerDay !== a.timesPerDay)
    return `in ${a.minTimesPerDay}-${a.timesPerDay} doses a day`;
  return a.timesPerDay === 1 ? 'once daily' : `in ${a.timesPerDay} doses a day`;
}

/** No titration advice for a drug the label says to avoid for this patient. */
export function labelNotes(d: DosedDrug, doseMg: number, dailyMg: number, notForPatient: boolean): string[] {
  const l = d.label;
  const t = d.guideline?.titration;
  const above = (limit: number | undefined) => limit !== undefined && dailyMg > limit;
  const notes: string[] = [];
  if (t && !notForPatient && dailyMg < t.targetDailyMg) notes.push(`Titrate to ${t.targetDailyMg} mg daily.`);
  if (above(l.noAddedBenefitAboveDailyMg) || above(l.usualMaxDailyMg) || (l.perDoseMg && doseMg > l.perDoseMg.max)) {
    notes.push(...l.notes);
  }
  return notes;
}

export function rangeText(r: Range): string {
  return r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`;
}
