import { z } from 'zod';
import { drugIdSchema, type DrugId } from '../knowledge/drug-catalogue.js';

/**
 * Morphine milligram equivalents per day (clinical-reference §4, CDC 2022). The factor table is injected so that
 * the numbers live in src/knowledge/ as data; the calculator only multiplies, sums and flags.
 */
export type MmeFactorTable = Partial<Record<DrugId, number>>;

export interface MmeThresholds {
  /** Reassess benefits and risks before reaching this (CDC 2022). */
  reassess: number;
  /** Avoid or carefully justify at or above this (CDC 2022). */
  avoid: number;
}

/** One opioid as prescribed: a dose and doses per day, or a daily total. Fentanyl patches are in mcg/hr. */
export const mmeItemSchema = z
  .object({
    drug: drugIdSchema,
    doseMg: z.number().positive().max(100_000).optional(),
    timesPerDay: z.number().positive().max(24).optional(),
    dailyMg: z.number().positive().max(100_000).optional(),
    mcgPerHour: z.number().positive().max(1_000).optional(),
  })
  .refine(
    (i) =>
      i.mcgPerHour !== undefined || i.dailyMg !== undefined || (i.doseMg !== undefined && i.timesPerDay !== undefined),
    {
      message: 'needs a dose and how often, or a daily total',
    },
  );
export type MmeItem = z.infer<typeof mmeItemSchema>;

export const mmeInputSchema = z.array(mmeItemSchema).min(1).max(10);

export interface MmeLine {
  drug: DrugId;
  /** mg/day, or mcg/hr for transdermal fentanyl. */
  dailyAmount: number;
  unit: 'mg/day' | 'mcg/hr';
  factor: number;
  mme: number;
}

export type MmeResult =
  | { kind: 'ok'; lines: MmeLine[]; total: number; atOrAboveReassess: boolean; atOrAboveAvoid: boolean }
  /** Buprenorphine (partial agonist) has no CDC factor: never computed. */
  | { kind: 'refused'; drug: DrugId; reason: 'no-factor-partial-agonist' }
  | { kind: 'not-an-opioid'; drug: DrugId }
  | { kind: 'invalid'; problems: string[] };

const round1 = (n: number): number => Math.round(n * 10) / 10;

function dailyAmount(item: MmeItem): { amount: number; unit: MmeLine['unit'] } {
  if (item.drug === 'fentanyl') {
    const rate = item.mcgPerHour ?? item.doseMg ?? item.dailyMg ?? 0;
    return { amount: rate, unit: 'mcg/hr' };
  }
  const amount = item.dailyMg ?? (item.doseMg ?? 0) * (item.timesPerDay ?? 0);
  return { amount, unit: 'mg/day' };
}

export function calculateMme(input: unknown, factors: MmeFactorTable, thresholds: MmeThresholds): MmeResult {
  const parsed = mmeInputSchema.safeParse(input);
  if (!parsed.success) return { kind: 'invalid', problems: parsed.error.issues.map((i) => i.message) };
  const lines: MmeLine[] = [];
  for (const item of parsed.data) {
    if (item.drug === 'buprenorphine') return { kind: 'refused', drug: item.drug, reason: 'no-factor-partial-agonist' };
    const factor = factors[item.drug];
    if (factor === undefined) return { kind: 'not-an-opioid', drug: item.drug };
    const { amount, unit } = dailyAmount(item);
    lines.push({ drug: item.drug, dailyAmount: round1(amount), unit, factor, mme: round1(amount * factor) });
  }
  const total = round1(lines.reduce((sum, l) => sum + l.mme, 0));
  return {
    kind: 'ok',
    lines,
    total,
    atOrAboveReassess: total >= thresholds.reassess,
    atOrAboveAvoid: total >= thresholds.avoid,
  };
}
