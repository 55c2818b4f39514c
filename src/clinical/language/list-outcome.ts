import type { MedicationOutcome } from '../case/case-facts.js';
import type { DrugId } from '../knowledge/drug-catalogue.js';
import { BOTH_AFTER } from './entity-cues.js';
import type { Entity } from './entity.js';

/**
 * Drugs a patient takes for something else (interaction partners, clinical-reference section 3): listed next to a
 * pain drug they take its outcome only when it is said of the whole list ("lorazepam and gabapentin, neither
 * helped") and they are not marked as taken now ("on warfarin, ibuprofen 400 tid no help": warfarin is current).
 */
export const CO_MEDICATIONS: ReadonlySet<DrugId> = new Set([
  'anticoagulant',
  'antiplatelet',
  'ssri',
  'maoi',
  'benzodiazepine',
]);

export const isCoMedication = (e: Entity): boolean => e.type === 'drug' && CO_MEDICATIONS.has(e.mention.drug);

/** "neither helped", "no relief from either": the outcome is said of the whole list. */
const SAID_OF_ALL = /^[^.;]{0,60}?\b(?:both|all|each|neither|none|either|nor)\b/;

export interface ListMember {
  entity: Entity;
  own: MedicationOutcome | undefined;
  weeks: number | undefined;
  /** The text between the previous mention and this one. */
  joiner: string;
  /** The text from the end of the mention to the end of its sentence. */
  after: string;
}

/** "naproxen 500 bid + cyclobenzaprine 5 qhs: minimal relief": drugs taken together share what follows them. */
const TOGETHER = /(?:\+|&|\band\b|\bplus\b|\bwith\b)[\s(]*$/;

/**
 * The outcome a list of drugs or therapies shares. With both/all/each any outcome is the list's (the last
 * member's); otherwise only a lack of effect is shared, and not when it follows the regimen of a drug listed on
 * its own after a comma ("naproxen, ibuprofen 400 tid x 4 wk no help": the dose and duration make it ibuprofen's).
 */
export function sharedOutcome(members: readonly ListMember[]): SharedOutcome {
  const last = members[members.length - 1]!;
  if (members.length > 1 && BOTH_AFTER.test(last.after)) return { outcome: last.own, saidOfAll: true };
  const source = members.find((m) => m.own === 'ineffective' || m.own === 'partial');
  if (!source) return { outcome: undefined, saidOfAll: false };
  const saidOfAll = SAID_OF_ALL.test(source.after);
  return {
    outcome: hasRegimen(source) && !TOGETHER.test(source.joiner) && !saidOfAll ? undefined : source.own,
    saidOfAll,
  };
}

export interface SharedOutcome {
  outcome: MedicationOutcome | undefined;
  /** Said of the whole list ("neither helped", "both stopped"): it reaches a co-medication not marked as current. */
  saidOfAll: boolean;
}

function hasRegimen(m: ListMember): boolean {
  if (m.entity.type !== 'drug') return false;
  const d = m.entity.mention;
  return d.doseMg !== undefined || d.timesPerDay !== undefined || d.dailyMg !== undefined || m.weeks !== undefined;
}
