import type { CaseFacts, NonDrugTherapyId } from '../src/clinical/case/case-facts.js';
import * as c from './case-guards.js';
import * as d from './drug-guards.js';
import { gateOpen } from './opioid-gate.js';

type FactsGuard = (f: CaseFacts) => boolean;

/** Not yet tried or declined: the therapy's option status (src/clinical/case/option-status.ts) is "recommended". */
const untried =
  (t: NonDrugTherapyId): FactsGuard =>
  (f) =>
    d.nonDrugToOffer(f, t);

/** Named pure guards over the case facts; state meta refers to them by name in `when`. */
export const caseGuards = {
  anyRedFlag: c.anyRedFlag,
  redFlagScreenDone: c.redFlagScreenDone,
  notChronic: c.notChronic,
  // Drug options: offered only while their status (src/clinical/case/option-status.ts) is "recommended" (start) or
  // "current-below-target" (raise): never at target, failed, not tolerated, ruled out for this patient, or waiting
  // for the clinician to confirm a named risk.
  nsaidToOffer: (f) => d.toOffer(f, 'nsaid'),
  nsaidNotAdequatelyTried: (f) => !d.nsaidAdequatelyTried(f),
  acetaminophenOnly: d.acetaminophenOnly,
  duloxetineNotAdequatelyTried: (f) => !d.duloxetineAdequatelyTried(f),
  /** Still to start or titrate: not taken at 60 mg daily, not helping, not failed and not ruled out. */
  duloxetineToOffer: (f) => d.toOffer(f, 'duloxetine'),
  /**
   * The escalation to duloxetine: offered, and a new start waits while an NSAID trial is short of an adequate one
   * (nsaidTrialUnderWay); duloxetine already taken below 60 mg is titrated whatever the NSAID.
   */
  duloxetineNext: (f) => d.toOffer(f, 'duloxetine') && !(d.duloxetineNotStarted(f) && d.nsaidTrialUnderWay(f)),
  tramadolToOffer: (f) => d.toOffer(f, 'tramadol'),
  /**
   * The guideline's summary line ("escalate to duloxetine or NSAIDs") fits the case only while neither is ruled out
   * for this patient; otherwise the case's own option lines say what steps up (a rule-out routes, it never sits
   * beside a line that recommends the drug).
   */
  firstLineNotRuledOut: (f) => !d.notForThisPatient(f, 'duloxetine') && !d.notForThisPatient(f, 'nsaid'),
  gabapentinUsable: (f) => d.toOffer(f, 'gabapentin'),
  pregabalinUsable: (f) => d.toOffer(f, 'pregabalin'),
  mriNotDone: c.mriNotDone,
  noNonDrugTherapy: c.noNonDrugTherapy,
  psychosocialConcern: (f) => c.anyPsychosocialFactor(f) || c.startBackHighRisk(f),
  riskAssessmentNotDone: (f) => !c.riskAssessmentDone(f),
  discussionNotDone: (f) => !c.discussionDone(f),
  gateOpen,
  persistentPain12Weeks: c.persistentPain12Weeks,
  functionalDisability: c.functionalDisability,
  startBackHighRisk: c.startBackHighRisk,
  consideringInterventional: c.consideringInterventional,
  noImprovementAfter3Months: c.noImprovementAfter3Months,
  noImprovementAtVisit: c.noImprovementAtVisit,
  radicularPresent: c.radicularPresent,
  'untried.exercise': untried('exercise'),
  'untried.multidisciplinary-rehab': untried('multidisciplinary-rehab'),
  'untried.acupuncture': untried('acupuncture'),
  'untried.mbsr': untried('mbsr'),
  'untried.tai-chi-yoga': untried('tai-chi-yoga'),
  'untried.cbt': untried('cbt'),
  'untried.spinal-manipulation': untried('spinal-manipulation'),
  'untried.massage': untried('massage'),
  'untried.progressive-relaxation': untried('progressive-relaxation'),
} satisfies Record<string, FactsGuard>;

export type CaseGuardName = keyof typeof caseGuards;
