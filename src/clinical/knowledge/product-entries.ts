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
  }),
  label({
    id: 'label.aleve-otc',
    text: 'OTC Aleve (naproxen sodium 220 mg) without a prescriber: at most 660 mg naproxen sodium a day.',
    source: SOURCE.naproxenLabel,
    topics: ['aleve', 'naproxen sodium', 'otc', 'over the counter', 'maximum'],
    drugs: ['naproxen'],
  }),
  label({
    id: 'label.ultracet',
    text: 'Ultracet (tramadol 37.5 mg + acetaminophen 325 mg): at most 8 tablets a day, labelled for acute pain for 5 days or less.',
    source: PRODUCT_SOURCE.ultracet,
    topics: ['ultracet', 'tramadol', 'acetaminophen', 'combination product', 'maximum'],
    drugs: ['tramadol', 'acetaminophen'],
  }),
  label({
    id: 'label.tramadol-er',
    text: "Tramadol extended-release (ConZip, Ultram ER and generics) is a different product: maximum 300 mg/day; not for CrCl < 30 or severe hepatic impairment. The guideline's tramadol 50-100 mg every 6-8 hours is immediate-release.",
    source: PRODUCT_SOURCE.tramadolEr,
    topics: ['tramadol', 'conzip', 'ultram er', 'extended-release', 'maximum', 'renal', 'liver'],
    drugs: ['tramadol'],
    see: ['opioid.framework.immediate-release'],
  }),
  label({
    id: 'label.fentanyl-patch',
    text: 'Fentanyl transdermal (Duragesic) is for opioid-tolerant patients only (boxed warning): never an opioid start.',
    source: PRODUCT_SOURCE.fentanylPatch,
    topics: ['fentanyl', 'duragesic', 'patch', 'transdermal', 'opioid-tolerant', 'boxed warning'],
    drugs: ['fentanyl'],
    see: ['label.opioid-tolerant'],
  }),
  label({
    id: 'label.opioid-tolerant',
    text: 'Opioid-tolerant (FDA): for a week or longer at least 60 mg oral morphine/day, 25 mcg/hr fentanyl, 30 mg oxycodone, 8 mg hydromorphone, 25 mg oxymorphone, 60 mg hydrocodone, or an equianalgesic dose of another opioid.',
    source: PRODUCT_SOURCE.fentanylPatch,
    topics: ['opioid-tolerant', 'opioid tolerance', 'fentanyl', 'patch'],
    drugs: ['fentanyl'],
  }),
  label({
    id: 'label.gabapentin-products',
    text: "Gralise (gabapentin once-daily) and Horizant (gabapentin enacarbil) are different products, not interchangeable mg for mg with gabapentin immediate-release. The guideline's gabapentin dose does not apply to them, so no dose check is made.",
    source: PRODUCT_SOURCE.gabapentinProducts,
    topics: ['gabapentin', 'gralise', 'horizant', 'gabapentin enacarbil', 'extended-release', 'interchangeable'],
    drugs: ['gabapentin'],
  }),
  label({
    id: 'label.gralise',
    text: 'Gralise: once daily with the evening meal, titrated to 1,800 mg.',
    source: PRODUCT_SOURCE.gabapentinProducts,
    topics: ['gralise', 'gabapentin', 'once daily', 'evening meal'],
    drugs: ['gabapentin'],
  }),
  label({
    id: 'label.horizant',
    text: 'Horizant: 600 mg twice daily for post-herpetic neuralgia.',
    source: PRODUCT_SOURCE.gabapentinProducts,
    topics: ['horizant', 'gabapentin enacarbil', 'post-herpetic neuralgia'],
    drugs: ['gabapentin'],
  }),
  cdc({
    id: 'opioid.er-la-products',
    text: 'Extended-release or long-acting (ER/LA) opioids: OxyContin and Xtampza ER, MS Contin and Kadian, Hysingla ER and Zohydro ER, Nucynta ER, Duragesic (fentanyl patch), ConZip and Ultram ER, methadone, Butrans and Belbuca.',
    source: SOURCE.clinicalReference,
    topics: ['opioid', 'extended-release', 'long-acting', 'er/la', 'oxycontin', 'ms contin', 'methadone'],
    see: ['opioid.framework.immediate-release', 'opioid.cdc-er-la'],
  }),
  cdc({
    id: 'opioid.cdc-er-la',
    text: 'CDC 2022 recommendation 3: ER/LA opioids only for severe, continuous pain, and only after immediate-release opioids taken daily for at least a week.',
    source: SOURCE.cdc2022,
    topics: ['opioid', 'extended-release', 'long-acting', 'er/la', 'immediate-release'],
  }),
];
