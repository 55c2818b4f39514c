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
  startDailyMg: z.number().positive().optional(),
  /** The usual maximum when the absolute maximum applies only to some indications (pregabalin). */
  usualMaxDailyMg: z.number().positive().optional(),
  /** Duloxetine: the label gives no maximum for this use, only "no added benefit above 60 mg". */
  noAddedBenefitAboveDailyMg: z.number().positive().optional(),
  perDoseMg: rangeSchema.optional(),
  notes: z.array(z.string()).default([]),
});
export type LabelLimits = z.infer<typeof labelLimitsSchema>;

export const adjustmentActionSchema = z.enum(['no-change', 'reduce', 'avoid', 'not-recommended', 'caution']);
export type AdjustmentAction = z.infer<typeof adjustmentActionSchema>;

const adjustmentFields = {
  action: adjustmentActionSchema,
  dailyMg: rangeSchema.optional(),
  maxDailyMg: z.number().positive().optional(),
  /** The maximum is lower than this, with no figure given (acetaminophen with liver disease: "lower" than 4,000). */
  maxBelowDailyMg: z.number().positive().optional(),
  perDoseMg: z.number().positive().optional(),
  timesPerDay: z.number().positive().optional(),
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
  ...adjustmentFields,
});
export type RenalTier = z.infer<typeof renalTierSchema>;

/** Applies when age > olderThan. */
export const ageRuleSchema = z.strictObject({ olderThan: z.number().int().positive(), ...adjustmentFields });
export type AgeRule = z.infer<typeof ageRuleSchema>;

export const liverRuleSchema = z.strictObject({ condition: z.string(), ...adjustmentFields });
export type LiverRule = z.infer<typeof liverRuleSchema>;

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
