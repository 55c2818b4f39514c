import type { DrugId } from './drug-catalogue.js';

/**
 * Named products and formulations that a drug id alone cannot tell apart (clinical-reference.md version 2, section
 * 2): extended-release or long-acting opioids, tramadol extended-release with its own limits, the fentanyl patch,
 * the gabapentin products that get no gabapentin dose check, naproxen sodium (doses in naproxen base) and plain
 * acetaminophen strengths. Each points at the knowledge entries (product-entries.ts) that carry its facts and source.
 */
export type ProductKind =
  | 'er-la'
  | 'buprenorphine-sublingual'
  | 'tramadol-er'
  | 'fentanyl-patch'
  | 'gabapentin-product'
  | 'naproxen-sodium'
  | 'acetaminophen';

export interface NamedProduct {
  /** Lower case, as typed; "tramadol er" style names come from an ER word after the generic (formulationProduct). */
  readonly names: readonly string[];
  /** "OxyContin". */
  readonly display: string;
  readonly drug: DrugId;
  readonly kind: ProductKind;
  /** "oxycodone extended-release". */
  readonly form: string;
  /** mg of the drug in one tablet when the name fixes it (Anaprox DS: 550 mg naproxen sodium). */
  readonly tabletMg?: number;
  /** Knowledge entry ids with this product's facts, shown with it. */
  readonly entries: readonly string[];
  /**
   * Where the name comes from when the reference does not list it (a UK/AU or US brand of a product it does list):
   * the name only; the product's facts are the reference's for its form, and a strength it does not give is asked.
   */
  readonly nameSource?: string;
  readonly review: 'pending';
}

const ER_LA = ['opioid.framework.immediate-release', 'opioid.cdc-er-la'] as const;
const TRAMADOL_ER = ['label.tramadol-er', ...ER_LA] as const;

const erLa = (names: string[], display: string, drug: DrugId, form: string): NamedProduct => ({
  names,
  display,
  drug,
  kind: 'er-la',
  form,
  entries: ER_LA,
  review: 'pending',
});

const sublingual = (names: string[], display: string): NamedProduct => ({
  names,
  display,
  drug: 'buprenorphine',
  kind: 'buprenorphine-sublingual',
  form: 'buprenorphine sublingual',
  entries: ['mme.not-for-conversion'],
  review: 'pending',
});

export const namedProducts: readonly NamedProduct[] = Object.freeze([
  erLa(['oxycontin'], 'OxyContin', 'oxycodone', 'oxycodone extended-release'),
  erLa(['xtampza', 'xtampza er'], 'Xtampza ER', 'oxycodone', 'oxycodone extended-release'),
  erLa(['ms contin'], 'MS Contin', 'morphine', 'morphine extended-release'),
  erLa(['kadian'], 'Kadian', 'morphine', 'morphine extended-release'),
  erLa(['hysingla', 'hysingla er'], 'Hysingla ER', 'hydrocodone', 'hydrocodone extended-release'),
  erLa(['zohydro', 'zohydro er'], 'Zohydro ER', 'hydrocodone', 'hydrocodone extended-release'),
  erLa(['nucynta er'], 'Nucynta ER', 'tapentadol', 'tapentadol extended-release'),
  erLa(['exalgo'], 'Exalgo', 'hydromorphone', 'hydromorphone extended-release'),
  erLa(['methadone', 'dolophine', 'methadose'], 'Methadone', 'methadone', 'methadone (long-acting)'),
  erLa(['butrans'], 'Butrans', 'buprenorphine', 'buprenorphine transdermal (long-acting)'),
  erLa(['belbuca'], 'Belbuca', 'buprenorphine', 'buprenorphine buccal film (long-acting)'),
  // Sublingual buprenorphine (film or tablet): named as such, never as the Butrans patch, and not an ER/LA product (the
  // reference's ER/LA list names Butrans and Belbuca only). The reference says only that buprenorphine has no MME
  // factor (section 4); it gives no dose and nothing else for these products, so nothing else is said.
  sublingual(['suboxone'], 'Suboxone (buprenorphine sublingual)'),
  sublingual(['subutex'], 'Subutex (buprenorphine sublingual)'),
  // "bup/nal", "bupe/nx": prescribers' shorthand for buprenorphine/naloxone, a sublingual product (no patch holds naloxone)
  sublingual(
    ['buprenorphine sublingual', 'bupe sublingual', 'bup/nal', 'bupe/nal', 'bup/nx', 'bupe/nx'],
    'Buprenorphine sublingual',
  ),
  {
    names: ['conzip'],
    display: 'ConZip',
    drug: 'tramadol',
    kind: 'tramadol-er',
    form: 'tramadol extended-release',
    entries: TRAMADOL_ER,
    review: 'pending',
  },
  {
    // AU/UK brand of sustained-release tramadol: an extended-release tramadol, the reference's tramadol ER row
    names: ['tramal sr', 'tramal retard'],
    display: 'Tramal SR',
    drug: 'tramadol',
    kind: 'tramadol-er',
    form: 'tramadol sustained-release (extended-release)',
    entries: TRAMADOL_ER,
    nameSource: 'Tramal SR product information (TGA, Australia): tramadol hydrochloride sustained-release tablets',
    review: 'pending',
  },
  {
    names: ['ultram er'],
    display: 'Ultram ER',
    drug: 'tramadol',
    kind: 'tramadol-er',
    form: 'tramadol extended-release',
    entries: TRAMADOL_ER,
    review: 'pending',
  },
  {
    // Described rather than named ("the three-day skin patch opioid"): the only opioid patch the reference lists.
    names: [
      'duragesic',
      'fentanyl patch',
      'fentanyl',
      'skin patch opioid',
      'opioid skin patch',
      'opioid patch',
      'transdermal opioid',
    ],
    display: 'Fentanyl patch',
    drug: 'fentanyl',
    kind: 'fentanyl-patch',
    form: 'fentanyl transdermal (Duragesic)',
    entries: ['label.fentanyl-patch', 'label.opioid-tolerant', ...ER_LA],
    review: 'pending',
  },
  {
    names: ['gralise'],
    display: 'Gralise',
    drug: 'gabapentin',
    kind: 'gabapentin-product',
    form: 'gabapentin once-daily',
    entries: ['label.gabapentin-products', 'label.gralise'],
    review: 'pending',
  },
  {
    names: ['horizant', 'gabapentin enacarbil', 'enacarbil'],
    display: 'Horizant',
    drug: 'gabapentin',
    kind: 'gabapentin-product',
    form: 'gabapentin enacarbil',
    entries: ['label.gabapentin-products', 'label.horizant'],
    review: 'pending',
  },
  // Naproxen sodium: the typed mg is the salt; doses are checked in naproxen base (NAPROXEN_SODIUM below).
  {
    names: ['anaprox ds'],
    display: 'Anaprox DS',
    drug: 'naproxen',
    kind: 'naproxen-sodium',
    form: 'naproxen sodium',
    tabletMg: 550,
    entries: ['label.naproxen-sodium'],
    review: 'pending',
  },
  {
    names: ['aleve'],
    display: 'Aleve',
    drug: 'naproxen',
    kind: 'naproxen-sodium',
    form: 'naproxen sodium (OTC)',
    tabletMg: 220,
    entries: ['label.naproxen-sodium', 'label.aleve-otc'],
    review: 'pending',
  },
  {
    names: ['anaprox', 'naproxen sodium'],
    display: 'Naproxen sodium',
    drug: 'naproxen',
    kind: 'naproxen-sodium',
    form: 'naproxen sodium',
    entries: ['label.naproxen-sodium'],
    review: 'pending',
  },
  // Plain acetaminophen strengths, so a product named with tablets adds up (clinical-reference.md section 2: add
  // acetaminophen across every product). Extra Strength 500 mg and Regular Strength 325 mg are OTC label strengths.
  {
    names: ['tylenol es', 'tylenol extra strength', 'extra strength tylenol', 'extra-strength tylenol'],
    display: 'Tylenol Extra Strength',
    drug: 'acetaminophen',
    kind: 'acetaminophen',
    form: 'acetaminophen 500 mg',
    tabletMg: 500,
    entries: ['label.acetaminophen'],
    review: 'pending',
  },
  {
    names: ['tylenol regular strength', 'regular strength tylenol'],
    display: 'Tylenol Regular Strength',
    drug: 'acetaminophen',
    kind: 'acetaminophen',
    form: 'acetaminophen 325 mg',
    tabletMg: 325,
    entries: ['label.acetaminophen'],
    review: 'pending',
  },
  // Acetaminophen (paracetamol) modified- or extended-release brands: the reference gives no strength for them, so
  // no tabletMg: the strength a tablet holds is asked, never guessed (clinical-reference.md section 2).
  {
    names: ['panadol osteo'],
    display: 'Panadol Osteo',
    drug: 'acetaminophen',
    kind: 'acetaminophen',
    form: 'paracetamol modified-release',
    entries: ['label.acetaminophen'],
    nameSource: 'Panadol Osteo product information (TGA, Australia): paracetamol modified-release tablets',
    review: 'pending',
  },
  {
    names: ['tylenol arthritis'],
    display: 'Tylenol Arthritis',
    drug: 'acetaminophen',
    kind: 'acetaminophen',
    form: 'acetaminophen extended-release',
    entries: ['label.acetaminophen'],
    nameSource: 'Tylenol 8 HR Arthritis Pain OTC label (DailyMed): acetaminophen extended-release tablets',
    review: 'pending',
  },
]);

/**
 * A generic described by its form rather than named ("the once-weekly buprenorphine skin patch", "buprenorphine
 * buccal film"): the one product of that form the reference lists (section 2, ER/LA: Butrans and Belbuca). Each row
 * reads the words beside the generic in its own clause; its example is tested (test/answers/described-product.test.ts).
 */
export const DESCRIBED_PRODUCT_ROWS: readonly {
  drug: DrugId;
  words: RegExp;
  product: string;
  example: string;
}[] = Object.freeze([
  {
    // first: "SL", "sublingual", "under the tongue", "buprenorphine/naloxone" (no patch holds naloxone)
    drug: 'buprenorphine',
    words: /\b(?:sl|s\/l|sublingual(?:ly)?|under the tongue)\b|^\s?[/+-]\s?naloxone\b/i,
    product: 'buprenorphine sublingual',
    example: 'bupe 8mg SL daily - MME?',
  },
  {
    // "weekly" of a patch ("once-weekly", "changed weekly"), not of a pick-up, a script or a clinic visit
    drug: 'buprenorphine',
    words:
      /\b(?:patch(?:es)?|transdermal|weekly(?! (?:pick[- ]?ups?|dispens\w*|collections?|scripts?|prescriptions?|supply|supplies|visits?|clinics?|reviews?|appointments?|sessions?|groups?|uds|urine))|(?:7|seven)[- ]?days?|skin)\b/i,
    product: 'butrans',
    example: 'the once-weekly buprenorphine skin patch - ok as her first opioid?',
  },
  {
    drug: 'buprenorphine',
    words: /\bbuccal\b/i,
    product: 'belbuca',
    example: 'buprenorphine buccal film to start?',
  },
]);

/** Tramadol extended-release limits (label.tramadol-er). */
export const TRAMADOL_ER_LIMITS = Object.freeze({ maxDailyMg: 300, notBelowCrcl: 30, entry: 'label.tramadol-er' });

/**
 * Naproxen sodium -> naproxen base, the reference's pairs (label.naproxen-sodium); the OTC Aleve daily limit in
 * naproxen sodium without a prescriber (label.aleve-otc).
 */
export const NAPROXEN_SODIUM = Object.freeze({
  pairs: Object.freeze([
    { sodiumMg: 220, baseMg: 200 },
    { sodiumMg: 275, baseMg: 250 },
    { sodiumMg: 550, baseMg: 500 },
  ]),
  otcMaxSodiumMgPerDay: 660,
});

/** Tablet strengths of naproxen sodium a typed amount may be made of, for asking when none fits. */
export const naproxenSodiumStrengths = (): number[] => NAPROXEN_SODIUM.pairs.map((p) => p.sodiumMg);

/** Naproxen sodium for an amount of naproxen base, by the reference's pairs (all in the same ratio, 220:200). */
export function naproxenSodiumMg(baseMg: number): number {
  const pair = NAPROXEN_SODIUM.pairs[0]!;
  return (baseMg * pair.sodiumMg) / pair.baseMg;
}

/** Plain products of a kind with a fixed tablet strength, e.g. "325 mg (Tylenol Regular Strength) or 500 mg (...)". */
export function tabletStrengthsText(kind: ProductKind): string {
  return namedProducts
    .filter((p) => p.kind === kind && p.tabletMg !== undefined)
    .sort((a, b) => a.tabletMg! - b.tabletMg!)
    .map((p) => `${p.tabletMg} mg (${p.display})`)
    .join(' or ');
}

/**
 * Plain acetaminophen tablet strengths with the words that name each ("extra strength": 500 mg), from the named
 * products above: a reply to "what strength is each tablet?" is read against them.
 */
export function acetaminophenTabletStrengths(): { mg: number; words: string; names: readonly string[] }[] {
  return namedProducts
    .filter((p) => p.kind === 'acetaminophen' && p.tabletMg !== undefined)
    .map((p) => ({
      mg: p.tabletMg!,
      words: p.display.toLowerCase().replace(/^tylenol\s/, ''),
      names: p.names,
    }));
}

/**
 * Naproxen base for a typed naproxen sodium amount that is a whole number of one listed tablet (550, 440 = 2 x 220),
 * else undefined: the amount is then asked about, never converted by a guessed ratio.
 */
export function naproxenBaseMg(sodiumMg: number, maxTablets = 4): number | undefined {
  for (const p of NAPROXEN_SODIUM.pairs) {
    const tablets = sodiumMg / p.sodiumMg;
    if (Number.isInteger(tablets) && tablets >= 1 && tablets <= maxTablets) return tablets * p.baseMg;
  }
  return undefined;
}

const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
const byName = new Map(namedProducts.flatMap((p) => p.names.map((n) => [squash(n), p] as const)));

/** The product a typed name names ("OxyContin", "anaprox ds"), or undefined for a plain generic. */
export function productByName(typed: string): NamedProduct | undefined {
  return byName.get(squash(typed));
}

/** Opioids that have an extended-release form named by a word after the generic ("morphine ER", "tramadol XR"). */
const ER_FORMS: Partial<Record<DrugId, string>> = {
  oxycodone: 'oxycodone extended-release',
  morphine: 'morphine extended-release',
  hydrocodone: 'hydrocodone extended-release',
  hydromorphone: 'hydromorphone extended-release',
  oxymorphone: 'oxymorphone extended-release',
  tapentadol: 'tapentadol extended-release',
  tramadol: 'tramadol extended-release',
  gabapentin: 'gabapentin extended-release (Gralise or Horizant)',
};

/** "tramadol ER", "oxycodone SR", "gabapentin ER": the product an extended-release word after a generic names. */
export function formulationProduct(drug: DrugId): NamedProduct | undefined {
  const form = ER_FORMS[drug];
  if (!form) return undefined;
  if (drug === 'tramadol')
    return { ...namedProducts.find((p) => p.kind === 'tramadol-er')!, names: [], display: 'Tramadol ER' };
  if (drug === 'gabapentin')
    return {
      names: [],
      display: 'Gabapentin ER',
      drug,
      kind: 'gabapentin-product',
      form,
      entries: ['label.gabapentin-products'],
      review: 'pending',
    };
  const generic = form.split(' ')[0]!;
  return erLa([], `${generic.charAt(0).toUpperCase()}${generic.slice(1)} ER`, drug, form);
}
