import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { patchSaysSomething } from './merge-facts.js';

type Patch = Partial<CaseFacts>;

/** Facts that also come with a dosing or interaction question ("tramadol in an 80 year old with CrCl 25", "... pregnant"). */
const DRUG_CONTEXT = new Set(['medications', 'age', 'population', 'renal', 'conditions', 'skipped']);

const otherFacts = (patch: Patch) =>
  Object.entries(patch).some(([k, v]) => !DRUG_CONTEXT.has(k) && patchSaysSomething({ [k]: v } as Patch));
const triedDrug = (patch: Patch) => (patch.medications ?? []).some((m) => m.outcome !== undefined);

/** Drugs named without any outcome, plus at most age, renal function or conditions: a question's context, not a case. */
export function drugContextOnly(patch: Patch): boolean {
  return !!patch.medications?.length && !triedDrug(patch) && !otherFacts(patch);
}

/** Enough to start a case: a drug tried with an outcome, or a fact about the back pain itself. */
export function startsACase(patch: Patch): boolean {
  return triedDrug(patch) || otherFacts(patch);
}

/** Something to add to an open case that is not just the context of a drug question. */
export function updatesACase(patch: Patch): boolean {
  return patchSaysSomething(patch) && !drugContextOnly(patch);
}
