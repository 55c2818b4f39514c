import { ageAdjustment, liverAdjustment, renalAdjustment, type AdjustmentResult } from './dose-adjustments.js';
import type { DosedDrug, DosedDrugId, Range } from './dosing-schema.js';
import { dosingFor, guidelineDailyRange, type GuidelineDailyRange } from './dosing.js';

/**
 * 'within-label': within the label maximum where the guideline dose cannot be the yardstick: the guideline gives no
 * dose (acetaminophen, adjunct only), or this patient's label-adjusted maximum is below the guideline's lowest dose
 * (e.g. tramadol in cirrhosis, gabapentin with CrCl < 30); the guideline dose is still named in the notes.
 * 'absurd': clearly impossible (over 10x the maximum, or a tenth of the smallest dose: a unit slip).
 */
export type DoseVerdict = 'below-guideline' | 'adequate' | 'above-guideline' | 'above-label-max' | 'absurd' | 'within-label';

/** Optional facts about the patient that tighten the label maximum (clinical-reference.md section 2). */
export interface PatientContext {
  age?: number;
  crcl?: number;
  /** Cirrhosis, chronic liver disease or regular alcohol use, as the label words it for the drug. */
  liverDisease?: boolean;
}

export interface DoseCheck {
  drug: DosedDrugId;
  doseMg: number;
  timesPerDay: number;
  dailyMg: number;
  verdict: DoseVerdict;
  guideline?: GuidelineDailyRange & { perDoseMg: Range; timesPerDay: Range; frequencyText: string };
  labelMaxMg?: number;
  /** The lowest maximum after renal, age and liver adjustments, when one applies. */
  adjustedMaxMg?: number;
  /** The patient's maximum is lower than this figure, which the source does not give (acetaminophen, liver). */
  adjustedMaxBelowMg?: number;
  notes: string[];
  /** Knowledge entries to show beside the answer: the guideline entry first, then label and adjustment notes. */
  knowledgeIds: string[];
  /**
   * Set when the patient's renal or liver facts make the label say "avoid" or "not recommended" (duloxetine or an
   * NSAID with CrCl < 30, duloxetine in liver disease): whatever the verdict on the amount, not for this patient.
   */
  notForPatient?: { text: string; source?: string; knowledgeId?: string };
}

const ABSURD_FACTOR = 10;

export function checkDose(drug: DosedDrugId, doseMg: number, timesPerDay: number, patient: PatientContext = {}): DoseCheck {
  const d = dosingFor(drug);
  const range = guidelineDailyRange(drug);
  const dailyMg = doseMg * timesPerDay;
  const result: DoseCheck = {
    drug,
    doseMg,
    timesPerDay,
    dailyMg,
    verdict: 'adequate',
    ...(range && d.guideline
      ? { guideline: { ...range, perDoseMg: d.guideline.perDoseMg, timesPerDay: d.guideline.timesPerDay, frequencyText: d.guideline.frequencyText } }
      : {}),
    ...(d.label.maxDailyMg ? { labelMaxMg: d.label.maxDailyMg } : {}),
    notes: [],
    knowledgeIds: [...(range ? [range.knowledgeId] : d.pathwaySteps), d.label.knowledgeId, ...d.safetyNotes],
  };
  const absurd = absurdReason(d, range, doseMg, timesPerDay, dailyMg);
  if (absurd) return { ...result, verdict: 'absurd', notes: [absurd] };

  const adjustments = applicableAdjustments(drug, patient);
  const stop = adjustments.find((a) => a.action === 'avoid' || a.action === 'not-recommended');
  for (const a of adjustments) {
    if (a !== stop) result.notes.push(a.text);
    if (a.knowledgeId) result.knowledgeIds.push(a.knowledgeId);
  }
  const caps = adjustments.map(capOf).filter((c): c is number => c !== undefined);
  if (caps.length > 0) result.adjustedMaxMg = Math.min(...caps);
  const below = adjustments.flatMap((a) => (a.maxBelowDailyMg !== undefined ? [a.maxBelowDailyMg] : []));
  if (below.length > 0) result.adjustedMaxBelowMg = Math.min(...below);
  if (stop) result.notForPatient = { text: stop.text, ...(stop.source ? { source: stop.source } : {}), ...(stop.knowledgeId ? { knowledgeId: stop.knowledgeId } : {}) };

  result.verdict = verdictOf(result, range);
  result.notes.unshift(
    ...(stop ? [`Not for this patient: ${stop.text}`] : []),
    ...verdictNotes(result, range),
    ...scheduleNotes(result, adjustments),
    ...labelNotes(d, doseMg, dailyMg, stop !== undefined),
  );
  result.knowledgeIds.push(...d.looserThanLabel);
  result.knowledgeIds = [...new Set(result.knowledgeIds)];
  return result;
}

function absurdReason(d: DosedDrug, range: Range | undefined, doseMg: number, timesPerDay: number, dailyMg: number): string | undefined {
  if (!Number.isFinite(dailyMg) || doseMg <= 0 || timesPerDay <= 0 || timesPerDay > 24) {
    return 'The dose or frequency is not a possible value: check what was entered.';
  }
  const ceiling = d.label.maxDailyMg ?? range?.max;
  if (ceiling !== undefined && dailyMg > ABSURD_FACTOR * ceiling) {
    return `${dailyMg} mg/day is more than ${ABSURD_FACTOR} times the maximum of ${ceiling} mg/day: check the dose and unit (g or mg).`;
  }
  const smallest = d.guideline?.perDoseMg.min ?? d.label.perDoseMg?.min;
  if (smallest !== undefined && doseMg * ABSURD_FACTOR < smallest) {
    return `${doseMg} mg per dose is far below any ${d.drug} dose on file: check the unit (g or mg).`;
  }
  return undefined;
}

function applicableAdjustments(drug: DosedDrugId, patient: PatientContext): AdjustmentResult[] {
  const all = [
    patient.crcl !== undefined ? renalAdjustment(drug, patient.crcl) : undefined,
    patient.age !== undefined ? ageAdjustment(drug, patient.age) : undefined,
    patient.liverDisease ? liverAdjustment(drug) : undefined,
  ];
  return all.filter((a): a is AdjustmentResult => a !== undefined && a.action !== 'none-listed' && a.action !== 'no-change');
}

function capOf(a: AdjustmentResult): number | undefined {
  if (a.maxDailyMg !== undefined) return a.maxDailyMg;
  if (a.dailyMg) return a.dailyMg.max;
  if (a.perDoseMg !== undefined && a.intervalHours !== undefined) return (a.perDoseMg * 24) / a.intervalHours;
  return undefined;
}

function verdictOf(r: DoseCheck, range: GuidelineDailyRange | undefined): DoseVerdict {
  if (r.labelMaxMg !== undefined && r.dailyMg > r.labelMaxMg) return 'above-label-max';
  if (r.adjustedMaxMg !== undefined && r.dailyMg > r.adjustedMaxMg) return 'above-label-max';
  if (r.adjustedMaxBelowMg !== undefined && r.dailyMg >= r.adjustedMaxBelowMg) return 'above-label-max';
  if (!range || guidelineAboveAdjustedMax(r, range)) return 'within-label';
  if (r.dailyMg < range.min) return 'below-guideline';
  if (range.meaning === 'range' && r.dailyMg > range.max) return 'above-guideline';
  return 'adequate';
}

/** Above a maximum with a figure (label or adjusted), as opposed to only "lower than" a figure. */
function overFigure(r: DoseCheck): boolean {
  return (r.labelMaxMg !== undefined && r.dailyMg > r.labelMaxMg) || (r.adjustedMaxMg !== undefined && r.dailyMg > r.adjustedMaxMg);
}

/** The patient's label-adjusted maximum leaves no room for the guideline's lowest dose: the guideline range cannot apply. */
function guidelineAboveAdjustedMax(r: DoseCheck, range: GuidelineDailyRange): boolean {
  return r.adjustedMaxMg !== undefined && r.adjustedMaxMg < range.min;
}

function verdictNotes(r: DoseCheck, range: GuidelineDailyRange | undefined): string[] {
  const notes: string[] = [];
  if (r.verdict === 'above-label-max' && !overFigure(r)) {
    notes.push(`${r.dailyMg} mg/day is above the adjusted maximum for this patient, which is lower than ${r.adjustedMaxBelowMg} mg/day.`);
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
    notes.push(`The guideline dose (${range.min}-${range.max} mg/day) is above this patient's adjusted maximum of ${r.adjustedMaxMg} mg/day.`);
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
function scheduleNotes(r: DoseCheck, adjustments: readonly AdjustmentResult[]): string[] {
  const scheduled = adjustments.filter((a) => a.intervalHours !== undefined || a.timesPerDay !== undefined || a.perDoseMg !== undefined);
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
  if (g && (r.timesPerDay < g.timesPerDay.min || r.timesPerDay > g.timesPerDay.max)) return [`The guideline gives it ${g.frequencyText}.`];
  if (g && (r.doseMg < g.perDoseMg.min || r.doseMg > g.perDoseMg.max)) return [`The guideline dose is ${rangeText(g.perDoseMg)} mg ${g.frequencyText}.`];
  return [];
}

function scheduleText(a: AdjustmentResult): string {
  if (a.intervalHours !== undefined) return `every ${a.intervalHours} hours`;
  return a.timesPerDay === 1 ? 'once daily' : `in ${a.timesPerDay} doses a day`;
}

/** No titration advice for a drug the label says to avoid for this patient. */
function labelNotes(d: DosedDrug, doseMg: number, dailyMg: number, notForPatient: boolean): string[] {
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
