import { z } from 'zod';
import { citationSchema } from './entry-schema.js';

/**
 * Structured dosing per drug: NUMBERS, each block naming where it comes from. Guideline doses carry the
 * guideline's citations; label limits and adjustments carry their named source (clinical-reference.md section 2).
 */
export const dosedDrugIdSchema = z.enum([
  'duloxetine',
  'naproxen',
  'ibuprofen',
  'tramadol',
  'gabapentin',
  'pregabalin',
  'acetaminophen',
]);
export type DosedDrugId = z.infer<typeof dosedDrugIdSchema>;

export const avoidDrugIdSchema = z.enum(['benzodiazepine', 'systemic-corticosteroid']);
export type AvoidDrugId = z.infer<typeof avoidDrugIdSchema>;

export const rangeSchema = z
  .strictObject({ min: z.number().positive(), max: z.number().positive() })
  .refine((r) => r.min <= r.max, 'min above max');
export type Range = z.infer<typeof rangeSchema>;

const knowledgeRef = z.string().min(3);

export const guidelineDoseSchema = z.strictObject({
  knowledgeId: knowledgeRef,
  cites: z.array(citationSchema).min(1),
  perDoseMg: rangeSchema,
  /** Administrations per day; every 6-8 hours = 3-4. */
  timesPerDay: rangeSchema,
  frequencyText: z.string(),
  /**
   * 'range': stay within the guideline's daily range. 'minimum': the guideline names an adequate dose that must be
   * reached before declaring failure (NSAIDs); more is allowed up to the label maximum.
   */
  meaning: z.enum(['range', 'minimum']),
  titration: z.strictObject({ startDailyMg: z.number().positive(), targetDailyMg: z.number().positive() }).optional(),
});
export type GuidelineDose = z.infer<typeof guidelineDoseSchema>;

export const labelLimitsSchema = z.strictObject({
  knowledgeId: knowledgeRef,
  source: z.string().min(3),
  maxDailyMg: z.number().positive().optional(),
  /** What the maximum belongs to, as the reference words it ("studied for depression and anxiety only"). */
  maxScope: z.string().min(3).optional(),
  startDailyMg: z.number().positive().optional(),
  /** The usual maximum when the absolute maximum applies only to some indications (pregabalin). */
  usualMaxDailyMg: z.number().positive().optional(),
  /** The indication of the usual maximum ("for diabetic neuropathic pain"). */
  usualMaxScope: z.string().min(3).optional(),
  /** No added benefit shown above this dose (duloxetine 60 mg for pain; gabapentin 1,800 mg neuropathic target). */
  noAddedBenefitAboveDailyMg: z.number().positive().optional(),
  /** The indication of that statement ("for chronic musculoskeletal pain"). */
  noAddedBenefitScope: z.string().min(3).optional(),
  perDoseMg: rangeSchema.optional(),
  /** No single dose above this (ibuprofen: "no single dose above 800 mg"). */
  maxSingleDoseMg: z.number().positive().optional(),
  notes: z.array(z.string()).default([]),
});
export type LabelLimits = z.infer<typeof labelLimitsSchema>;

/**
 * 'caution': ask before calling the drug appropriate (a case confirms it first). 'note': a safety note said beside
 * the dose that asks nothing and changes nothing (duloxetine: hyponatraemia risk in older adults).
 */
export const adjustmentActionSchema = z.enum(['no-change', 'reduce', 'avoid', 'not-recommended', 'caution', 'note']);
export type AdjustmentAction = z.infer<typeof adjustmentActionSchema>;

const adjustmentFields = {
  action: adjustmentActionSchema,
  dailyMg: rangeSchema.optional(),
  maxDailyMg: z.number().positive().optional(),
  /** The maximum is lower than this, with no figure given (acetaminophen with liver disease: "lower" than 4,000). */
  maxBelowDailyMg: z.number().positive().optional(),
  perDoseMg: z.number().positive().optional(),
  /** The most doses a day; with minTimesPerDay, a range ("in 2-3 doses"). */
  timesPerDay: z.number().positive().optional(),
  minTimesPerDay: z.number().positive().optional(),
  intervalHours: z.number().positive().optional(),
  text: z.string().min(5),
  source: z.string().min(3),
  knowledgeId: knowledgeRef,
};

/**
 * A renal tier applies when crclMin <= CrCl < crclBelow, or CrCl <= crclMax (inclusive) where the label's own tiers
 * share a boundary (pregabalin "30-60", "15-30"). Tiers are tried in order: list the stricter tier first so a
 * shared boundary value gets the stricter dose.
 */
export const renalTierSchema = z.strictObject({
  crclMin: z.number().min(0).optional(),
  crclBelow: z.number().positive().optional(),
  crclMax: z.number().positive().optional(),
  /** Said when CrCl is exactly crclMax, an edge two label rows share (pregabalin: the lower row is used). */
  edgeText: z.string().min(5).optional(),
  /** Said on the line that applies the tier when the cut-off is the project's reading, not a label number. */
  reading: z.string().min(5).optional(),
  ...adjustmentFields,
});
export type RenalTier = z.infer<typeof renalTierSchema>;

/** Applies when age > olderThan. */
export const ageRuleSchema = z.strictObject({ olderThan: z.number().int().positive(), ...adjustmentFields });
export type AgeRule = z.infer<typeof ageRuleSchema>;

export const liverRuleSchema = z.strictObject({ condition: z.string(), ...adjustmentFields });
export type LiverRule = z.infer<typeof liverRuleSchema>;

/**
 * A condition the reference names for a drug or class (NSAIDs: cirrhosis, heart failure, around CABG; duloxetine:
 * uncontrolled narrow-angle glaucoma).
 */
export const patientConditionSchema = z.enum(['cirrhosis', 'heart-failure', 'narrow-angle-glaucoma', 'recent-cabg']);
export type PatientCondition = z.infer<typeof patientConditionSchema>;
export const conditionRuleSchema = z.strictObject({
  condition: patientConditionSchema,
  /** The condition as a list of what rules the drug out names it ("around CABG", "uncontrolled narrow-angle glaucoma"). */
  named: z.string().min(3),
  ...adjustmentFields,
});
export type ConditionRule = z.infer<typeof conditionRuleSchema>;

/** What the label adds for a patient on haemodialysis (a supplemental dose after each session). */
export const dialysisRuleSchema = z.strictObject({
  supplementMg: rangeSchema.optional(),
  text: z.string().min(5),
  source: z.string().min(3),
  knowledgeId: knowledgeRef,
});
export type DialysisRule = z.infer<typeof dialysisRuleSchema>;

export const dosedDrugSchema = z.strictObject({
  drug: dosedDrugIdSchema,
  role: z.enum(['escalation', 'radicular', 'adjunct']),
  /** Knowledge ids of the pathway steps that offer this drug. */
  pathwaySteps: z.array(knowledgeRef).min(1),
  guideline: guidelineDoseSchema.optional(),
  label: labelLimitsSchema,
  renal: z.array(renalTierSchema).default([]),
  age: z.array(ageRuleSchema).default([]),
  liver: liverRuleSchema.optional(),
  conditions: z.array(conditionRuleSchema).default([]),
  haemodialysis: dialysisRuleSchema.optional(),
  /** Knowledge ids (gap.*) of places where the guideline is looser than the label; shown beside the guideline dose. */
  looserThanLabel: z.array(knowledgeRef).default([]),
  /** Label entries shown with every dose check of this drug (NSAIDs: the class boxed warnings and what to ask first). */
  safetyNotes: z.array(knowledgeRef).default([]),
});
export type DosedDrug = z.infer<typeof dosedDrugSchema>;

/** Drugs the guideline says to avoid: deliberately no dose fields at all (strict object). */
export const avoidDrugSchema = z.strictObject({
  drug: avoidDrugIdSchema,
  role: z.literal('avoid'),
  knowledgeId: knowledgeRef,
});
export type AvoidDrug = z.infer<typeof avoidDrugSchema>;

/** The label rows a record's numbers come with, each naming its knowledge entry. */
interface RowsOf<R> {
  renal?: readonly R[] | undefined;
  age?: readonly R[] | undefined;
  liver?: R | undefined;
  conditions?: readonly R[] | undefined;
  haemodialysis?: R | undefined;
}

/** A dosing record's label rows (renal tiers, age, liver and condition rules, haemodialysis), in that order. */
export function labelRowsOf<R>(d: RowsOf<R>): R[] {
  return [
    ...(d.renal ?? []),
    ...(d.age ?? []),
    ...(d.liver ? [d.liver] : []),
    ...(d.conditions ?? []),
    ...(d.haemodialysis ? [d.haemodialysis] : []),
  ];
}
