import { z } from 'zod';

/**
 * STarT Back risk group (Keele; clinical-reference §5). Items 1-8 score 1 for "agree"; item 9 (bothersomeness)
 * scores 1 only for the two highest answers. The questionnaire wording is Keele's and is not reproduced here.
 */
export interface StartBackParams {
  /** Total at or below this is low risk. */
  lowMaxTotal: number;
  /** Psychosocial subscale (items 5-9) at or above this is high risk. */
  highMinPsychosocial: number;
  /** 1-based item numbers of the psychosocial subscale. */
  psychosocialItems: number[];
}

export const ITEM9_ANSWERS = ['not at all', 'slightly', 'moderately', 'very much', 'extremely'] as const;
const ITEM9_SCORING: ReadonlySet<string> = new Set(['very much', 'extremely']);

const binary = z.union([z.literal(0), z.literal(1), z.boolean()]).transform((v) => (v === true || v === 1 ? 1 : 0));

export const startBackInputSchema = z.union([
  z.object({
    items: z.array(binary).length(8),
    item9: z.union([binary, z.enum(ITEM9_ANSWERS).transform((a) => (ITEM9_SCORING.has(a) ? 1 : 0))]),
  }),
  z
    .object({ total: z.number().int().min(0).max(9), psychosocial: z.number().int().min(0).max(5) })
    .refine((s) => s.psychosocial <= s.total && s.total - s.psychosocial <= 4, {
      message: 'the psychosocial subscale (items 5-9) must fit inside the total; items 1-4 add at most 4',
    }),
]);
export type StartBackInput = z.input<typeof startBackInputSchema>;

export type StartBackRisk = 'low' | 'medium' | 'high';

export type StartBackResult =
  | { kind: 'ok'; total: number; psychosocial: number; risk: StartBackRisk }
  | { kind: 'invalid'; problems: string[] };

export function scoreStartBack(input: unknown, params: StartBackParams): StartBackResult {
  const parsed = startBackInputSchema.safeParse(input);
  if (!parsed.success) return { kind: 'invalid', problems: parsed.error.issues.map((i) => i.message) };
  let total: number;
  let psychosocial: number;
  if ('items' in parsed.data) {
    const scores = [...parsed.data.items, parsed.data.item9];
    total = scores.reduce<number>((a, b) => a + b, 0);
    psychosocial = params.psychosocialItems.reduce((sum, n) => sum + (scores[n - 1] ?? 0), 0);
  } else {
    ({ total, psychosocial } = parsed.data);
  }
  const risk: StartBackRisk =
    total <= params.lowMaxTotal ? 'low' : psychosocial >= params.highMinPsychosocial ? 'high' : 'medium';
  return { kind: 'ok', total, psychosocial, risk };
}
