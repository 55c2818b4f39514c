import { z } from 'zod';

/**
 * Creatinine clearance by Cockcroft-Gault, the measure the labels' kidney rows use. Where the formula comes from: the
 * original paper, Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron
 * 1976;16:31-41: CrCl (mL/min) = (140 - age) x weight (kg) / (72 x serum creatinine (mg/dL)), x 0.85 for a woman.
 * Neither the guideline nor clinical-reference.md gives these constants: the reference only names the method (section
 * 2: "Renal cut-offs in the labels are creatinine clearance (Cockcroft-Gault)"). The one place the formula lives: the
 * case (case/computed-crcl.ts) and the reader of a creatinine (language/measures.ts) both call it.
 */
export const COCKCROFT_GAULT = {
  ageFrom: 140,
  creatinineFactor: 72,
  femaleFactor: 0.85,
  /** Creatinine in micromol/L per mg/dL (creatinine's molar mass, 113.12 g/mol). */
  micromolPerMgDl: 88.4,
} as const;

export const cockcroftGaultInputSchema = z.object({
  age: z.number().min(18).max(120),
  weightKg: z.number().min(20).max(300),
  creatinineMgDl: z.number().min(0.1).max(20),
  sex: z.enum(['female', 'male']),
});
export type CockcroftGaultInput = z.input<typeof cockcroftGaultInputSchema>;

/** CrCl in mL/min, rounded to a whole number; undefined when an input is out of range. */
export function cockcroftGault(input: CockcroftGaultInput): number | undefined {
  const parsed = cockcroftGaultInputSchema.safeParse(input);
  if (!parsed.success) return undefined;
  const { age, weightKg, creatinineMgDl, sex } = parsed.data;
  const k = COCKCROFT_GAULT;
  const male = ((k.ageFrom - age) * weightKg) / (k.creatinineFactor * creatinineMgDl);
  return Math.round(sex === 'female' ? male * k.femaleFactor : male);
}

/** A creatinine in micromol/L as mg/dL (2 decimals). */
export const creatinineMgDlFromMicromol = (micromol: number): number =>
  Math.round((micromol / COCKCROFT_GAULT.micromolPerMgDl) * 100) / 100;
