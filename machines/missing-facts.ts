import type { CaseFacts, FactKey, Medication } from '../src/clinical/case/case-facts.js';
import { hasFailed, isExcluded, isNsaid } from '../src/clinical/case/medication-facts.js';
import { gateDurationsMissing, sedativeWarnings } from './opioid-gate.js';
import { drugOptionStatus } from '../src/clinical/case/option-status.js';
import { HEAVY_UNSAID_LEAD } from '../src/clinical/knowledge/option-rules.js';

/**
 * The order the walk-through asks in: red flags first, then the NSAID trial (dose), the duloxetine trial,
 * radicular symptoms, non-drug therapies, safety facts for the drugs, then the opioid gate facts (only asked when
 * the gate is otherwise near: see care-states.ts), then referral and follow-up facts.
 */
export const FACT_PRIORITY: readonly FactKey[] = [
  'redFlags',
  'nsaidTrial',
  'heavyAlcohol',
  'duloxetineTrial',
  'radicular',
  'priorMri',
  'nonDrugTherapies',
  'tramadolTrial',
  'conditions',
  'renalFunction',
  'age',
  'psychosocial',
  'nsaidTrialWeeks',
  'duloxetineTrialWeeks',
  'tramadolTrialWeeks',
  'opioidRiskAssessment',
  'opioidDiscussion',
  'opioidSedativeAcknowledged',
  'weeksOptimizedTherapy',
  'functionalDisability',
  'startBack',
  'consideringInterventional',
  'oswestry',
  'improvedSinceLastVisit',
  'painDurationWeeks',
  'acetaminophenOnly',
];

/**
 * A trial is known when its outcome is (said, or the case's "no better" after a trial said with its time), and
 * (unless ruled out) its dose and frequency too.
 */
function trialKnown(f: CaseFacts, meds: Medication[], needsDose: boolean): boolean {
  return meds.some(
    (m) =>
      // declined by the patient: no trial to ask about
      m.declined === true ||
      ((m.outcome !== undefined || hasFailed(m, f)) &&
        (isExcluded(m) ||
          !needsDose ||
          (m.doseMg !== undefined && (m.timesPerDay !== undefined || m.drug === 'duloxetine')))),
  );
}

/** A trial's duration is known unless the opioid gate waits for it (a failed trial at the adequate dose, no weeks). */
const durationKnown = (key: FactKey) => (f: CaseFacts) => !gateDurationsMissing(f).includes(key);

const known: Record<FactKey, (f: CaseFacts) => boolean> = {
  // "not sure" is not a completed screen: asked again where it matters (the opioid gate), never taken as a flag
  redFlags: (f) => (f.redFlagScreen !== undefined && f.redFlagScreen !== 'unknown') || f.redFlags.length > 0,
  painDurationWeeks: (f) => f.painDurationWeeks !== undefined,
  // other NSAIDs have no guideline dose to check, so their outcome is all there is to know.
  nsaidTrial: (f) =>
    trialKnown(
      f,
      f.medications.filter((m) => m.drug === 'naproxen' || m.drug === 'ibuprofen'),
      true,
    ) ||
    trialKnown(
      f,
      f.medications.filter((m) => isNsaid(m) && m.drug === 'other-nsaid'),
      false,
    ),
  duloxetineTrial: (f) =>
    trialKnown(
      f,
      f.medications.filter((m) => m.drug === 'duloxetine'),
      true,
    ),
  tramadolTrial: (f) =>
    trialKnown(
      f,
      f.medications.filter((m) => m.drug === 'tramadol'),
      false,
    ),
  acetaminophenOnly: () => true, // derived from the medication list, never asked on its own
  // asked only while a duloxetine start carries the check (option-rules.ts: regular alcohol use, not said whether heavy)
  heavyAlcohol: (f) => !drugOptionStatus(f, 'duloxetine').checks?.some((r) => r.label.startsWith(HEAVY_UNSAID_LEAD)),
  nonDrugTherapies: (f) => f.nonDrugTherapies.length > 0,
  radicular: (f) => f.radicular !== undefined,
  priorMri: (f) => f.priorMri !== undefined,
  age: (f) => f.age !== undefined,
  renalFunction: (f) => f.renal !== undefined || f.conditions.ckd !== undefined,
  // alcohol use short of heavy is no answer to the conditions question (it asks about misuse, CKD, liver, heart...)
  conditions: (f) => Object.keys(f.conditions).some((c) => c !== 'regular-alcohol'),
  psychosocial: (f) => f.psychosocial !== undefined,
  startBack: (f) => f.startBack !== undefined || f.startBackRisk !== undefined,
  oswestry: (f) => f.oswestryPercent !== undefined,
  weeksOptimizedTherapy: (f) => f.weeksOptimizedTherapy !== undefined,
  functionalDisability: (f) => f.functionalDisability !== undefined,
  consideringInterventional: (f) => f.consideringInterventional !== undefined,
  opioidRiskAssessment: (f) => f.opioidRiskAssessment !== undefined,
  opioidDiscussion: (f) => f.opioidDiscussion !== undefined,
  improvedSinceLastVisit: (f) => f.improvedSinceLastVisit !== undefined,
  nsaidTrialWeeks: durationKnown('nsaidTrialWeeks'),
  duloxetineTrialWeeks: durationKnown('duloxetineTrialWeeks'),
  tramadolTrialWeeks: durationKnown('tramadolTrialWeeks'),
  opioidSedativeAcknowledged: (f) => f.opioidSedativeAcknowledged !== undefined || sedativeWarnings(f).length === 0,
};

export function isFactKnown(f: CaseFacts, key: FactKey): boolean {
  return known[key](f);
}

/** The needed facts that are neither known nor skipped, most important first. */
export function missingFacts(f: CaseFacts, needed: Iterable<FactKey>): FactKey[] {
  const wanted = new Set(needed);
  return FACT_PRIORITY.filter((k) => wanted.has(k) && !f.skipped.includes(k) && !isFactKnown(f, k));
}
