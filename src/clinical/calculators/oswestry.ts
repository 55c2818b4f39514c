import { z } from 'zod';

/**
 * Oswestry Disability Index (clinical-reference §5): 10 sections scored 0-5; % = sum / (5 x sections answered) x 100.
 * Sections may be given one by one (unanswered ones null or left out) or as a sum with the number answered ("added
 * up to 18, all ten answered"). With more unanswered sections than `maxUnanswered` (the reference's minimum) no score
 * is given: the result says how many are missing. Section wording is not reproduced.
 */
export interface OswestryBand {
  /** Highest percentage in this band (inclusive). */
  maxPercent: number;
  label: string;
}

export const oswestryInputSchema = z.union([
  z.object({
    sections: z
      .array(z.number().int().min(0).max(5).nullable())
      .min(1)
      .max(10)
      .refine((s) => s.some((v) => v !== null), { message: 'at least one section must be answered' }),
  }),
  z.object({ percent: z.number().min(0).max(100) }),
  z
    .object({ sum: z.number().int().min(0), answered: z.number().int().min(1).max(10) })
    .refine((s) => s.sum <= 5 * s.answered, { message: 'the sum is more than 5 x sections answered' }),
]);
export type OswestryInput = z.input<typeof oswestryInputSchema>;

export type OswestryResult =
  | { kind: 'ok'; percent: number; band: string; sectionsAnswered?: number }
  | { kind: 'incomplete'; sectionsAnswered: number; missing: number }
  | { kind: 'invalid'; problems: string[] };

const SECTIONS = 10;

export function scoreOswestry(
  input: unknown,
  bands: readonly OswestryBand[],
  maxUnanswered = SECTIONS,
): OswestryResult {
  const parsed = oswestryInputSchema.safeParse(input);
  if (!parsed.success) return { kind: 'invalid', problems: parsed.error.issues.map((i) => i.message) };
  let percent: number;
  let sectionsAnswered: number | undefined;
  if ('sections' in parsed.data) {
    const answered = parsed.data.sections.filter((v): v is number => v !== null);
    sectionsAnswered = answered.length;
    percent = (answered.reduce((a, b) => a + b, 0) / (5 * answered.length)) * 100;
  } else if ('sum' in parsed.data) {
    sectionsAnswered = parsed.data.answered;
    percent = (parsed.data.sum / (5 * parsed.data.answered)) * 100;
  } else {
    percent = parsed.data.percent;
  }
  if (sectionsAnswered !== undefined && SECTIONS - sectionsAnswered > maxUnanswered)
    return { kind: 'incomplete', sectionsAnswered, missing: SECTIONS - sectionsAnswered };
  percent = Math.round(percent * 10) / 10;
  const band = [...bands].sort((a, b) => a.maxPercent - b.maxPercent).find((b) => percent <= b.maxPercent);
  return {
    kind: 'ok',
    percent,
    band: band?.label ?? 'unbanded',
    ...(sectionsAnswered !== undefined ? { sectionsAnswered } : {}),
  };
}

/** What is said when too many sections are unanswered (reference section 5: no score, ask for the rest). */
export function oswestryNotScoredText(answered: number, missing: number, maxUnanswered: number): string {
  return `ODI not scored: ${answered} of ${SECTIONS} sections answered; with more than ${maxUnanswered} unanswered no score is given. Ask for the ${missing} missing.`;
}
