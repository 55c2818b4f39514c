import type { AdjustmentResult } from './dose-adjustments.js';
import type { DoseCheck } from './dose-check-types.js';
import type { DosedDrug, Range } from './dosing-schema.js';
import type { GuidelineDailyRange } from './dosing.js';

// The sentences of a dose check (checkDose): verdict numbers, schedule against the guideline or the patient's
// adjustment, label notes.

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

export function verdictNotes(r: DoseCheck, range: GuidelineDailyRange | undefined): string[] {
  const notes: string[] = [];
  if (r.verdict === 'above-label-max' && !overFigure(r)) {
    notes.push(
      `${r.dailyMg} mg/day is above the adjusted maximum for this patient, which is lower than ${r.adjustedMaxBelowMg} mg/day.`,
    );
  } else if (r.verdict === 'above-label-max') {
    const max = r.labelMaxMg !== undefined && r.dailyMg > r.labelMaxMg ? r.labelMaxMg : r.adjustedMaxMg;
    const which = max === r.labelMaxMg ? 'the label maximum' : 'the adjusted maximum for this patient';
    notes.push(`${r.dailyMg} mg/day is above ${which} of ${max} mg/day.`);
  } else if (r.adjustedMaxMg !== undefined && r.dailyMg === r.adjustedMaxMg) {
    notes.push(`${r.dailyMg} mg/day is the adjusted maximum for this patient.`);
  } else if (r.labelMaxMg !== undefined && r.dailyMg === r.labelMaxMg) {
    notes.push(`${r.dailyMg} mg/day is the label maximum.`);
  }
  if (range && guidelineAboveAdjustedMax(r, range)) {
    notes.push(
      `The guideline dose (${range.min}-${range.max} mg/day) is above this patient's adjusted maximum of ${r.adjustedMaxMg} mg/day.`,
    );
  } else if (r.verdict === 'below-guideline' && range) {
    notes.push(`${r.dailyMg} mg/day is below the guideline dose of ${range.min} mg/day.`);
  } else if (r.verdict === 'above-guideline' && range) {
    notes.push(`${r.dailyMg} mg/day is above the guideline range of ${range.min}-${range.max} mg/day.`);
  }
  return notes;
}

/**
 * How often and how much per dose: against the patient's adjustment when it sets a schedule (tramadol every 12 h
 * with CrCl < 30 or in cirrhosis, gabapentin doses a day by CrCl), otherwise against the guideline's schedule.
 */
export function scheduleNotes(r: DoseCheck, adjustments: readonly AdjustmentResult[]): string[] {
  const scheduled = adjustments.filter(
    (a) => a.intervalHours !== undefined || a.timesPerDay !== undefined || a.perDoseMg !== undefined,
  );
  if (scheduled.length > 0) {
    return scheduled.flatMap((a) => {
      const notes: string[] = [];
      const most = a.intervalHours !== undefined ? 24 / a.intervalHours : a.timesPerDay;
      if (most !== undefined && r.timesPerDay > most) {
        notes.push(`${r.timesPerDay} doses a day: for this patient the label gives it ${scheduleText(a)}.`);
      }
      if (a.perDoseMg !== undefined && r.doseMg > a.perDoseMg) {
        notes.push(`${r.doseMg} mg per dose: for this patient the label gives ${a.perDoseMg} mg per dose.`);
      }
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

function scheduleText(a: AdjustmentResult): string {
  if (a.intervalHours !== undefined) return `every ${a.intervalHours} hours`;
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

function rangeText(r: Range): string {
  return r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`;
}
