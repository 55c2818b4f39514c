import type { DrugId } from '../knowledge/drug-catalogue.js';
import { inDataOrder, interactionsAmong } from '../knowledge/interactions.js';
import { aspirinDoseOf, isAspirinName, withAnalgesicAspirin } from '../knowledge/aspirin-dose-reading.js';
import type { CaseFacts, ConditionId, Medication } from './case-facts.js';
import { kidneyFigure } from './computed-crcl.js';
import { FactsMemo } from './facts-memo.js';
import { isHeld } from './medication-facts.js';

/**
 * The one computation of a case's drug interactions (clinical-reference.md section 3), used by the statechart's
 * warnings (machines/case-warnings.ts) and by the walk-through's "new warning" lines
 * (dialogs/walkthrough/held-interactions.ts), so both count the same pairs from the same facts.
 */

/** Drugs the patient takes now (or may: outcome not recorded), once each, in the order recorded. */
export function heldDrugs(f: CaseFacts): DrugId[] {
  return [...new Set(f.medications.filter(isHeld).map((m) => m.drug))];
}

/** Product names the case holds ("norco", "percocet"), for the interaction rules that name products. */
export function heldProducts(f: CaseFacts): string[] {
  // A class member as typed ("aspirin") counts too: the ibuprofen + aspirin pair names aspirin, not every antiplatelet.
  return [...new Set(f.medications.filter(isHeld).flatMap((m) => [m.product, m.name].filter((n) => n !== undefined)))];
}

/**
 * The kidney function to test an interaction against, as the case reads it (computed-crcl.ts kidneyFigure): CrCl
 * (stated, else by Cockcroft-Gault), else eGFR, the lower when a stated and a computed figure disagree at a cut-off. The labels state CrCl; eGFR is the number
 * most notes carry and is read as its stand-in (clinical-reference.md section 2), as the renal warnings do.
 */
export function caseCrcl(f: CaseFacts): number | undefined {
  return kidneyFigure(f)?.crcl;
}

/** Conditions answered "yes", and CKD when the recorded stage is 4 or 5 (eGFR < 30, the labels' "advanced"). */
export function interactionConditions(f: CaseFacts): string[] {
  const conditions = Object.entries(f.conditions).flatMap(([c, v]) => (v === 'yes' ? [c] : []));
  if ((f.renal?.ckdStage ?? 0) >= 4 && !conditions.includes('ckd')) conditions.push('ckd');
  return conditions;
}

/** What a case's interactions are read against, and what they are found to be, once per facts object. */
interface HeldInteractions {
  held: DrugId[];
  conditions: string[];
  crcl: number | undefined;
  /** Products held by name ("norco"): acetaminophen in a combination product pairs with plain acetaminophen. */
  products: string[];
  /** Among the held drugs alone. */
  found: string[];
  /** Aspirin held at an analgesic dose: an NSAID already in use (aspirin-dose-reading.ts). */
  analgesic: boolean;
  /** With one recommended drug (not held) added, by drug. */
  withDrug: Map<DrugId, string[]>;
}

/**
 * A case's held-drug interactions, worked out once per facts object: the statechart's warnings, the opioid gate (an
 * opioid start against the sedatives held) and the walk-through's "new warning" lines all ask, several times a turn.
 * Case facts are never changed in place (each turn merges into a new object), so these cannot go stale.
 */
const heldOf = new FactsMemo<HeldInteractions>();

function heldInteractionsOf(f: CaseFacts): HeldInteractions {
  let known = heldOf.get(f);
  if (!known) {
    const held = heldDrugs(f);
    const conditions = interactionConditions(f);
    const crcl = caseCrcl(f);
    const products = heldProducts(f);
    const analgesic = analgesicAspirin(f);
    const found = analgesic
      ? withAnalgesicAspirin(interactionsAmong(held, conditions, crcl, products), held)
      : interactionsAmong(held, conditions, crcl, products);
    known = { held, conditions, crcl, products, found, analgesic, withDrug: new Map() };
    heldOf.set(f, known);
  }
  return known;
}

/** Aspirin at an analgesic dose or said taken for pain: an NSAID in use, not an antiplatelet (aspirin-dose-reading.ts). */
export function isAnalgesicAspirin(m: Medication): boolean {
  return isAspirinName(m.name) && aspirinDoseOf(m.doseMg, false, m.timesPerDay, m.forPain) === 'analgesic';
}

/** The aspirin the case holds at an analgesic dose ("aspirin 600 mg qds"), if any: the same reading as the quick answers. */
export function analgesicAspirinHeld(f: CaseFacts): Medication | undefined {
  return f.medications.find((m) => isHeld(m) && isAnalgesicAspirin(m));
}
const analgesicAspirin = (f: CaseFacts): boolean => analgesicAspirinHeld(f) !== undefined;

/**
 * A serotonergic drug that failed (not ruled out) is stopped when the next option steps up, but until it is, the two
 * overlap: a recommended tramadol after duloxetine carries their pair (clinical-reference.md section 3). Each row:
 * the drug that failed, the drug that steps up after it, the interaction to show.
 */
export const STEP_UP_OVERLAPS: readonly { failed: DrugId; next: DrugId; id: string }[] = [
  { failed: 'duloxetine', next: 'tramadol', id: 'interaction.duloxetine-tramadol' },
];

function stepUpOverlaps(f: CaseFacts, next: DrugId): string[] {
  return STEP_UP_OVERLAPS.filter(
    (row) => row.next === next && f.medications.some((m) => m.drug === row.failed && m.outcome === 'ineffective'),
  ).map((row) => row.id);
}

/**
 * Interaction ids for this case, in data order: pairs among the held drugs (and the case's conditions and kidney
 * function), plus each drug in `recommended` paired with the held ones. Two drugs that are only recommended never
 * make a pair: that would set alternatives side by side as if both were to be given.
 */
export function caseInteractions(f: CaseFacts, recommended: Iterable<DrugId> = []): string[] {
  const c = heldInteractionsOf(f);
  const found = [...c.found];
  for (const d of recommended) {
    if (c.held.includes(d)) continue;
    let paired = c.withDrug.get(d);
    if (!paired) {
      const among = interactionsAmong([...c.held, d], c.conditions, c.crcl, c.products);
      paired = [...(c.analgesic ? withAnalgesicAspirin(among, [...c.held, d]) : among), ...stepUpOverlaps(f, d)];
      c.withDrug.set(d, paired);
    }
    found.push(...paired);
  }
  // data order, as interactionsAmong gives it: a pair found among fewer drugs is there among all of them
  return inDataOrder(found);
}

/**
 * Conditions an interaction rule names in its topics, as the reply says them ("opioid + gabapentinoid: especially with
 * COPD"). Each row: the condition and its name; the rule's topic is the condition id (reference-interactions.ts).
 */
const CONDITION_NAMES: Partial<Record<ConditionId, string>> = { copd: 'COPD' };

/** The conditions of `has` that a rule with these topics names, as the reply says them. */
export function conditionsNamed(topics: readonly string[], has: readonly ConditionId[]): string[] {
  return has.flatMap((c) => {
    const name = CONDITION_NAMES[c];
    return name && topics.includes(c) ? [name] : [];
  });
}
