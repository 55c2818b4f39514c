import type { AnswerLine } from './answer-message.js';
import { ageAdjustment, liverAdjustment, renalAdjustment, type AdjustmentResult } from './ports.js';
import type { QuestionContext } from './question-context.js';

type DosedDrugId = Parameters<typeof renalAdjustment>[0];

function line(result: AdjustmentResult, label: string): AnswerLine {
  return { label, text: result.text, ...(result.source ? { source: result.source } : {}) };
}

/** The label adjustment for each patient fact the question gave (renal, age, liver), in that order. */
export function adjustmentLines(drug: DosedDrugId, ctx: QuestionContext): AnswerLine[] {
  const lines: AnswerLine[] = [];
  const from = (where: string | undefined): string => (where ? `, ${where}` : '');
  if (ctx.crcl !== undefined) {
    lines.push(line(renalAdjustment(drug, ctx.crcl), `Renal (${ctx.renalLabel ?? `CrCl ${ctx.crcl}`}${from(ctx.renalFrom)})`));
  }
  if (ctx.age !== undefined) lines.push(line(ageAdjustment(drug, ctx.age), `Age ${ctx.age}${ctx.ageFrom ? ` (${ctx.ageFrom})` : ''}`));
  if (ctx.liverDisease) lines.push(line(liverAdjustment(drug), `Liver${ctx.liverFrom ? ` (${ctx.liverFrom})` : ''}`));
  return lines;
}
