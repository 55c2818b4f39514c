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
  /**
   * Heavy alcohol use without liver disease named: only a liver rule worded for it applies (duloxetine's "chronic
   * liver disease or heavy alcohol use"), never a cirrhosis dose (tramadol's 50 mg every 12 h).
   */
  heavyAlcohol?: boolean;
  /** Cirrhosis named as such (NSAIDs: avoid); it is liver disease too. */
  cirrhosis?: boolean;
  heartFailure?: boolean;
  /** Narrow-angle (angle-closure) glaucoma not said to be controlled (duloxetine: avoid when uncontrolled). */
  narrowAngleGlaucoma?: boolean;
  /** Around CABG surgery, planned or recent (NSAIDs: contraindicated). */
  recentCabg?: boolean;
  /** On haemodialysis: a supplemental dose after each session (gabapentin, pregabalin). */
  haemodialysis?: boolean;
}

/**
 * What a dose check found, strictest first (issue 12; clinical-reference.md section 2): the label's "avoid" for
 * this patient; above the label's daily maximum; above its single-dose ceiling; outside this patient's interval,
 * dose or cap (renal, age, liver); this patient's tier as the yardstick; then the guideline.
 */
export const FINDING_ORDER = [
  'not-for-patient',
  'above-label-max',
  'above-dose-ceiling',
  'patient-limit',
  'patient-tier',
  'above-guideline',
  'below-guideline',
  'within-label',
  'guideline-dose',
] as const;
export type FindingKind = (typeof FINDING_ORDER)[number];

/** The kinds that breach a limit: nothing milder is said beside them in a headline. */
export const BREACH_KINDS: readonly FindingKind[] = [
  'not-for-patient',
  'above-label-max',
  'above-dose-ceiling',
  'patient-limit',
];

export interface HeadlinePart {
  /** Headline wording ("above the label maximum of 120 mg/day"). */
  text: string;
  /** The note that says the same at length: an answer showing the headline leaves it out. */
  note?: string;
}

export interface DoseFinding extends HeadlinePart {
  kind: FindingKind;
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
  /** Every finding, strictest first (FINDING_ORDER); the first is the headline. */
  findings: DoseFinding[];
  /**
   * Said after a headline that breaches nothing: at the label (or this patient's) maximum, above a usual maximum or
   * a dose with no added benefit, each with the indication it belongs to.
   */
  qualifiers: HeadlinePart[];
  /** Knowledge entries to show beside the answer: the guideline entry first, then label and adjustment notes. */
  knowledgeIds: string[];
  /**
   * Set when the patient's renal or liver facts make the label say "avoid" or "not recommended" (duloxetine or an
   * NSAID with CrCl < 30, duloxetine in liver disease): whatever the verdict on the amount, not for this patient.
   */
  notForPatient?: { text: string; source?: string; knowledgeId?: string };
}
