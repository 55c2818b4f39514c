import type { Medication } from '../../src/clinical/case/case-facts.js';
import { isExtendedRelease } from '../../src/clinical/case/case-opioids.js';
import { TRAMADOL_ER_LIMITS } from '../../src/clinical/knowledge/named-products.js';
import { dosingFor, isDosedDrug } from '../answers/ports.js';

/** How a held drug's stated regimen goes past its label (clinical-reference section 2), if it does. */
export interface LabelExcess {
  daily: number;
  /** The label's daily maximum, when the regimen goes past it. */
  overDayMaxMg?: number;
  /** The label's single-dose maximum, when one dose goes past it. */
  overDoseMaxMg?: number;
  knowledgeId: string;
}

/**
 * A regimen above its label's single-dose or daily maximum ("ibuprofen 3 x 400mg tds" = 1,200 mg a dose, 3,600
 * mg/day). Acetaminophen is left to its own all-sources total. One reading for the case's lead line and its
 * "Continue" line, so a drug over the label is never also called "at target".
 */
export function labelExcess(m: Medication): LabelExcess | undefined {
  if (m.drug === 'acetaminophen' || !isDosedDrug(m.drug) || m.doseMg === undefined || m.timesPerDay === undefined)
    return undefined;
  // extended-release tramadol is a different product with its own maximum (reference section 2, tramadol ER row)
  const label =
    m.drug === 'tramadol' && isExtendedRelease(m)
      ? { maxDailyMg: TRAMADOL_ER_LIMITS.maxDailyMg, maxSingleDoseMg: undefined, knowledgeId: TRAMADOL_ER_LIMITS.entry }
      : dosingFor(m.drug).label;
  const daily = m.doseMg * m.timesPerDay;
  const overDose = label.maxSingleDoseMg !== undefined && m.doseMg > label.maxSingleDoseMg;
  const overDay = label.maxDailyMg !== undefined && daily > label.maxDailyMg;
  if (!overDose && !overDay) return undefined;
  return {
    daily,
    ...(overDay ? { overDayMaxMg: label.maxDailyMg! } : {}),
    ...(overDose ? { overDoseMaxMg: label.maxSingleDoseMg! } : {}),
    knowledgeId: label.knowledgeId,
  };
}
