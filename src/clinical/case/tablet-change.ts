import { combinationByBrand, strengthsForName } from '../knowledge/combination-products.js';
import type { DrugId } from '../knowledge/drug-catalogue.js';
import type { CaseFacts, Medication } from './case-facts.js';
import { isInUse, isOpioid } from './medication-facts.js';

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
  /** A strength said with the count ("takes 5 a day of the 7.5/325"). */
  strength?: { opioidMg: number; acetaminophenMg: number };
}

/**
 * The case's combination product a daily tablet count is of ("uses about three a day" names none; "4 Percocet a day"
 * names it): a combination's tablet is the unit its strength is typed in. Two of them and none named, or none held:
 * undefined, nothing is guessed.
 */
export function dailyTabletsTarget(
  daily: Pick<DailyTabletsChange, 'drug' | 'product'>,
  facts: Pick<CaseFacts, 'medications'>,
): Medication | undefined {
  const combinations = facts.medications.filter(
    (m) => m.stopped !== true && m.product !== undefined && combinationByBrand(m.product) !== undefined,
  );
  if (daily.drug === undefined) return combinations.length === 1 ? combinations[0] : undefined;
  const named = combinations.filter((m) => m.drug === daily.drug);
  return named.find((m) => m.product === daily.product) ?? (named.length === 1 ? named[0] : undefined);
}

/**
 * The case's single-drug opioid held on a range or as-needed prescription ("oxycodone 5 mg 1-2 q4h prn") a daily
 * tablet count is of: the one named, else the only one held. Its strength is the dose's tablet; a combination product
 * is dailyTabletsTarget's.
 */
export function statedUseTarget(
  daily: Pick<DailyTabletsChange, 'drug'>,
  facts: Pick<CaseFacts, 'medications'>,
): Medication | undefined {
  const ranged = facts.medications.filter(
    (m) =>
      isInUse(m) &&
      isOpioid(m.drug) &&
      m.product === undefined &&
      m.tablet === undefined &&
      m.mostDailyMg !== undefined &&
      m.doseMg !== undefined &&
      (daily.drug === undefined || m.drug === daily.drug),
  );
  return ranged.length === 1 ? ranged[0] : undefined;
}

/** The medications with the use said of the single-drug opioid (statedUseTarget); undefined when none is its target. */
export function withStatedUse(medications: readonly Medication[], daily: DailyTabletsChange): Medication[] | undefined {
  const target = statedUseTarget(daily, { medications: [...medications] });
  if (!target) return undefined;
  return medications.map((m) => (m === target ? { ...m, takenTablets: daily.tablets } : m));
}

/**
 * The strength a daily count is of: the one said with it when the product comes in it (a listed strength, or any
 * strength for a product the reference lists none of, as typed), else the one the medication holds. Undefined: not
 * known (asked, never guessed).
 */
function dailyStrength(
  held: Medication,
  said: DailyTabletsChange['strength'],
): { opioidMg: number; acetaminophenMg?: number } | undefined {
  if (!said) return tabletStrength(held);
  const combo = held.product ? combinationByBrand(held.product) : undefined;
  if (!combo) return undefined;
  const listed = strengthsForName(combo, held.product!).some(
    (s) => s.opioidMg === said.opioidMg && s.acetaminophenMg === said.acetaminophenMg,
  );
  return listed || combo.typedStrengths ? said : undefined;
}

/**
 * A medication taken as `tablets` a day of one tablet each: the strength's opioid a dose, the count its doses a day
 * (the MME and the acetaminophen total follow, clinical-reference.md sections 2 and 4); the most a day its
 * prescription allowed no longer stands for the use.
 */
export function takenDaily(
  m: Medication,
  strength: { opioidMg: number; acetaminophenMg?: number },
  tablets: number,
): Medication {
  const { mostDailyMg: _most, dailyMg: _daily, ...rest } = m;
  // a product the reference lists no strengths of keeps the strength as typed (co-codamol 30/500)
  const typedStrengths = m.product ? combinationByBrand(m.product)?.typedStrengths : undefined;
  const typed =
    typedStrengths && strength.acetaminophenMg !== undefined
      ? { opioidMg: strength.opioidMg, acetaminophenMg: strength.acetaminophenMg }
      : undefined;
  return {
    ...rest,
    doseMg: strength.opioidMg,
    timesPerDay: tablets,
    ...(strength.acetaminophenMg !== undefined ? { acetaminophenMg: strength.acetaminophenMg } : {}),
    ...(typed ? { tablet: typed } : {}),
  };
}

/**
 * The medications of one message with a daily count said in it applied to the combination product it names (or the
 * only one it holds) when its strength is known: "percocet 10/325, uses about 4 a day" is 10 mg four times a day,
 * not once. Undefined when the count is not of one of these medications or its strength is not known.
 */
export function withOwnDailyTablets(
  medications: readonly Medication[],
  daily: DailyTabletsChange,
): Medication[] | undefined {
  const target = dailyTabletsTarget(daily, { medications: [...medications] });
  const strength = target && dailyStrength(target, daily.strength);
  if (!target || !strength) return undefined;
  return medications.map((m) => (m === target ? takenDaily(m, strength, daily.tablets) : m));
}

/**
 * The facts with the daily use applied to the held medication (takenDaily). `before` is the case before this
 * message, whose strength is used (the message's own reading of the name may have misread "a day" as once daily)
 * unless the message said one. A strength the case does not know keeps the medication as it was and is asked.
 */
export function withDailyTablets(
  merged: CaseFacts,
  before: CaseFacts,
  daily: DailyTabletsChange,
): { facts: CaseFacts; unknown: TabletChange[] } {
  const held = dailyTabletsTarget(daily, before);
  if (!held) {
    const ranged = statedUseTarget(daily, before);
    const same = (m: Medication) => ranged !== undefined && m.drug === ranged.drug && m.product === undefined;
    const medications = merged.medications.map((m) => (same(m) ? { ...m, takenTablets: daily.tablets } : m));
    return { facts: ranged ? { ...merged, medications } : merged, unknown: [] };
  }
  const strength = dailyStrength(held, daily.strength);
  const used = strength && takenDaily(held, strength, daily.tablets);
  const same = (m: Medication) => m.drug === held.drug && m.product === held.product;
  const medications = merged.medications.map((m) => (same(m) ? (used ?? held) : m));
  const unknown = used
    ? []
    : [{ drug: held.drug, ...(held.product ? { product: held.product } : {}), tablets: daily.tablets }];
  return { facts: { ...merged, medications }, unknown };
}

/**
 * What a held tablet medicine still needs before its daily amount can be counted (clinical-reference.md section 2: a
 * strength that is not given is asked for, never guessed; section 4: MME from the tablets a day):
 * - `tablets-a-day`: a combination product with its strength and no regimen ("co-codamol 30/500 now", "on Norco
 *   10/325"): how many tablets a day;
 * - `strength`: plain acetaminophen counted in tablets with no strength ("paracetamol 2 tabs qds"): what strength.
 */
export type TabletDetail =
  | { kind: 'tablets-a-day'; medication: Medication; strength: { opioidMg: number; acetaminophenMg?: number } }
  | { kind: 'strength'; medication: Medication; tablets: number };

export function missingTabletDetails(facts: Pick<CaseFacts, 'medications'>): TabletDetail[] {
  return facts.medications.flatMap((m): TabletDetail[] => {
    if (!isInUse(m)) return [];
    if (m.drug === 'acetaminophen')
      return m.tablets !== undefined && m.doseMg === undefined && m.dailyMg === undefined
        ? [{ kind: 'strength', medication: m, tablets: m.tablets }]
        : [];
    const combination = m.product !== undefined && combinationByBrand(m.product) !== undefined;
    if (!combination || m.timesPerDay !== undefined || m.mostDailyMg !== undefined || m.dailyMg !== undefined)
      return [];
    const strength = tabletStrength(m);
    return strength ? [{ kind: 'tablets-a-day', medication: m, strength }] : [];
  });
}

/** "Norco 10/325", "Co-codamol 30/500", "Tylenol #3": the product as a clinician names the tablet. */
export function tabletName(m: Medication, strength: { opioidMg: number; acetaminophenMg?: number }): string {
  const product = m.product ?? '';
  const named = `${product.charAt(0).toUpperCase()}${product.slice(1)}`;
  const combo = combinationByBrand(product);
  const fixed = combo ? strengthsForName(combo, product).length === 1 : false;
  const { opioidMg, acetaminophenMg } = strength;
  return fixed || acetaminophenMg === undefined ? named : `${named} ${opioidMg}/${acetaminophenMg}`;
}

/**
 * A combination product's tablets a day, as a whole number of its tablet ("Percocet 5/325, 5 mg 6 times daily": 6),
 * with its name; undefined for a plain drug, an unknown strength or how often, or a regimen read at its most.
 */
export function combinationTablets(m: Medication): { name: string; tablets: number } | undefined {
  if (!m.product || !combinationByBrand(m.product) || m.mostDailyMg !== undefined) return undefined;
  const strength = tabletStrength(m);
  if (!strength || m.doseMg === undefined || m.timesPerDay === undefined) return undefined;
  const tablets = (m.doseMg * m.timesPerDay) / strength.opioidMg;
  return Number.isInteger(tablets) ? { name: tabletName(m, strength), tablets } : undefined;
}

/** Why a medicine carrying acetaminophen is not counted: the question asked of it, else what was not recorded. */
export function uncountedReason(m: Medication): string {
  const detail = missingTabletDetails({ medications: [m] })[0];
  if (detail?.kind === 'strength') return 'its tablet strength is asked';
  if (detail?.kind === 'tablets-a-day') return 'its tablets a day are asked';
  return 'strength or doses a day not recorded';
}
