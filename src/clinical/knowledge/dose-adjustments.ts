import type { PatientContext } from './dose-check-types.js';
import { drugNames, type DrugId } from './drug-catalogue.js';
import type { AdjustmentAction, ConditionRule, DosedDrugId, Range } from './dosing-schema.js';
import { dosing, dosingFor, isDosedDrug } from './dosing.js';
import { LIVER_RULE_CONDITIONS } from './option-rules.js';

/**
 * The result of asking for a renal, age, liver, condition (cirrhosis, heart failure) or haemodialysis adjustment.
 * `none-listed`: the sources give no adjustment. The optional fields are copied from schema-parsed rules, whose
 * optional fields may hold `undefined`.
 */
export interface AdjustmentResult {
  drug: DrugId;
  kind: 'renal' | 'age' | 'liver' | 'condition' | 'dialysis';
  action: AdjustmentAction | 'none-listed';
  dailyMg?: Range | undefined;
  maxDailyMg?: number | undefined;
  maxBelowDailyMg?: number | undefined;
  perDoseMg?: number | undefined;
  timesPerDay?: number | undefined;
  minTimesPerDay?: number | undefined;
  intervalHours?: number | undefined;
  /** For kind 'condition': which one (cirrhosis, heart failure). */
  condition?: ConditionRule['condition'] | undefined;
  text: string;
  source?: string | undefined;
  knowledgeId?: string | undefined;
  /** The cut-off is the project's own reading of a label that gives no number: said beside the text. */
  reading?: string | undefined;
}

function noneListed(drug: DosedDrugId, kind: AdjustmentResult['kind']): AdjustmentResult {
  return {
    drug,
    kind,
    action: 'none-listed',
    text: `No ${kind} adjustment is listed for ${drug} in the label facts on file.`,
  };
}

/** A CrCl on the upper edge of a tier that shares it with the next row gets the tier's edge sentence too. */
export function renalAdjustment(drug: DosedDrugId, crcl: number): AdjustmentResult {
  if (!Number.isFinite(crcl) || crcl < 0) throw new RangeError(`CrCl must be a number >= 0, got ${crcl}`);
  const tier = dosingFor(drug).renal.find(
    (t) =>
      (t.crclMin === undefined || crcl >= t.crclMin) &&
      (t.crclBelow === undefined || crcl < t.crclBelow) &&
      (t.crclMax === undefined || crcl <= t.crclMax),
  );
  if (!tier) return noneListed(drug, 'renal');
  const { crclMin: _min, crclBelow: _below, crclMax, edgeText, ...result } = tier;
  const text =
    edgeText && crcl === crclMax ? `${result.text} CrCl ${crcl} is on the edge of two rows: ${edgeText}` : result.text;
  return { drug, kind: 'renal', ...result, text };
}

export function ageAdjustment(drug: DosedDrugId, age: number): AdjustmentResult {
  if (!Number.isFinite(age) || age < 0) throw new RangeError(`age must be a number >= 0, got ${age}`);
  const rule = dosingFor(drug).age.find((r) => age > r.olderThan);
  if (!rule) return noneListed(drug, 'age');
  const { olderThan: _olderThan, ...result } = rule;
  return { drug, kind: 'age', ...result };
}

/** Liver disease as the label words it for this drug (cirrhosis, chronic liver disease, regular alcohol use). */
export function liverAdjustment(drug: DosedDrugId): AdjustmentResult {
  const rule = dosingFor(drug).liver;
  if (!rule) return noneListed(drug, 'liver');
  const { condition: _condition, ...result } = rule;
  return { drug, kind: 'liver', ...result };
}

/**
 * Whether the drug's liver rule reads this patient: liver disease or cirrhosis, or heavy alcohol use for a rule worded
 * for it (LIVER_RULE_CONDITIONS: duloxetine and acetaminophen, not tramadol's cirrhosis dose).
 */
export function liverRuleApplies(drug: DrugId, p: PatientContext): boolean {
  return (
    p.liverDisease === true ||
    p.cirrhosis === true ||
    (p.heavyAlcohol === true && (LIVER_RULE_CONDITIONS[drug]?.includes('heavy-alcohol') ?? false))
  );
}

const HAS_CONDITION: Record<ConditionRule['condition'], (p: PatientContext) => boolean> = {
  cirrhosis: (p) => p.cirrhosis === true,
  'heart-failure': (p) => p.heartFailure === true,
  'narrow-angle-glaucoma': (p) => p.narrowAngleGlaucoma === true,
  'recent-cabg': (p) => p.recentCabg === true,
};

/**
 * A drug's rules for a named condition. A drug with no dosing record of its own (meloxicam, "other NSAID") gets the
 * rules every dosed drug of its class carries: they are class rules ("Avoid NSAIDs in cirrhosis").
 */
function conditionRules(drug: DrugId): readonly ConditionRule[] {
  if (isDosedDrug(drug)) return dosingFor(drug).conditions;
  const drugClass = drugNames(drug).drugClass;
  const members = dosing.filter((d) => drugNames(d.drug).drugClass === drugClass);
  const [first, ...rest] = members;
  if (!first) return [];
  return first.conditions.filter((r) => rest.every((m) => m.conditions.some((c) => c.knowledgeId === r.knowledgeId)));
}

/** The rules for the conditions this patient has (NSAIDs: cirrhosis, heart failure), in data order. */
export function conditionAdjustments(drug: DrugId, patient: PatientContext): AdjustmentResult[] {
  return conditionRules(drug)
    .filter((r) => HAS_CONDITION[r.condition](patient))
    .map((rule) => ({ drug, kind: 'condition', ...rule }));
}

/** What the label adds on haemodialysis (a supplemental dose after each session); undefined when it says nothing. */
export function dialysisAdjustment(drug: DosedDrugId): AdjustmentResult | undefined {
  const rule = dosingFor(drug).haemodialysis;
  if (!rule) return undefined;
  return {
    drug,
    kind: 'dialysis',
    action: 'caution',
    text: rule.text,
    source: rule.source,
    knowledgeId: rule.knowledgeId,
  };
}
