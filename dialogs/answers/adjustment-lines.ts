import type { AnswerLine } from './answer-message.js';
import {
  ageAdjustment,
  conditionAdjustments,
  dialysisAdjustment,
  getEntry,
  hasEntry,
  isDosedDrug,
  liverAdjustment,
  liverRuleApplies,
  renalAdjustment,
  type AdjustmentResult,
  type DrugId,
} from './ports.js';
import type { QuestionContext } from './question-context.js';
import { LIVER_RULE_CONDITIONS, optionRules } from '../../src/clinical/knowledge/option-rules.js';

/** The case's rule for drinking with abnormal liver tests (duloxetine: confirm), said the same in a quick answer. */
const DRINKING_ABNORMAL_LFTS = optionRules.find((r) => r.verdict === 'confirm' && r.liverTestsAbnormal);

/** Said once, on the renal line, when an eGFR stands in for CrCl (clinical-reference.md section 2). */
export const EGFR_CAUTION = 'eGFR overestimates clearance in older and low-weight patients.';

function line(a: Adjusted): AnswerLine {
  const { result, label } = a;
  const text = [result.text, result.reading, a.note].filter(Boolean).join(' ');
  const entry = result.knowledgeId && hasEntry(result.knowledgeId) ? getEntry(result.knowledgeId) : undefined;
  const review = entry?.origin === 'reference' ? { review: entry.review } : {};
  return { label, text, ...(result.source ? { source: result.source, ...review } : {}) };
}

interface Adjusted {
  result: AdjustmentResult;
  label: string;
  /** Said after the result: the eGFR caution on the line that uses an eGFR. */
  note?: string | undefined;
  /** The fact came from the open case, not from the question. */
  fromCase: boolean;
  /** The line ends in a question the answer's title asks too (the glaucoma type), in short. */
  asks?: string;
}

/** Asked on the glaucoma line and, in short, in the title. */
const GLAUCOMA_QUESTION = { line: 'Which type of glaucoma is it?', title: 'which type of glaucoma?' };
/**
 * Asked on the alcohol line only: the reference's "heavy alcohol use" comes with no amount, so drinking said as an
 * amount ("2-3 units/wk") keeps the drug with this check line, never a headline of its own.
 */
const HEAVY_QUESTION = { line: 'The reference sets no amount for heavy. Is the alcohol use heavy?' };

/** The glaucoma the question names that the avoid rule may not cover, and what the answer says of it. */
const GLAUCOMA_NOTE: Record<NonNullable<QuestionContext['glaucoma']>, { label: string; note: string }> = {
  unknown: {
    label: 'Glaucoma (type not given)',
    note: `Open-angle glaucoma is not in the rule. ${GLAUCOMA_QUESTION.line}`,
  },
  'open-angle': { label: 'Open-angle glaucoma', note: 'Open-angle glaucoma is not in the rule.' },
  'controlled-narrow-angle': {
    label: 'Narrow-angle glaucoma (said to be controlled)',
    note: 'Said to be controlled, so the avoid does not apply.',
  },
};

const CONDITION_LABEL: Record<NonNullable<AdjustmentResult['condition']>, string> = {
  cirrhosis: 'Cirrhosis',
  'heart-failure': 'Heart failure',
  'narrow-angle-glaucoma': 'Narrow-angle glaucoma',
  'recent-cabg': 'CABG',
};

/**
 * How the kidney figure was given. An eGFR stands in for creatinine clearance (the labels' measure), and the one
 * line that uses it says so (clinical-reference.md section 2): "eGFR 25 used as CrCl"; a CKD stage is read as the
 * middle of its eGFR band: "CKD stage 4 read as CrCl 22".
 */
function renalBasis(ctx: QuestionContext): string {
  const given = ctx.renalLabel ?? `CrCl ${ctx.crcl}`;
  if (/^egfr\b/i.test(given)) return `${given} used as CrCl`;
  if (/^ckd stage\b/i.test(given) && ctx.crcl !== undefined) return `${given} read as CrCl ${ctx.crcl}`;
  return given;
}

function adjustments(drug: DrugId, ctx: QuestionContext): Adjusted[] {
  const found: Adjusted[] = [];
  const from = (where: string | undefined): string => (where ? `, ${where}` : '');
  const conditions = conditionAdjustments(drug, ctx);
  if (isDosedDrug(drug)) {
    if (ctx.crcl !== undefined) {
      const label = `Renal (${renalBasis(ctx)}${from(ctx.renalFrom)})`;
      const result = renalAdjustment(drug, ctx.crcl);
      const note = /^egfr\b/i.test(ctx.renalLabel ?? '') ? EGFR_CAUTION : undefined;
      found.push({ result, label, note, fromCase: ctx.renalFrom !== undefined });
      // "CrCl < 30" may be far lower: the lowest tier is shown too when it differs.
      const lowest = ctx.renalBelow ? renalAdjustment(drug, 0) : result;
      if (lowest.text !== result.text) found.push({ result: lowest, label: 'Renal (if lower still)', fromCase: false });
    }
    const dialysis = ctx.haemodialysis ? dialysisAdjustment(drug) : undefined;
    if (dialysis) found.push({ result: dialysis, label: 'Haemodialysis', fromCase: false });
    if (ctx.age !== undefined) {
      const label = `Age ${ctx.age}${ctx.ageFrom ? ` (${ctx.ageFrom})` : ''}`;
      found.push({ result: ageAdjustment(drug, ctx.age), label, fromCase: ctx.ageFrom !== undefined });
    }
    // A cirrhosis rule of the drug's own (NSAIDs: avoid) answers the liver question: no "no liver adjustment" beside it.
    const liverAnswered = conditions.some((c) => c.condition === 'cirrhosis');
    if (liverRuleApplies(drug, ctx)) {
      const result = liverAdjustment(drug);
      if (!(liverAnswered && result.action === 'none-listed')) {
        found.push({
          result,
          label: `Liver${ctx.liverFrom ? ` (${ctx.liverFrom})` : ''}`,
          fromCase: ctx.liverFrom !== undefined,
        });
      }
    }
  }
  for (const result of conditions) {
    found.push({ result, label: CONDITION_LABEL[result.condition ?? 'cirrhosis'], fromCase: false });
  }
  // Glaucoma of no named type, open-angle, or narrow-angle said to be controlled: the narrow-angle rule is said as a
  // note (it rules nothing out), and with no type the answer asks which (glaucoma.ts).
  if (ctx.glaucoma) {
    const { label, note } = GLAUCOMA_NOTE[ctx.glaucoma];
    for (const rule of conditionAdjustments(drug, { narrowAngleGlaucoma: true })) {
      found.push({
        result: { ...rule, action: 'note' },
        label,
        note,
        fromCase: false,
        ...(ctx.glaucoma === 'unknown' ? { asks: GLAUCOMA_QUESTION.title } : {}),
      });
    }
  }
  // Drinking said as an amount or a habit (language/alcohol.ts): acetaminophen's "regular alcohol use" row holds; a
  // row for heavy use only (duloxetine) is a question, never decided from the amount.
  const liverWords = LIVER_RULE_CONDITIONS[drug] ?? [];
  if (ctx.alcoholUse && !ctx.liverDisease && isDosedDrug(drug) && liverWords.some((c) => c !== 'liver-disease')) {
    const result = liverAdjustment(drug);
    if (liverWords.includes('regular-alcohol')) found.push({ result, label: 'Alcohol use', fromCase: false });
    else if (ctx.alcoholUse === 'heavy-not-said' && ctx.liverTestsAbnormal && DRINKING_ABNORMAL_LFTS?.option === drug)
      // the case's 'confirm' rule (option-rules.ts): drinking with abnormal liver tests waits for the answer
      found.push({
        result: { ...result, action: 'note' },
        label: 'Alcohol with abnormal liver tests',
        note: `Confirm first: ${DRINKING_ABNORMAL_LFTS.label}`,
        fromCase: false,
        asks: `confirm first (${DRINKING_ABNORMAL_LFTS.label})`,
      });
    else if (ctx.alcoholUse === 'heavy-not-said')
      found.push({
        result: { ...result, action: 'note' },
        label: 'Alcohol (heavy not said)',
        note: HEAVY_QUESTION.line,
        fromCase: false,
      });
  }
  // A case fact that changes nothing for this drug ("age 58" for duloxetine) is noise; a fact the question gave
  // itself is answered even when no adjustment is listed, since it was asked about.
  return found.filter((a) => !(a.fromCase && a.result.action === 'none-listed'));
}

/**
 * The label adjustment for each patient fact (renal, haemodialysis, age, liver, then named conditions such as
 * cirrhosis or heart failure), in that order; case facts only when they apply.
 */
export function adjustmentLines(drug: DrugId, ctx: QuestionContext): AnswerLine[] {
  return adjustments(drug, ctx).map(line);
}

/**
 * Only the adjustments that change the dose or take the drug out for this patient: for an answer about several drugs
 * at once, where "no adjustment listed" or a general note for each would bury the findings.
 */
export function appliedAdjustmentLines(drug: DrugId, ctx: QuestionContext): AnswerLine[] {
  return adjustments(drug, ctx)
    .filter((a) => a.result.action !== 'none-listed' && a.result.action !== 'note')
    .map(line);
}

/** True when at least one fact really changes the dose (not only "no adjustment listed" or a safety note). */
export function adjustmentApplies(drug: DrugId, ctx: QuestionContext): boolean {
  return adjustments(drug, ctx).some((a) => a.result.action !== 'none-listed' && a.result.action !== 'note');
}

/** A note the reference gives for this patient (hyponatraemia in older adults), with no dose change. */
export function adjustmentNoted(drug: DrugId, ctx: QuestionContext): boolean {
  return adjustments(drug, ctx).some((a) => a.result.action === 'note');
}

/** A question the answer must ask before it can apply a rule (the glaucoma type), if any. */
export function adjustmentQuestion(drug: DrugId, ctx: QuestionContext): string | undefined {
  return adjustments(drug, ctx).find((a) => a.asks)?.asks;
}

/** The first fact that takes the drug out for this patient ("avoid", "not recommended"), if any. */
export function notForPatient(drug: DrugId, ctx: QuestionContext): AdjustmentResult | undefined {
  return adjustments(drug, ctx)
    .map((a) => a.result)
    .find((r) => r.action === 'avoid' || r.action === 'not-recommended');
}
