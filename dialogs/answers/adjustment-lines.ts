import type { AnswerLine } from './answer-message.js';
import { ageAdjustment, liverAdjustment, renalAdjustment, type AdjustmentResult } from './ports.js';
import type { QuestionContext } from './question-context.js';

type DosedDrugId = Parameters<typeof renalAdjustment>[0];

function line(result: AdjustmentResult, label: string): AnswerLine {
  return { label, text: result.text, ...(result.source ? { source: result.source } : {}) };
}

interface Adjusted {
  result: AdjustmentResult;
  label: string;
  /** The fact came from the open case, not from the question. */
  fromCase: boolean;
}

function adjustments(drug: DosedDrugId, ctx: QuestionContext): Adjusted[] {
  const found: Adjusted[] = [];
  const from = (where: string | undefined): string => (where ? `, ${where}` : '');
  if (ctx.crcl !== undefined) {
    const label = `Renal (${ctx.renalLabel ?? `CrCl ${ctx.crcl}`}${from(ctx.renalFrom)})`;
    const result = renalAdjustment(drug, ctx.crcl);
    found.push({ result, label, fromCase: ctx.renalFrom !== undefined });
    // "CrCl < 30" may be far lower: the lowest tier is shown too when it differs.
    const lowest = ctx.renalBelow ? renalAdjustment(drug, 0) : result;
    if (lowest.text !== result.text) found.push({ result: lowest, label: 'Renal (if lower still)', fromCase: false });
  }
  if (ctx.age !== undefined) {
    const label = `Age ${ctx.age}${ctx.ageFrom ? ` (${ctx.ageFrom})` : ''}`;
    found.push({ result: ageAdjustment(drug, ctx.age), label, fromCase: ctx.ageFrom !== undefined });
  }
  if (ctx.liverDisease) {
    found.push({
      result: liverAdjustment(drug),
      label: `Liver${ctx.liverFrom ? ` (${ctx.liverFrom})` : ''}`,
      fromCase: ctx.liverFrom !== undefined,
    });
  }
  // A case fact that changes nothing for this drug ("age 58" for duloxetine) is noise; a fact the question gave
  // itself is answered even when no adjustment is listed, since it was asked about.
  return found.filter((a) => !(a.fromCase && a.result.action === 'none-listed'));
}

/** The label adjustment for each patient fact (renal, age, liver), in that order; case facts only when they apply. */
export function adjustmentLines(drug: DosedDrugId, ctx: QuestionContext): AnswerLine[] {
  return adjustments(drug, ctx).map((a) => line(a.result, a.label));
}

/** True when at least one fact really changes the dose (not only "no adjustment listed"). */
export function adjustmentApplies(drug: DosedDrugId, ctx: QuestionContext): boolean {
  return adjustments(drug, ctx).some((a) => a.result.action !== 'none-listed');
}
