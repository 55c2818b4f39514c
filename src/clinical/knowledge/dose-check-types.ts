import type { DosedDrugId, Range } from './dosing-schema.js';
import type { GuidelineDailyRange } from './dosing.js';

/**
 * 'within-label': within the label maximum where the guideline dose cannot be the yardstick: the guideline gives no
 * dose (acetaminophen, adjunct only), or this patient's label-adjusted maximum is below the guideline's lowest dose
 * (e.g. tramadol in cirrhosis, gabapentin with CrCl < 30); the guideline dose is still named in the notes.
 * 'absurd': clearly impossible (over 10x the maximum, or a tenth of the smallest dose: a unit slip).
 */
export type DoseVerdict =
  | 'below-guideline'
  | 'adequate'
  | 'above-guideline'
  | 'above-label-max'
  | 'absurd'
  | 'within-label';

/** Optional facts about the patient that tighten the label maximum (clinical-reference.md section 2). */
export interface PatientContext {
  age?: number;
  crcl?: number;
  /** Cirrhosis, chronic liver disease or regular alcohol use, as the label words it for the drug. */
  liverDisease?: boolean;
}

export interface DoseCheck {
  drug: DosedDrugId;
  doseMg: number;
  timesPerDay: number;
  dailyMg: number;
  verdict: DoseVerdict;
  guideline?: GuidelineDailyRange & { perDoseMg: Range; timesPerDay: Range; frequencyText: string };
  labelMaxMg?: number;
  /** The lowest maximum after renal, age and liver adjustments, when one applies. */
  adjustedMaxMg?: number;
  /** The patient's maximum is lower than this figure, which the source does not give (acetaminophen, liver). */
  adjustedMaxBelowMg?: number;
  notes: string[];
  /** Knowledge entries to show beside the answer: the guideline entry first, then label and adjustment notes. */
  knowledgeIds: string[];
  /**
   * Set when the patient's renal or liver facts make the label say "avoid" or "not recommended" (duloxetine or an
   * NSAID with CrCl < 30, duloxetine in liver disease): whatever the verdict on the amount, not for this patient.
   */
  notForPatient?: { text: string; source?: string; knowledgeId?: string };
}
