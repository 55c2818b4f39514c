import {
  ageAdjustment,
  conditionAdjustments,
  dialysisAdjustment,
  liverAdjustment,
  liverRuleApplies,
  renalAdjustment,
  type AdjustmentResult,
} from './dose-adjustments.js';
import { findingsOf, qualifiersOf } from './dose-check-findings.js';
import {
  aboveSingleDose,
  guidelineAboveAdjustedMax,
  labelNotes,
  scheduleNotes,
  verdictNotes,
} from './dose-check-notes.js';
import type { DoseCheck, DoseVerdict, PatientContext } from './dose-check-types.js';
import type { DosedDrug, DosedDrugId, Range } from './dosing-schema.js';
import { dosingFor, guidelineDailyRange, type GuidelineDailyRange } from './dosing.js';

const ABSURD_FACTOR = 10;

export { doseHeadline, headlineParts } from './dose-check-findings.js';

export function checkDose(
  drug: DosedDrugId,
  doseMg: number,
  timesPerDay: number,
  patient: PatientContext = {},
): DoseCheck {
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
      ? {
          guideline: {
            ...range,
            perDoseMg: d.guideline.perDoseMg,
            timesPerDay: d.guideline.timesPerDay,
            frequencyText: d.guideline.frequencyText,
          },
        }
      : {}),
    ...(d.label.maxDailyMg ? { labelMaxMg: d.label.maxDailyMg } : {}),
    notes: [],
    findings: [],
    qualifiers: [],
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
  if (stop)
    result.notForPatient = {
      text: stop.text,
      ...(stop.source ? { source: stop.source } : {}),
      ...(stop.knowledgeId ? { knowledgeId: stop.knowledgeId } : {}),
    };

  result.verdict = verdictOf(result, range, d);
  result.notes.unshift(
    ...(stop ? [`Not for this patient: ${stop.text}`] : []),
    ...verdictNotes(result, range, d.label),
    ...scheduleNotes(result, adjustments),
    ...labelNotes(d, doseMg, dailyMg, stop !== undefined),
  );
  result.findings = findingsOf(result, d, range, adjustments);
  result.qualifiers = qualifiersOf(result, d);
  result.knowledgeIds.push(...d.looserThanLabel);
  result.knowledgeIds = [...new Set(result.knowledgeIds)];
  return result;
}

function absurdReason(
  d: DosedDrug,
  range: Range | undefined,
  doseMg: number,
  timesPerDay: number,
  dailyMg: number,
): string | undefined {
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

/** Renal, age, liver (cirrhosis is liver disease too), named conditions, then haemodialysis: the order of the notes. */
function applicableAdjustments(drug: DosedDrugId, patient: PatientContext): AdjustmentResult[] {
  const all = [
    patient.crcl !== undefined ? renalAdjustment(drug, patient.crcl) : undefined,
    patient.age !== undefined ? ageAdjustment(drug, patient.age) : undefined,
    liverRuleApplies(drug, patient) ? liverAdjustment(drug) : undefined,
    ...conditionAdjustments(drug, patient),
    patient.haemodialysis ? dialysisAdjustment(drug) : undefined,
  ];
  return all.filter(
    (a): a is AdjustmentResult => a !== undefined && a.action !== 'none-listed' && a.action !== 'no-change',
  );
}

function capOf(a: AdjustmentResult): number | undefined {
  if (a.maxDailyMg !== undefined) return a.maxDailyMg;
  if (a.dailyMg) return a.dailyMg.max;
  if (a.perDoseMg !== undefined && a.intervalHours !== undefined) return (a.perDoseMg * 24) / a.intervalHours;
  return undefined;
}

function verdictOf(r: DoseCheck, range: GuidelineDailyRange | undefined, d: DosedDrug): DoseVerdict {
  if (r.labelMaxMg !== undefined && r.dailyMg > r.labelMaxMg) return 'above-label-max';
  if (aboveSingleDose(r, d.label)) return 'above-label-max';
  if (r.adjustedMaxMg !== undefined && r.dailyMg > r.adjustedMaxMg) return 'above-label-max';
  if (r.adjustedMaxBelowMg !== undefined && r.dailyMg >= r.adjustedMaxBelowMg) return 'above-label-max';
  if (!range || guidelineAboveAdjustedMax(r, range)) return 'within-label';
  if (r.dailyMg < range.min) return 'below-guideline';
  if (range.meaning === 'range' && r.dailyMg > range.max) return 'above-guideline';
  return 'adequate';
}
