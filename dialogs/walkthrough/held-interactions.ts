import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { caseInteractions } from '../../src/clinical/case/case-interactions.js';

/**
 * Interaction ids among the drugs the case holds and its conditions (clinical-reference.md section 3). The same
 * function the statechart's warnings use, so a pair that depends on the kidney function (CrCl, else eGFR, or a CKD
 * stage of 4-5) is new here exactly when the pathway would warn about it.
 */
export function heldInteractions(f: CaseFacts): string[] {
  return caseInteractions(f);
}
