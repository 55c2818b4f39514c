import type { DrugId } from '../src/clinical/knowledge/drug-catalogue.js';
import type { CaseFacts } from '../src/clinical/case/case-facts.js';
import {
  drugClassOf,
  hasFailed,
  isExcluded,
  isInUse,
  isNsaid,
  reachesAdequateDose,
} from '../src/clinical/case/medication-facts.js';

/**
 * Drug-trial guards over the case facts. "Before declaring treatment failure" NSAIDs must reach an adequate
 * dose (guideline, First-Line Medication Adjustments, 1); duloxetine is titrated to 60 mg daily (1, 2).
 */

/** An NSAID was stopped or ruled out: not tolerated or contraindicated. */
export function nsaidExcluded(f: CaseFacts): boolean {
  return f.medications.some((m) => isNsaid(m) && isExcluded(m));
}

/** Naproxen or ibuprofen failed at or above the adequate daily dose (other NSAIDs have no guideline dose). */
export function nsaidFailedAtAdequateDose(f: CaseFacts): boolean {
  return f.medications.some((m) => isNsaid(m) && hasFailed(m, f) && reachesAdequateDose(m));
}

export function nsaidAdequatelyTried(f: CaseFacts): boolean {
  return nsaidExcluded(f) || nsaidFailedAtAdequateDose(f);
}

export function duloxetineExcluded(f: CaseFacts): boolean {
  return f.medications.some((m) => m.drug === 'duloxetine' && isExcluded(m));
}

export function duloxetineFailedAtTarget(f: CaseFacts): boolean {
  return f.medications.some((m) => m.drug === 'duloxetine' && hasFailed(m, f) && reachesAdequateDose(m));
}

/** Adequate trial of duloxetine (critical pitfall, 1): failed at 60 mg daily, or not tolerated / contraindicated. */
export function duloxetineAdequatelyTried(f: CaseFacts): boolean {
  return duloxetineExcluded(f) || duloxetineFailedAtTarget(f);
}

/** Duloxetine helping at 60 mg daily: the escalation is done; "add duloxetine" would read as a new start. */
export function duloxetineWorkingAtTarget(f: CaseFacts): boolean {
  return f.medications.some((m) => m.drug === 'duloxetine' && m.outcome === 'effective' && reachesAdequateDose(m));
}

/** The guideline's tramadol option has no "adequate dose" to check; a recorded failure or exclusion counts. */
export function tramadolDone(f: CaseFacts): boolean {
  return f.medications.some((m) => m.drug === 'tramadol' && (isExcluded(m) || hasFailed(m, f)));
}

/** "if duloxetine and NSAIDs are contraindicated or ineffective" (1, 2). */
export function firstLineDone(f: CaseFacts): boolean {
  return nsaidAdequatelyTried(f) && duloxetineAdequatelyTried(f);
}

/** Not tolerated, contraindicated, or ineffective: offering it again would be "continuing ineffective" (1, 3). */
export function ruledOut(f: CaseFacts, drug: DrugId): boolean {
  return f.medications.some((m) => m.drug === drug && (isExcluded(m) || m.outcome === 'ineffective'));
}

/** Analgesics other than acetaminophen (the drugs the pathway escalates between). */
const PATHWAY_ANALGESIC_CLASSES = new Set(['nsaid', 'snri', 'opioid', 'gabapentinoid']);

/** Acetaminophen in use and no other pathway analgesic in use: relied on as monotherapy (1, 3). */
export function acetaminophenOnly(f: CaseFacts): boolean {
  const inUse = f.medications.filter(isInUse);
  return (
    inUse.some((m) => m.drug === 'acetaminophen') &&
    !inUse.some((m) => PATHWAY_ANALGESIC_CLASSES.has(drugClassOf(m.drug)))
  );
}
