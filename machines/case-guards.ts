import type { CaseFacts, FactKey, Medication, NonDrugTherapyId } from '../src/clinical/case/case-facts.js';
import { drugClassOf, isInUse } from '../src/clinical/case/medication-facts.js';
import { CHRONIC_PAIN } from '../src/clinical/knowledge/case-readings.js';
import { getEntry } from '../src/clinical/knowledge/knowledge-base.js';
import { OSWESTRY, START_BACK } from '../src/clinical/knowledge/instruments.js';

/** Case guards other than drug trials: red flags, radicular, non-drug therapies, opioid gate facts, referral. */

export function skipped(f: CaseFacts, key: FactKey): boolean {
  return f.skipped.includes(key);
}

/** Drug classes that raise serotonin (duloxetine and tramadol labels; clinical-reference.md section 3). */
const SEROTONERGIC = new Set(['snri', 'ssri', 'tricyclic', 'serotonergic', 'maoi']);
const isSerotonergic = (m: Medication) => m.drug === 'tramadol' || SEROTONERGIC.has(drugClassOf(m.drug));

/**
 * Possible serotonin toxicity: a serotonergic drug the patient takes, with clonus, or two or more of the other signs
 * (sweating, tremor, agitation, fever, diarrhoea). A single non-specific sign (diarrhoea on duloxetine) is not enough.
 */
export function serotoninToxicitySuspected(f: CaseFacts): boolean {
  const signs = f.serotoninSigns ?? [];
  if (!(signs.includes('clonus') || new Set(signs).size >= 2)) return false;
  return f.medications.some((m) => isInUse(m) && isSerotonergic(m));
}

/** Acute harms that pause the pathway on any turn, red flags aside (knowledge ids, shown with the urgent advice). */
export function acuteHarms(f: CaseFacts): string[] {
  return serotoninToxicitySuspected(f) ? ['harm.serotonin-toxicity'] : [];
}

/** Any red flag, or an acute harm, leaves the pathway (clinical-reference.md section 6). */
export function anyRedFlag(f: CaseFacts): boolean {
  return f.redFlags.length > 0 || f.redFlagScreen === 'yes' || serotoninToxicitySuspected(f);
}

/**
 * The pathway may proceed past the screen: screened negative, answered "not sure", or skipped by the clinician.
 * "Not sure" and skipped are not a completed screen (redFlagScreenComplete): the opioid gate stays closed and the
 * screen is asked again there; they are never a red flag present.
 */
export function redFlagScreenDone(f: CaseFacts): boolean {
  return f.redFlagScreen === 'no' || f.redFlagScreen === 'unknown' || skipped(f, 'redFlags');
}

/** Screened and none found (clinical-reference.md section 6: a screen answered "not sure" is not completed). */
export function redFlagScreenComplete(f: CaseFacts): boolean {
  return f.redFlagScreen === 'no' && f.redFlags.length === 0;
}

/**
 * Pain for less than the chronic threshold (clinical-reference.md section 2, ACP 2017): the pathway is for chronic
 * pain and runs no plan. Unknown duration is not acute.
 */
export function notChronic(f: CaseFacts): boolean {
  return f.painDurationWeeks !== undefined && f.painDurationWeeks < CHRONIC_PAIN.minWeeks;
}

/** Statuses that document an inadequate response to a non-drug therapy. */
const TRIED = new Set(['tried-no-benefit', 'partial']);

export function nonDrugTriedCount(f: CaseFacts): number {
  return new Set(f.nonDrugTherapies.filter((t) => TRIED.has(t.status)).map((t) => t.therapy)).size;
}

/** "multiple nonpharmacologic therapies" (opioid gate, 1): two or more with a documented inadequate response. */
export function multipleNonDrugTried(f: CaseFacts): boolean {
  return nonDrugTriedCount(f) >= 2;
}

/**
 * "Intensive non-drug therapy" (critical pitfall, 1; clinical-reference.md section 2): at least one of the guideline's
 * moderate-quality therapies (its evidence grade in the knowledge entries) tried or declined. Massage and spinal
 * manipulation are low-quality evidence.
 */
export function intensiveNonDrugTried(f: CaseFacts): boolean {
  return f.nonDrugTherapies.some(
    (t) => (TRIED.has(t.status) || t.status === 'declined') && moderateEvidence(t.therapy),
  );
}

function moderateEvidence(therapy: NonDrugTherapyId): boolean {
  const entry = getEntry(`nondrug.${therapy}`);
  return entry.origin === 'guideline' && entry.evidence === 'moderate';
}

/** Not yet tried and not declined ("acupuncture for patients open to this modality"). */
export function nonDrugOpen(f: CaseFacts, therapy: NonDrugTherapyId): boolean {
  return !f.nonDrugTherapies.some((t) => t.therapy === therapy && t.status !== 'not-tried');
}

/** No non-drug therapy tried or under way: "treating chronic back pain with medications alone" (pitfall, 1). */
export function noNonDrugTherapy(f: CaseFacts): boolean {
  return !f.nonDrugTherapies.some((t) => TRIED.has(t.status) || t.status === 'current');
}

export function anyPsychosocialFactor(f: CaseFacts): boolean {
  const p = f.psychosocial;
  return !!p && [p.depression, p.anxiety, p.catastrophizing, p.workDissatisfaction].includes('yes');
}

export function riskAssessmentDone(f: CaseFacts): boolean {
  return f.opioidRiskAssessment === 'yes';
}

export function discussionDone(f: CaseFacts): boolean {
  return f.opioidDiscussion === 'yes';
}

export function radicularPresent(f: CaseFacts): boolean {
  return f.radicular === 'yes';
}

/** MRI "if not previously done" (5, 3): known not done, not sure, or the clinician skipped the question. */
export function mriNotDone(f: CaseFacts): boolean {
  return f.priorMri === 'no' || f.priorMri === 'unknown' || (f.priorMri === undefined && skipped(f, 'priorMri'));
}

/**
 * "Pain persists despite 12 weeks of optimized pharmacologic and nonpharmacologic therapy" (1): 12 weeks reached,
 * and the latest visit did not record an improvement (a patient who improved is responding, not persisting).
 */
export function persistentPain12Weeks(f: CaseFacts): boolean {
  return (f.weeksOptimizedTherapy ?? 0) >= 12 && f.improvedSinceLastVisit !== 'yes';
}

/** The lowest Oswestry score of the reference's "severe disability" band (41-60), read from the band data. */
const SEVERE_ODI = OSWESTRY.bands.find((b) => b.label === 'severe disability')!.min;

/**
 * "Significant functional disability interferes with work or daily activities" (1): said so (off work, unable to
 * do daily activities), or an Oswestry score in the severe band or above (clinical-reference.md section 5).
 */
export function functionalDisability(f: CaseFacts): boolean {
  return f.functionalDisability === 'yes' || (f.oswestryPercent ?? 0) >= SEVERE_ODI;
}

/**
 * STarT Back high risk (clinical-reference.md section 5, Keele): psychosocial subscale 4-5 with a total above the
 * low-risk band; a subscale of 4 or more already makes the total more than 3. The cut-offs are the knowledge
 * data's (START_BACK), the same ones the calculator scores with.
 */
export function startBackHighRisk(f: CaseFacts): boolean {
  const { lowRiskMaxTotal, highRiskMinPsychosocial } = START_BACK;
  if (f.startBack) return f.startBack.psychosocial >= highRiskMinPsychosocial && f.startBack.total > lowRiskMaxTotal;
  // "STarT Back high risk" typed without the scores.
  return f.startBackRisk === 'high';
}

export function consideringInterventional(f: CaseFacts): boolean {
  return f.consideringInterventional === 'yes';
}

/** "If no improvement after 3 months of optimized multimodal therapy" (monitoring, 1); 3 months read as 12 weeks. */
export function noImprovementAfter3Months(f: CaseFacts): boolean {
  return f.improvedSinceLastVisit === 'no' && persistentPain12Weeks(f);
}

export function referralIndicated(f: CaseFacts): boolean {
  return (
    persistentPain12Weeks(f) ||
    functionalDisability(f) ||
    startBackHighRisk(f) ||
    consideringInterventional(f) ||
    noImprovementAfter3Months(f)
  );
}

export function atFollowUpVisit(f: CaseFacts): boolean {
  return f.improvedSinceLastVisit !== undefined;
}

export function noImprovementAtVisit(f: CaseFacts): boolean {
  return f.improvedSinceLastVisit === 'no';
}
