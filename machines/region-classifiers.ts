import type { CaseFacts } from '../src/clinical/case/case-facts.js';
import * as c from './case-guards.js';
import * as d from './drug-guards.js';
import { gateNear, gateOpen } from './opioid-gate.js';

/**
 * For each parallel region of `care`, the state the facts put it in. Facts are the source of truth: each region's
 * states carry eventless transitions guarded by these, so the machine settles where the facts say after any event.
 */
export const regionClassifiers = {
  initial: (f: CaseFacts) => (!d.nsaidAdequatelyTried(f) || d.acetaminophenOnly(f) ? 'initialFailure' : 'reviewed'),
  drug: (f: CaseFacts) => (!d.firstLineDone(f) ? 'firstLine' : !d.tramadolDone(f) ? 'tramadol' : 'exhausted'),
  nonDrug: (f: CaseFacts) => (c.multipleNonDrugTried(f) ? 'multipleTried' : 'intensify'),
  radicular: (f: CaseFacts) =>
    f.radicular === 'yes'
      ? 'present'
      : f.radicular === 'no'
        ? 'absent'
        : f.radicular === 'unknown' || c.skipped(f, 'radicular')
          ? 'undetermined'
          : 'screening',
  gate: (f: CaseFacts) => (gateOpen(f) ? 'open' : 'closed'),
  /** Inside the closed gate: near = the drug and non-drug conditions hold, only risk assessment/discussion remain. */
  gateDistance: (f: CaseFacts) => (gateNear(f) ? 'near' : 'far'),
  referral: (f: CaseFacts) => (c.referralIndicated(f) ? 'indicated' : 'notIndicated'),
  followUp: (f: CaseFacts) => (c.atFollowUpVisit(f) ? 'visit' : 'none'),
} as const;

export type RegionId = keyof typeof regionClassifiers;
