import type { DrugId } from './drug-catalogue.js';
import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { fmt } from './number-format.js';
import { SOURCE } from './source-names.js';

/**
 * CDC 2022 MME conversion factors (clinical-reference.md section 4). MME/day = daily dose x factor.
 * Never the 2016 analytic factors (tramadol 0.1, hydromorphone 4, tiered methadone, fentanyl 7.2).
 */
export type MmeFactor =
  | { readonly drug: DrugId; readonly factor: number; readonly unit: 'mg' | 'mcg/hr' }
  | { readonly drug: DrugId; readonly factor: null; readonly reason: string };

export const MME_SOURCE = SOURCE.cdc2022;

export const mmeFactors: readonly MmeFactor[] = Object.freeze([
  { drug: 'codeine', factor: 0.15, unit: 'mg' },
  // Transdermal: the factor applies to the patch strength in mcg/hr.
  { drug: 'fentanyl', factor: 2.4, unit: 'mcg/hr' },
  { drug: 'hydrocodone', factor: 1, unit: 'mg' },
  { drug: 'hydromorphone', factor: 5, unit: 'mg' },
  { drug: 'methadone', factor: 4.7, unit: 'mg' },
  { drug: 'morphine', factor: 1, unit: 'mg' },
  { drug: 'oxycodone', factor: 1.5, unit: 'mg' },
  { drug: 'oxymorphone', factor: 3, unit: 'mg' },
  { drug: 'tapentadol', factor: 0.4, unit: 'mg' },
  { drug: 'tramadol', factor: 0.2, unit: 'mg' },
  {
    drug: 'buprenorphine',
    factor: null,
    reason: 'Buprenorphine is a partial agonist: CDC 2022 gives no MME factor, so no MME is calculated.',
  },
]);

/** The factors by drug, made once at load. */
const FACTOR_OF: ReadonlyMap<DrugId, MmeFactor> = new Map(mmeFactors.map((f) => [f.drug, f]));

export function mmeFactorFor(drug: DrugId): MmeFactor | undefined {
  return FACTOR_OF.get(drug);
}

/** The factors as a plain table (drug -> factor) for the MME calculator; buprenorphine is absent on purpose. */
export function mmeFactorTable(): Partial<Record<DrugId, number>> {
  return Object.fromEntries(mmeFactors.flatMap((f) => (f.factor === null ? [] : [[f.drug, f.factor]])));
}

/** CDC 2022 thresholds for reassessment (MME/day). */
export const MME_THRESHOLDS = Object.freeze({ reassessAtOrAbove: 50, avoidOrJustifyAtOrAbove: 90 });

/**
 * When an answer offers naloxone (clinical-reference.md section 4, CDC 2022): "offer naloxone when risk factors are
 * present (>= 50 MME/day, benzodiazepine, history of substance use disorder or overdose)". An MME answer offers it
 * when its total reaches `atOrAboveMme`, and any opioid answer when a drug of `withDrugClasses` is named beside the
 * opioid. The history risk factors are said in the entry's text (`entry`), never read from the question.
 */
export const NALOXONE_RISK = Object.freeze({
  atOrAboveMme: 50,
  withDrugClasses: Object.freeze(['benzodiazepine'] as const),
  /**
   * The reference's rows for an opioid with a benzodiazepine or other CNS depressant (section 3: zopiclone, zolpidem,
   * a muscle relaxant...): where one applies to the patient, the naloxone line is said after the pair's warning (the
   * quick answer asked what to offer, and the case's warnings whatever is asked).
   */
  withPairs: Object.freeze(['interaction.opioid-benzodiazepine', 'interaction.opioid-cns-depressant'] as const),
  entry: 'opioid.cdc-naloxone',
});

/** What a patient presents of the naloxone risk factors (clinical-reference.md section 4; section 3's sedative rows). */
export interface NaloxoneRiskFacts {
  /** The opioids' MME/day, when computed. */
  mme?: number | undefined;
  /** Benzodiazepines taken with the opioid, as named ("diazepam"). */
  benzodiazepines?: readonly string[];
  /** Another CNS depressant taken with the opioid (a hypnotic, a muscle relaxant), as named. */
  depressants?: readonly string[];
  substanceUse?: boolean;
  overdose?: boolean;
}

/**
 * The one place the naloxone line's reasons are said: each risk factor met, in the reference's words (>= 50 MME/day,
 * a benzodiazepine, a history of substance use disorder or overdose; another CNS depressant carries the same warning
 * as a benzodiazepine, section 3). Quick answers, guideline answers and case steps all label the line with these.
 */
export function naloxoneReasons(r: NaloxoneRiskFacts): string[] {
  const reasons: string[] = [];
  if (r.mme !== undefined && r.mme >= NALOXONE_RISK.atOrAboveMme)
    reasons.push(`${fmt(r.mme)} MME/day is >= ${NALOXONE_RISK.atOrAboveMme}`);
  // named ("diazepam (a benzodiazepine)"), or the class when only the class is known ("a benzodiazepine")
  const benzos = unique(r.benzodiazepines ?? []).filter((n) => !CLASS_WORD.test(n));
  if (benzos.length) reasons.push(`${benzos.join(' and ')} (a benzodiazepine) with an opioid`);
  else if (r.benzodiazepines?.length) reasons.push('a benzodiazepine with an opioid');
  if (r.depressants?.length && !r.benzodiazepines?.length)
    reasons.push(
      `${unique(r.depressants).join(' and ')}: a CNS depressant with an opioid, the same warning as a benzodiazepine`,
    );
  if (r.substanceUse) reasons.push('a history of substance use disorder');
  if (r.overdose) reasons.push('a history of overdose');
  return reasons;
}

/** The naloxone line's label: "Naloxone (its reasons)", or plain "Naloxone" when none is known. */
export function naloxoneLabel(reasons: readonly string[]): string {
  return reasons.length ? `Naloxone (${reasons.join('; ')})` : 'Naloxone';
}

const unique = (names: readonly string[]) => [...new Set(names)];
const CLASS_WORD = /^benzo(?:diazepine)?s?$/i;

const mme = referenceOf('mme');
const cdc = referenceOf('opioid-framework');

export const mmeEntries: KnowledgeEntryInput[] = [
  mme({
    id: 'mme.how-calculated',
    text: "MME/day = each opioid's daily dose (mg) x its factor (CDC 2022 table), added up across the opioids taken; an estimate of overdose risk.",
    source: MME_SOURCE,
    topics: ['mme', 'morphine milligram equivalents', 'calculate', 'two opioids', 'total'],
    asked: [
      'how do you work out MME when a patient is on two opioids?',
      'how do I calculate total MME for two opioids?',
      'how is total MME calculated?',
    ],
  }),
  mme({
    id: 'mme.not-for-conversion',
    text: 'MME is an estimate of risk, not a conversion table for switching opioids. Buprenorphine has no factor.',
    source: MME_SOURCE,
    topics: ['mme', 'morphine milligram equivalents', 'conversion', 'buprenorphine'],
    asked: [
      'Can I use the MME to convert from oxycodone to morphine?',
      'mme conversion table for switching opioids?',
      'Is the MME figure meant for switching between opioids?',
    ],
  }),
  mme({
    id: 'mme.thresholds',
    text: 'Reassess benefits and risks before raising to >= 50 MME/day; avoid or carefully justify >= 90 MME/day.',
    source: MME_SOURCE,
    topics: ['mme', 'threshold', '50 mme', '90 mme', 'dose escalation'],
    asked: [
      'What MME threshold should make me stop and reassess?',
      'max MME per day?',
      '50 vs 90 MME - what do the thresholds mean?',
    ],
  }),
  cdc({
    id: 'opioid.cdc-naloxone',
    text: 'Offer naloxone when risk factors are present: >= 50 MME/day, a benzodiazepine, or a history of substance use disorder or overdose.',
    source: MME_SOURCE,
    topics: ['opioid', 'naloxone', 'overdose', 'risk factors'],
    drugs: ['benzodiazepine'],
    asked: [
      'When should I offer naloxone?',
      'narcan script needed?',
      'pt on oxycodone and diazepam - should they have naloxone?',
    ],
  }),
  cdc({
    id: 'opioid.cdc-pdmp',
    // clinical-reference.md section 4 says "check the prescription drug monitoring programme" with no timing.
    text: 'Opioid prescribing: check the prescription drug monitoring programme.',
    source: MME_SOURCE,
    topics: ['opioid', 'pdmp', 'prescription drug monitoring'],
    asked: [
      'Do I need to check the PDMP?',
      'prescription monitoring program before opioids?',
      'Should I look her up on the prescription drug monitoring database first?',
    ],
  }),
  cdc({
    id: 'opioid.cdc-no-abrupt-taper',
    text: 'Do not stop opioids abruptly or taper rapidly.',
    source: MME_SOURCE,
    topics: ['opioid', 'taper', 'discontinue', 'withdrawal'],
    asked: ['Can I just stop his opioids?', 'how fast to taper oxycodone?', 'ok to wean opioids off quickly?'],
  }),
  cdc({
    id: 'opioid.cdc-reassess',
    text: 'Start with immediate-release opioids; reassess within 1-4 weeks of starting or of any dose increase.',
    source: MME_SOURCE,
    topics: ['opioid', 'immediate-release', 'reassess', 'dose increase'],
    asked: [
      'How soon after an opioid dose increase should I review?',
      'reassess after increasing the opioid?',
      'f/u after up-titrating oxy?',
    ],
  }),
];
