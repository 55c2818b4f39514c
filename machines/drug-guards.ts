import type { DrugId } from '../src/clinical/knowledge/drug-catalogue.js';
import type { CaseFacts } from '../src/clinical/case/case-facts.js';
import { drugClassOf, isExcluded, isInUse } from '../src/clinical/case/medication-facts.js';
import {
  drugOptionStatus,
  givesWayToNextStep,
  nonDrugOptionStatus,
  isOffered,
  otherOpioidInUse,
  type DrugOptionId,
} from '../src/clinical/case/option-status.js';
import type { NonDrugTherapyId } from '../src/clinical/case/case-facts.js';
import { ADEQUATE_TRIAL } from '../src/clinical/knowledge/case-readings.js';

/**
 * Drug-trial guards over the case facts, read from the option statuses (src/clinical/case/option-status.ts): the
 * statechart's regions and recommendations and the walk-through's "Do now" judge each option the same way.
 * "Before declaring treatment failure" NSAIDs must reach an adequate dose (guideline, First-Line Medication
 * Adjustments, 1); duloxetine is titrated to 60 mg daily (1, 2); a drug the case rules out is done with, and the
 * guideline's next option steps up (clinical-reference.md version 2).
 */

/** Offered now: to start, or to raise to the adequate dose (never one taken at target, failed or ruled out). */
export const toOffer = (f: CaseFacts, option: DrugOptionId) => isOffered(drugOptionStatus(f, option));

/** The reference rules the option out for this patient (a label avoid, an interaction, a condition). */
export const notForThisPatient = (f: CaseFacts, option: DrugOptionId) =>
  drugOptionStatus(f, option).status === 'not-for-this-patient';

/**
 * NSAIDs are done with: failed at the adequate dose, not tolerated, or not for this patient (an adequate-dose failure
 * whose duration is still to ask counts here; the opioid gate asks it).
 */
export function nsaidAdequatelyTried(f: CaseFacts): boolean {
  return givesWayToNextStep(drugOptionStatus(f, 'nsaid'));
}

/**
 * An NSAID taken at its adequate dose for less than an adequate trial (under ADEQUATE_TRIAL.minWeeks): not yet a
 * failure ("before declaring NSAID failure", 1; reference v2's adequate trial), so the escalation to duloxetine waits
 * for the trial to run its course, and the plan says to continue it and reassess.
 */
export function nsaidTrialUnderWay(f: CaseFacts): boolean {
  const s = drugOptionStatus(f, 'nsaid');
  return s.status === 'current-at-target' && s.weeks !== undefined && s.weeks < ADEQUATE_TRIAL.minWeeks;
}

/** Duloxetine is a new start for this case (its status "recommended"), not one taken and titrated. */
export const duloxetineNotStarted = (f: CaseFacts) => drugOptionStatus(f, 'duloxetine').status === 'recommended';

export function duloxetineAdequatelyTried(f: CaseFacts): boolean {
  return givesWayToNextStep(drugOptionStatus(f, 'duloxetine'));
}

/** An NSAID was stopped or ruled out: not tolerated or recorded as contraindicated. */
export function nsaidExcluded(f: CaseFacts): boolean {
  return f.medications.some((m) => drugClassOf(m.drug) === 'nsaid' && isExcluded(m));
}

/** "if duloxetine and NSAIDs are contraindicated or ineffective" (1, 2): the tramadol step. */
export function firstLineDone(f: CaseFacts): boolean {
  return nsaidAdequatelyTried(f) && duloxetineAdequatelyTried(f);
}

/** Tramadol failed (its duration aside), not tolerated, or not for this patient. */
export function tramadolDone(f: CaseFacts): boolean {
  return givesWayToNextStep(drugOptionStatus(f, 'tramadol')) || otherOpioidInUse(f);
}

/** Duloxetine helping or taken at 60 mg daily: "add duloxetine" would read as a new start. */
export function duloxetineWorkingAtTarget(f: CaseFacts): boolean {
  const s = drugOptionStatus(f, 'duloxetine').status;
  return s === 'effective' || s === 'current-at-target';
}

/** A non-drug therapy not yet tried or declined. */
export function nonDrugToOffer(f: CaseFacts, therapy: NonDrugTherapyId): boolean {
  return nonDrugOptionStatus(f, therapy).status === 'recommended';
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
