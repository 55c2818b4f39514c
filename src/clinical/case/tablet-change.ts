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
  // the strength typed for a product whose strengths the reference does not list ("co-codamol 30/500")
  if (m.tablet) return m.tablet;
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

/** Tablets a day said of the patient ("actually takes 4 a day", "using 4 Percocet a day, not 6"): the actual use. */
export interface DailyTabletsChange {
  tablets: number;
  /** The drug and product named with the count, when one was. */
  drug?: DrugId;
  product?: string;
}

/**
 * The case's combination product a daily tablet count is of ("uses about three a day" names none; "4 Percocet a day"
 * names it): a combination's tablet is the unit its strength is typed in. Two of them and none named, or none held:
 * undefined, nothing is guessed.
 */
export function dailyTabletsTarget(daily: DailyTabletsChange, facts: CaseFacts): Medication | undefined {
  const combinations = facts.medications.filter(
    (m) => m.stopped !== true && m.product !== undefined && combinationByBrand(m.product) !== undefined,
  );
  if (daily.drug === undefined) return combinations.length === 1 ? combinations[0] : undefined;
  const named = combinations.filter((m) => m.drug === daily.drug);
  return named.find((m) => m.product === daily.product) ?? (named.length === 1 ? named[0] : undefined);
}

/**
 * The facts with the daily use applied: the held medication's tablet strength times one tablet a dose, the count as
 * its doses a day (the MME and the acetaminophen total follow, clinical-reference.md sections 2 and 4); the most a
 * day its prescription allowed no longer stands for the use. `before` is the case before this message, whose
 * strength is used (the message's own reading of the name may have misread "a day" as once daily). A strength the
 * case does not know keeps the medication as it was and is asked.
 */
export function withDailyTablets(
  merged: CaseFacts,
  before: CaseFacts,
  daily: DailyTabletsChange,
): { facts: CaseFacts; unknown: TabletChange[] } {
  const held = dailyTabletsTarget(daily, before);
  if (!held) return { facts: merged, unknown: [] };
  const strength = tabletStrength(held);
  const { mostDailyMg: _most, dailyMg: _daily, ...rest } = held;
  const used: Medication | undefined = strength && {
    ...rest,
    doseMg: strength.opioidMg,
    timesPerDay: daily.tablets,
    ...(strength.acetaminophenMg !== undefined ? { acetaminophenMg: strength.acetaminophenMg } : {}),
  };
  const same = (m: Medication) => m.drug === held.drug && m.product === held.product;
  const medications = merged.medications.map((m) => (same(m) ? (used ?? held) : m));
  const unknown = used
    ? []
    : [{ drug: held.drug, ...(held.product ? { product: held.product } : {}), tablets: daily.tablets }];
  return { facts: { ...merged, medications }, unknown };
}
