/**
 * The opioids combination tablets carry: catalogue ids (drug-catalogue.ts DrugId), named here rather than imported,
 * since the catalogue reads these products' brand names (no import cycle).
 */
type CombinationOpioid = 'codeine' | 'hydrocodone' | 'oxycodone' | 'tramadol';
import { SOURCE } from './source-names.js';

/**
 * Opioid/acetaminophen combination tablets and their strengths (clinical-reference.md section 2, "Products and
 * strengths"): "X/Y" is opioid mg / acetaminophen mg. A strength not listed here is asked for, never guessed.
 */
export interface CombinationStrength {
  readonly opioidMg: number;
  readonly acetaminophenMg: number;
  /** "#3": the name that fixes this strength (Tylenol with codeine). */
  readonly number?: string;
}

export interface CombinationProduct {
  readonly opioid: CombinationOpioid;
  /** "oxycodone/acetaminophen". */
  readonly generic: string;
  /** Brand names as the drug catalogue spells them (lowercase), for this product. */
  readonly brands: readonly string[];
  /**
   * The generic combination as EHR lists write it ("hydrocodone/acetaminophen", "APAP/codeine", "oxycodone-apap"):
   * one name for the tablet, either part first. The "/" form is listed; the "-" form is built from it (genericNames).
   */
  readonly genericNames: readonly string[];
  readonly strengths: readonly CombinationStrength[];
  /**
   * The strength is read as typed, "X/Y" = opioid mg / acetaminophen mg a tablet (clinical-reference.md section 2),
   * for a product whose strengths the reference does not list (co-codamol): computed from the typed parts and said
   * to be as typed, never guessed; with no strength typed it is asked for.
   */
  readonly typedStrengths?: true;
  /** The product's own label limit, where the reference gives one (Ultracet: 8 tablets a day, 5 days; label.ultracet). */
  readonly limit?: { readonly maxTabletsPerDay: number; readonly maxDays: number; readonly entry: string };
  readonly source: string;
  readonly review: 'pending';
}

const source = SOURCE.clinicalReference;

/** "hydrocodone/acetaminophen" and "acetaminophen/hydrocodone" for each acetaminophen name. */
function slashNames(opioid: string, acetaminophen: readonly string[]): string[] {
  return acetaminophen.flatMap((a) => [`${opioid}/${a}`, `${a}/${opioid}`]);
}

export const combinationProducts: readonly CombinationProduct[] = Object.freeze([
  {
    opioid: 'hydrocodone',
    generic: 'hydrocodone/acetaminophen',
    brands: ['norco', 'vicodin', 'lortab', 'hydrocodone/apap'],
    genericNames: slashNames('hydrocodone', ['acetaminophen', 'apap', 'paracetamol']),
    strengths: [
      { opioidMg: 5, acetaminophenMg: 325 },
      { opioidMg: 7.5, acetaminophenMg: 325 },
      { opioidMg: 10, acetaminophenMg: 325 },
    ],
    source,
    review: 'pending',
  },
  {
    opioid: 'oxycodone',
    generic: 'oxycodone/acetaminophen',
    brands: ['percocet', 'endocet'],
    genericNames: slashNames('oxycodone', ['acetaminophen', 'apap', 'paracetamol']),
    strengths: [
      { opioidMg: 2.5, acetaminophenMg: 325 },
      { opioidMg: 5, acetaminophenMg: 325 },
      { opioidMg: 7.5, acetaminophenMg: 325 },
      { opioidMg: 10, acetaminophenMg: 325 },
    ],
    source,
    review: 'pending',
  },
  {
    opioid: 'codeine',
    generic: 'codeine/acetaminophen (Tylenol with codeine)',
    // "T3s", "T4s": the plural shorthand for the numbered tablets (the bare "T3"/"T4" are thyroid hormones, not listed)
    brands: [
      'tylenol with codeine',
      'tylenol #3',
      'tylenol 3',
      'tylenol #4',
      'tylenol 4',
      'tylenol #3s',
      'tylenol 3s',
      'tylenol #4s',
      'tylenol 4s',
      't3s',
      't4s',
      // the bare "T3"/"T4" only before a tablet sig (drug-lexicon.ts GUARDED_NAMES); thyroid hormones otherwise
      't3',
      't4',
    ],
    genericNames: slashNames('codeine', ['acetaminophen', 'apap', 'paracetamol']),
    strengths: [
      { opioidMg: 30, acetaminophenMg: 300, number: '3' },
      { opioidMg: 60, acetaminophenMg: 300, number: '4' },
    ],
    source,
    review: 'pending',
  },
  {
    opioid: 'tramadol',
    generic: 'tramadol/acetaminophen',
    brands: ['ultracet'],
    genericNames: slashNames('tramadol', ['acetaminophen', 'apap', 'paracetamol']),
    strengths: [{ opioidMg: 37.5, acetaminophenMg: 325 }],
    limit: { maxTabletsPerDay: 8, maxDays: 5, entry: 'label.ultracet' },
    source,
    review: 'pending',
  },
  // Codeine/paracetamol under its UK name: the reference's codeine/acetaminophen, with no strengths listed for this
  // name, so a strength is taken only as typed ("co-codamol 30/500": 30 mg codeine, 500 mg paracetamol a tablet).
  // The names reach the reader only once the drug catalogue lists them for codeine.
  {
    opioid: 'codeine',
    generic: 'codeine/paracetamol (co-codamol)',
    brands: ['co-codamol', 'cocodamol', 'co codamol'],
    // codeine/paracetamol is read as the reference's codeine/acetaminophen above (its strengths are listed there).
    genericNames: [],
    strengths: [],
    typedStrengths: true,
    source,
    review: 'pending',
  },
  // Panadeine Forte (Australia): codeine with paracetamol, named by its AU product information (TGA); the reference
  // lists no strength under this name, so it is read as typed ("Panadeine Forte 30/500") or its strength is asked.
  {
    opioid: 'codeine',
    generic: 'codeine/paracetamol (Panadeine Forte)',
    brands: ['panadeine forte', 'panadeine'],
    genericNames: [],
    strengths: [],
    typedStrengths: true,
    source,
    review: 'pending',
  },
  // Tramacet (UK/AU): tramadol with paracetamol, by its product information (eMC UK, TGA). The reference lists only
  // Ultracet's strength and label limit, so neither is assumed for Tramacet: a typed strength is read as typed,
  // otherwise asked; the tramadol limits apply as for any tramadol.
  {
    opioid: 'tramadol',
    generic: 'tramadol/paracetamol (Tramacet)',
    brands: ['tramacet'],
    genericNames: [],
    strengths: [],
    typedStrengths: true,
    source,
    review: 'pending',
  },
]);

/**
 * The brand names of every combination tablet with this opioid ("tylenol #3", "t3s", "co-codamol" for codeine): the
 * one list, which the drug catalogue also reads as names of the opioid.
 */
export function combinationBrandsOf(opioid: string): string[] {
  return combinationProducts.filter((p) => p.opioid === opioid).flatMap((p) => p.brands);
}

const squash = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

/**
 * Every generic combination name with the product's opioid, in both written forms: "oxycodone/apap" and
 * "oxycodone-apap" (the drug lexicon reads them as one name of the opioid). Built once.
 */
export const combinationGenericNames: readonly { readonly name: string; readonly drug: CombinationOpioid }[] =
  Object.freeze(
    combinationProducts.flatMap((p) =>
      p.genericNames.flatMap((n) => [n, n.replace('/', '-')].map((name) => ({ name, drug: p.opioid }))),
    ),
  );

/** The product a typed brand name names ("Tylenol #3", "norco"), or undefined for a generic or single-drug brand. */
export function combinationByBrand(typed: string): CombinationProduct | undefined {
  return byBrand.get(squash(typed));
}
/** Built once: this runs for every drug mention in a text. */
const byBrand = new Map(
  combinationProducts.flatMap((p) =>
    [...p.brands, ...p.genericNames.flatMap((n) => [n, n.replace('/', '-')])].map((b) => [squash(b), p] as const),
  ),
);

/** "oxycodone-apap", "APAP/codeine": a generic combination name as typed, not a brand. */
export function isCombinationGenericName(typed: string): boolean {
  return genericSet.has(squash(typed));
}
const genericSet = new Set(combinationGenericNames.map((n) => squash(n.name)));

/** The combination product of an opioid, for a generic typed with a strength ("hydrocodone 10/325"). */
export function combinationByOpioid(drug: string): CombinationProduct | undefined {
  return byOpioid.get(drug);
}
/** Built once, the first product of each opioid (as `find` returned). */
const byOpioid = new Map<string, CombinationProduct>();
for (const p of combinationProducts) if (!byOpioid.has(p.opioid)) byOpioid.set(p.opioid, p);

/** The number that ends a typed name, plural or not: "tylenol #3", "T4s". */
const NUMBERED = /(\d)s?\s*$/;

/** The strengths a typed name allows: "tylenol #3" fixes 30/300, "T4s" 60/300; "norco" allows all three. */
export function strengthsForName(product: CombinationProduct, typed: string): readonly CombinationStrength[] {
  const digit = NUMBERED.exec(typed)?.[1];
  const fixed = digit ? product.strengths.filter((s) => s.number === digit) : [];
  return fixed.length ? fixed : product.strengths;
}

export const formatStrength = (s: CombinationStrength): string =>
  `${s.number ? `#${s.number} = ` : ''}${s.opioidMg}/${s.acetaminophenMg}`;

/**
 * Tablets of an NSAID with codeine (no acetaminophen): both drugs count, the codeine toward the MME and the NSAID
 * toward the NSAID rules. The reference lists no such product and no strength for one, so a strength is read only as
 * typed ("Nurofen Plus 200/12.8": ibuprofen mg / codeine mg a tablet) and otherwise asked for
 * (dose-notation.ts reads them as the two drugs).
 */
export const NSAID_CODEINE_PRODUCTS: readonly {
  readonly names: readonly string[];
  readonly display: string;
  readonly nsaid: 'ibuprofen';
  readonly nameSource: string;
}[] = Object.freeze([
  {
    names: ['nurofen plus'],
    display: 'Nurofen Plus',
    nsaid: 'ibuprofen',
    nameSource: 'Nurofen Plus product information (eMC, UK): ibuprofen with codeine phosphate tablets',
  },
]);
