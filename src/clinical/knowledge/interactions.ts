import { drugNames, type DrugId } from './drug-catalogue.js';
import { interactionRules, type InteractionSide } from './reference-interactions.js';

function drugMatches(side: InteractionSide, drug: DrugId): boolean {
  return (side.drugs?.includes(drug) ?? false) || (side.classes?.includes(drugNames(drug).drugClass) ?? false);
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
  const sideHolds = (side: InteractionSide, except?: DrugId): DrugId | 'condition' | undefined => {
    if (side.conditions?.some((c) => present.has(c))) return 'condition';
    return drugs.find((d) => d !== except && drugMatches(side, d));
  };
  // A product named on side a pairs with another product or a drug on side b, never with itself.
  const productPair = (rule: (typeof interactionRules)[number]): boolean =>
    products.some(
      (p) =>
        rule.a.names?.includes(p) &&
        (products.some((q) => q !== p && rule.b.names?.includes(q)) || sideHolds(rule.b) !== undefined),
    ) ||
    (drugs.some((a) => drugMatches(rule.a, a)) && products.some((q) => rule.b.names?.includes(q)));
  return interactionRules
    .filter(
      (rule) =>
        productPair(rule) ||
        drugs.some((a) => {
          if (!drugMatches(rule.a, a)) return false;
          return sideHolds(rule.b, a) !== undefined;
        }),
    )
    .map((rule) => rule.id);
}
