import { referenceOf, type KnowledgeEntryInput } from './entry-schema.js';
import { SOURCE } from './source-names.js';

const label = referenceOf('label');
const cdc = referenceOf('opioid-framework');

/** One spelling each for the product labels this file names (clinical-reference.md section 2). */
export const PRODUCT_SOURCE = {
  tramadolEr: 'Tramadol extended-release (ConZip, Ultram ER) FDA labels',
  fentanylPatch: 'Fentanyl transdermal (Duragesic) FDA label, boxed warning',
  gabapentinProducts: 'Gralise and Horizant FDA labels',
  ultracet: 'Tramadol/acetaminophen (Ultracet) FDA label',
} as const;

/**
 * Named products and formulations (clinical-reference.md version 2, section 2 and "Extended-release or long-acting
 * opioids"): facts shown when a product is named, so it is never answered as its immediate-release generic. The
 * numbers the code computes with are in named-products.ts and combination-products.ts, each pointing here.
 */
export const productEntries: KnowledgeEntryInput[] = [
  label({
    id: 'label.naproxen-sodium',
    text: 'Naproxen doses are in naproxen base: naproxen sodium 220 mg = 200 mg naproxen, 275 mg = 250 mg, 550 mg = 500 mg. Up to 1,500 mg/day naproxen (naproxen sodium 1,650 mg/day) for limited periods. Naproxen and naproxen sodium are the same drug: never both.',
    source: SOURCE.naproxenLabel,
    topics: ['naproxen', 'naproxen sodium', 'anaprox', 'aleve', 'salt', 'conversion'],
    drugs: ['naproxen'],
    asked: [
      'naproxen sodium vs naproxen dose?',
      'anaprox 550 is how much naproxen?',
      'is naproxen sodium the same as naproxen?',
    ],
  }),
  label({
    id: 'label.aleve-otc',
    text: 'OTC Aleve (naproxen sodium 220 mg) without a prescriber: at most 660 mg naproxen sodium a day.',
    source: SOURCE.naproxenLabel,
    topics: ['aleve', 'naproxen sodium', 'otc', 'over the counter', 'maximum'],
    drugs: ['naproxen'],
    asked: [
      'how much aleve can she take otc?',
      'max aleve without a prescription?',
      'over the counter naproxen sodium limit?',
    ],
  }),
  label({
    id: 'label.ultracet',
    text: 'Ultracet (tramadol 37.5 mg + acetaminophen 325 mg): at most 8 tablets a day, labelled for acute pain for 5 days or less.',
    source: PRODUCT_SOURCE.ultracet,
    topics: ['ultracet', 'tramadol', 'acetaminophen', 'combination product', 'maximum'],
    drugs: ['tramadol', 'acetaminophen'],
    asked: [
      'ultracet max per day?',
      'how many ultracet tablets a day?',
      'tramadol/acetaminophen combination max dose?',
    ],
  }),
  label({
    id: 'label.tramadol-er',
    text: "Tramadol extended-release (ConZip, Ultram ER and generics) is a different product: maximum 300 mg/day; not for CrCl < 30 or severe hepatic impairment. The guideline's tramadol 50-100 mg every 6-8 hours is immediate-release.",
    source: PRODUCT_SOURCE.tramadolEr,
    topics: ['tramadol', 'conzip', 'ultram er', 'extended-release', 'maximum', 'renal', 'liver'],
    drugs: ['tramadol'],
    see: ['opioid.framework.immediate-release'],
    asked: ['tramadol ER max dose?', 'conzip dosing?', 'ultram ER in CKD?'],
  }),
  label({
    id: 'label.fentanyl-patch',
    text: 'Fentanyl transdermal (Duragesic) is for opioid-tolerant patients only (boxed warning): never an opioid start.',
    source: PRODUCT_SOURCE.fentanylPatch,
    topics: ['fentanyl', 'duragesic', 'patch', 'transdermal', 'opioid-tolerant', 'boxed warning'],
    drugs: ['fentanyl'],
    see: ['label.opioid-tolerant'],
    asked: [
      'can I start a fentanyl patch?',
      'duragesic for an opioid-naive pt?',
      'fentanyl patch as the first opioid?',
    ],
  }),
  label({
    id: 'label.opioid-tolerant',
    text: 'Opioid-tolerant (FDA): for a week or longer at least 60 mg oral morphine/day, 25 mcg/hr fentanyl, 30 mg oxycodone, 8 mg hydromorphone, 25 mg oxymorphone, 60 mg hydrocodone, or an equianalgesic dose of another opioid.',
    source: PRODUCT_SOURCE.fentanylPatch,
    topics: ['opioid-tolerant', 'opioid tolerance', 'fentanyl', 'patch'],
    drugs: ['fentanyl'],
    asked: [
      'what counts as opioid tolerant?',
      'definition of opioid tolerance for a fentanyl patch?',
      'Is 40 mg of oxycodone a day opioid-tolerant?',
    ],
  }),
  label({
    id: 'label.gabapentin-products',
    text: "Gralise (gabapentin once-daily) and Horizant (gabapentin enacarbil) are different products, not interchangeable mg for mg with gabapentin immediate-release. The guideline's gabapentin dose does not apply to them, so no dose check is made.",
    source: PRODUCT_SOURCE.gabapentinProducts,
    topics: ['gabapentin', 'gralise', 'horizant', 'gabapentin enacarbil', 'extended-release', 'interchangeable'],
    drugs: ['gabapentin'],
    asked: [
      'gralise vs gabapentin?',
      'is horizant the same as gabapentin?',
      'can I swap gabapentin for gralise mg for mg?',
    ],
  }),
  label({
    id: 'label.gralise',
    text: 'Gralise: once daily with the evening meal, titrated to 1,800 mg.',
    source: PRODUCT_SOURCE.gabapentinProducts,
    topics: ['gralise', 'gabapentin', 'once daily', 'evening meal'],
    drugs: ['gabapentin'],
    asked: ['how to dose gralise?', 'gralise titration?', 'gralise with food?'],
  }),
  label({
    id: 'label.horizant',
    text: 'Horizant: 600 mg twice daily for post-herpetic neuralgia.',
    source: PRODUCT_SOURCE.gabapentinProducts,
    topics: ['horizant', 'gabapentin enacarbil', 'post-herpetic neuralgia'],
    drugs: ['gabapentin'],
    asked: ['horizant dose?', 'gabapentin enacarbil dosing?', 'horizant for nerve pain, how much'],
  }),
  cdc({
    id: 'opioid.er-la-products',
    text: 'Extended-release or long-acting (ER/LA) opioids: OxyContin and Xtampza ER, MS Contin and Kadian, Hysingla ER and Zohydro ER, Nucynta ER, Duragesic (fentanyl patch), ConZip and Ultram ER, methadone, Butrans and Belbuca.',
    source: SOURCE.clinicalReference,
    topics: ['opioid', 'extended-release', 'long-acting', 'er/la', 'oxycontin', 'ms contin', 'methadone'],
    see: ['opioid.framework.immediate-release', 'opioid.cdc-er-la'],
    asked: ['which opioids are long-acting?', 'is MS Contin extended release?', 'list of ER/LA opioids?'],
  }),
  cdc({
    id: 'opioid.cdc-er-la',
    text: 'CDC 2022 recommendation 3: ER/LA opioids only for severe, continuous pain, and only after immediate-release opioids taken daily for at least a week.',
    source: SOURCE.cdc2022,
    topics: ['opioid', 'extended-release', 'long-acting', 'er/la', 'immediate-release'],
    asked: [
      'When can I use a long-acting opioid?',
      'ER opioid criteria CDC?',
      'switch to oxycontin after a week of IR?',
    ],
  }),
];
