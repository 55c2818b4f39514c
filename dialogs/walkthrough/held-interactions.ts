import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { isHeld } from '../../src/clinical/case/medication-facts.js';
import { interactionsAmong } from './ports.js';

/** Interaction ids among the drugs the case holds, as the statechart counts them, and its conditions (clinical-reference.md section 3). */
export function heldInteractions(f: CaseFacts): string[] {
  const drugs = f.medications.filter(isHeld).map((m) => m.drug);
  const conditions = Object.entries(f.conditions)
    .filter(([, v]) => v === 'yes')
    .map(([k]) => k);
  return interactionsAmong(drugs, conditions, f.renal?.crcl);
}
