import type { AdjustmentAction, DosedDrugId, Range } from './dosing-schema.js';
import { dosingFor } from './dosing.js';

/**
 * The result of asking for a renal, age or liver adjustment. `none-listed`: the sources give no adjustment.
 * The optional fields are copied from schema-parsed rules, whose optional fields may hold `undefined`.
 */
export interface AdjustmentResult {
  drug: DosedDrugId;
  kind: 'renal' | 'age' | 'liver';
  action: AdjustmentAction | 'none-listed';
  dailyMg?: Range | undefined;
  maxDailyMg?: number | undefined;
  maxBelowDailyMg?: number | undefined;
  perDoseMg?: number | undefined;
  timesPerDay?: number | undefined;
  intervalHours?: number | undefined;
  text: string;
  source?: string | undefined;
  knowledgeId?: string | undefined;
}

function noneListed(drug: DosedDrugId, kind: AdjustmentResult['kind']): AdjustmentResult {
  return {
    drug,
    kind,
    action: 'none-listed',
    text: `No ${kind} adjustment is listed for ${drug} in the label facts on file.`,
  };
}

export function renalAdjustment(drug: DosedDrugId, crcl: number): AdjustmentResult {
  if (!Number.isFinite(crcl) || crcl < 0) throw new RangeError(`CrCl must be a number >= 0, got ${crcl}`);
  const tier = dosingFor(drug).renal.find(
    (t) =>
      (t.crclMin === undefined || crcl >= t.crclMin) &&
      (t.crclBelow === undefined || crcl < t.crclBelow) &&
      (t.crclMax === undefined || crcl <= t.crclMax),
  );
  if (!tier) return noneListed(drug, 'renal');
  const { crclMin: _min, crclBelow: _below, crclMax: _max, ...result } = tier;
  return { drug, kind: 'renal', ...result };
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
