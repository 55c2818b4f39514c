import type { CaseFacts } from '../../machines/case-facts.js';
import { interactionsAmong } from './ports.js';

/** Held as the statechart counts it (machines/medication-facts.ts isInUse): ineffective, not tolerated and contraindicated drugs are stopped. */
const NOT_HELD = new Set(['ineffective', 'not-tolerated', 'contraindicated']);

/** Interaction ids among the drugs the case holds and its conditions (clinical-reference.md section 3). */
export function heldInteractions(f: CaseFacts): string[] {
  const drugs = f.medications.filter((m) => !m.outcome || !NOT_HELD.has(m.outcome)).map((m) => m.drug);
  const conditions = Object.entries(f.conditions).filter(([, v]) => v === 'yes').map(([k]) => k);
  return interactionsAmong(drugs, conditions, f.renal?.crcl);
}
