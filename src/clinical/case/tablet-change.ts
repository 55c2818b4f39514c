import { combinationByBrand, strengthsForName } from '../knowledge/combination-products.js';
import type { DrugId } from '../knowledge/drug-catalogue.js';
import type { CaseFacts, Medication } from './case-facts.js';

/** A dose change said in tablets ("oxycodone now 2 tabs q6h"): the count, for the case's strength to turn into mg. */
export interface TabletChange {
  drug: DrugId;
  product?: string;
  tablets: number;
}

/**
 * One tablet of a case medication: a combination's listed strength that its dose and acetaminophen fit ("Norco 5/325
 * 2 tabs" is 10 mg and 650 mg: 5/325), else the one strength its name fixes; a plain drug's recorded dose is read as
 * one tablet ("oxycodone 10 mg q6h"), the higher reading when the tablets were not typed. Undefined: not known.
 */
export function tabletStrength(m: Medication): { opioidMg: number; acetaminophenMg?: number } | undefined {
  const combo = m.product ? combinationByBrand(m.product) : undefined;
  if (!combo) return m.doseMg !== undefined ? { opioidMg: m.doseMg } : undefined;
  const strengths = strengthsForName(combo, m.product!);
  const { doseMg, acetaminophenMg } = m;
  const fitting =
    doseMg !== undefined && acetaminophenMg !== undefined
      ? strengths.filter((s) => Math.abs(doseMg / s.opioidMg - acetaminophenMg / s.acetaminophenMg) < 1e-6)
      : strengths;
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * The patch with each tablet change given its mg from the open case's strength for that drug and product; the changes
 * whose strength the case does not know are returned to be asked ("never read as mg").
 */
export function withTabletDoses(
  patch: Partial<CaseFacts>,
  changes: readonly TabletChange[],
  facts: CaseFacts,
): { patch: Partial<CaseFacts>; unknown: TabletChange[] } {
  if (!changes.length || !patch.medications) return { patch, unknown: [] };
  const unknown: TabletChange[] = [];
  const medications = patch.medications.map((med) => {
    const change = changes.find((c) => c.drug === med.drug && c.product === med.product);
    if (!change) return med;
    const held = facts.medications.find((m) => m.drug === med.drug && m.product === med.product);
    const strength = held && tabletStrength(held);
    if (!strength) {
      unknown.push(change);
      return med;
    }
    return {
      ...med,
      doseMg: strength.opioidMg * change.tablets,
      ...(strength.acetaminophenMg !== undefined ? { acetaminophenMg: strength.acetaminophenMg * change.tablets } : {}),
    };
  });
  return { patch: { ...patch, medications }, unknown };
}

/** The question for a tablet count whose strength is not known: the count is never read as mg. */
export function askTabletStrength(unknown: readonly TabletChange[]): string {
  const names = [...new Set(unknown.map((c) => c.product ?? c.drug))].join(', ');
  return `Dose not changed: what strength is each ${names} tablet? (e.g. "${names} 5 mg, 2 tabs q6h")`;
}
