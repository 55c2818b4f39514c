import type { CaseFacts } from '../../machines/case-facts.js';
import { interactionsAmong } from './ports.js';

/** Ruled-out drugs are not held; anything else recorded (taking, tried, outcome unknown) may still be taken. */
const NOT_HELD = new Set(['not-tolerated', 'contraindicated']);

/** Interaction ids among the drugs the case holds and its conditions (clinical-reference.md section 3). */
export function heldInteractions(f: CaseFacts): string[] {
  const drugs = f.medications.filter((m) => !m.outcome || !NOT_HELD.has(m.outcome)).map((m) => m.drug);
  const conditions = Object.entries(f.conditions).filter(([, v]) => v === 'yes').map(([k]) => k);
  return interactionsAmong(drugs, conditions, f.renal?.crcl);
}
