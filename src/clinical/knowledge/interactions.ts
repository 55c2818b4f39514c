import { drugCatalogue, drugNames, type DrugId } from './drug-catalogue.js';
import { interactionRules, type InteractionSide } from './reference-interactions.js';

function drugMatches(side: InteractionSide, drug: DrugId): boolean {
  return (side.drugs?.includes(drug) ?? false) || (side.classes?.includes(drugNames(drug).drugClass) ?? false);
}

/** A rule's side as lookups: the catalogue drugs it covers (by id or by class), its conditions, its product names. */
interface IndexedSide {
  drugs: ReadonlySet<DrugId>;
  conditions: readonly string[];
  names: readonly string[];
}

const CATALOGUE_IDS: readonly DrugId[] = [...new Set(drugCatalogue.map((d) => d.id))];

function indexSide(side: InteractionSide): IndexedSide {
  return {
    drugs: new Set(CATALOGUE_IDS.filter((d) => drugMatches(side, d))),
    conditions: side.conditions ?? [],
    names: side.names ?? [],
  };
}

/**
 * The rules with each side indexed once at load: the walk-through asks for a case's interactions several times a
 * turn (held drugs, each drug it recommends, an opioid start), and a set lookup replaces reading the drug catalogue
 * for every drug of every rule.
 */
const RULES = interactionRules.map((rule) => ({ id: rule.id, a: indexSide(rule.a), b: indexSide(rule.b) }));

/** Each rule's place in the data, to list ids found piecemeal in data order (rule ids are unique: knowledge-base.ts). */
const DATA_ORDER = new Map(interactionRules.map((rule, i) => [rule.id, i]));

/** Interaction ids in data order, each once. */
export function inDataOrder(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((x, y) => (DATA_ORDER.get(x) ?? Infinity) - (DATA_ORDER.get(y) ?? Infinity));
}

/**
 * Interaction entry ids present among these drugs (and conditions), in data order. A drug + drug pair needs two
 * different drugs in the list (two opioids do not make an opioid + benzodiazepine pair). `crcl < 30` counts as CKD,
 * as the NSAID labels word it; a known CKD diagnosis counts too, so the warning asks for the CrCl.
 */
export function interactionsAmong(
  drugIds: readonly DrugId[],
  conditions: readonly string[] = [],
  crcl?: number,
  /** Product names as typed ("percocet"), for the rules that name products rather than drugs. */
  productNames: readonly string[] = [],
): string[] {
  const drugs = [...new Set(drugIds)];
  const products = [...new Set(productNames.map((n) => n.toLowerCase().replace(/\s+/g, ' ')))];
  const present = new Set(conditions);
  if (crcl !== undefined && crcl < 30) present.add('ckd');
  const sideHolds = (side: IndexedSide, except?: DrugId): DrugId | 'condition' | undefined => {
    if (side.conditions.some((c) => present.has(c))) return 'condition';
    return drugs.find((d) => d !== except && side.drugs.has(d));
  };
  // A product named on side a pairs with another product or a drug on side b, never with itself.
  const productPair = (rule: (typeof RULES)[number]): boolean =>
    products.some(
      (p) =>
        rule.a.names.includes(p) &&
        (products.some((q) => q !== p && rule.b.names.includes(q)) || sideHolds(rule.b) !== undefined),
    ) ||
    (drugs.some((a) => rule.a.drugs.has(a)) && products.some((q) => rule.b.names.includes(q)));
  return RULES.filter(
    (rule) =>
      productPair(rule) ||
      drugs.some((a) => {
        if (!rule.a.drugs.has(a)) return false;
        return sideHolds(rule.b, a) !== undefined;
      }),
  ).map((rule) => rule.id);
}
