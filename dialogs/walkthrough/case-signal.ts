import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { hasPatientEvidence } from '../../src/clinical/language/patient-evidence.js';
import { patchSaysSomething } from './merge-facts.js';
import { sourceText } from './read-text.js';

type Patch = Partial<CaseFacts>;

/**
 * Facts that also come with a dosing or interaction question ("tramadol in an 80 year old with CrCl 25", "... pregnant",
 * "naproxen for 68M", "79 yo man, 62 kg, creatinine 1.9": sex and weight give its Cockcroft-Gault CrCl).
 */
const DRUG_CONTEXT = new Set(['medications', 'age', 'sex', 'weightKg', 'population', 'renal', 'conditions', 'skipped']);

const otherFacts = (patch: Patch) =>
  Object.entries(patch).some(([k, v]) => !DRUG_CONTEXT.has(k) && patchSaysSomething({ [k]: v } as Patch));
/** A drug with an outcome, or said to be stopped ("sertraline was stopped"): the patient's history, not a topic. */
const triedDrug = (patch: Patch) =>
  (patch.medications ?? []).some((m) => m.outcome !== undefined || m.stopped === true);

/** Drugs named without any outcome, plus at most age, renal function or conditions: a question's context, not a case. */
export function drugContextOnly(patch: Patch): boolean {
  return !!patch.medications?.length && !triedDrug(patch) && !otherFacts(patch);
}

/** Patient evidence the facts themselves carry: an age, how long the pain has lasted, a drug tried with an outcome. */
const factsShowAPatient = (patch: Patch) =>
  patch.age !== undefined || patch.painDurationWeeks !== undefined || triedDrug(patch);

/**
 * Enough to start a case: a drug tried with an outcome, or a fact about the back pain itself, said of a particular
 * patient (patient-evidence.ts: age or sex, a patient word, the pain's duration, trials). Topic text alone
 * ("pregabalin for sciatica", "tramadol in the elderly") is a question. `text` defaults to the text the patch was
 * read from by `extraction` (read-text.ts).
 */
export function startsACase(patch: Patch, text: string | undefined = sourceText(patch)): boolean {
  if (!triedDrug(patch) && !otherFacts(patch)) return false;
  return factsShowAPatient(patch) || (text !== undefined && hasPatientEvidence(text));
}

/** Something to add to an open case that is not just the context of a drug question. */
export function updatesACase(patch: Patch): boolean {
  return patchSaysSomething(patch) && !drugContextOnly(patch);
}
