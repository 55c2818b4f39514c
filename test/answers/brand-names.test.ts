import { describe, expect, it } from 'vitest';
import { isExtendedRelease, opioidLine } from '../../src/clinical/case/case-opioids.js';
import { namedProducts } from '../../src/clinical/knowledge/named-products.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Every brand clinical-reference.md sections 2 and 4 list is read as its drug in a case and answered in a quick
 * question; UK/AU and US brands of products the reference lists (Tramal, Tramal SR, Panadol Osteo, Tylenol Arthritis)
 * are read as their product, with the name's source in the knowledge data; a strength the reference does not give is
 * asked, never guessed.
 */
const AT = '2026-12-07T10:00:00.000Z';
const medsOf = (text: string) => extractCaseFacts(text, AT).patch.medications ?? [];

const REFERENCE_BRANDS: readonly [string, string][] = [
  ['Cymbalta', 'duloxetine'],
  ['Naprosyn', 'naproxen'],
  ['EC-Naprosyn', 'naproxen'],
  ['Anaprox', 'naproxen'],
  ['Anaprox DS', 'naproxen'],
  ['Aleve', 'naproxen'],
  ['Motrin', 'ibuprofen'],
  ['Advil', 'ibuprofen'],
  ['Ultram', 'tramadol'],
  ['Ultracet', 'tramadol'],
  ['ConZip', 'tramadol'],
  ['Ultram ER', 'tramadol'],
  ['Neurontin', 'gabapentin'],
  ['Gralise', 'gabapentin'],
  ['Horizant', 'gabapentin'],
  ['Lyrica', 'pregabalin'],
  ['Tylenol', 'acetaminophen'],
  ['Duragesic', 'fentanyl'],
  ['Norco', 'hydrocodone'],
  ['Vicodin', 'hydrocodone'],
  ['Lortab', 'hydrocodone'],
  ['Percocet', 'oxycodone'],
  ['Endocet', 'oxycodone'],
  ['Tylenol with codeine', 'codeine'],
  ['OxyContin', 'oxycodone'],
  ['Xtampza ER', 'oxycodone'],
  ['MS Contin', 'morphine'],
  ['Kadian', 'morphine'],
  ['Hysingla ER', 'hydrocodone'],
  ['Zohydro ER', 'hydrocodone'],
  ['Nucynta ER', 'tapentadol'],
  ['Butrans', 'buprenorphine'],
  ['Belbuca', 'buprenorphine'],
  // UK/AU and US brands of products the reference lists
  ['Tramal', 'tramadol'],
  ['Tramal SR', 'tramadol'],
  ['Panadol Osteo', 'acetaminophen'],
  ['Tylenol Arthritis', 'acetaminophen'],
];

describe('every brand of the reference, and its UK/AU and US brands, is read in a case and in a question', () => {
  it.each(REFERENCE_BRANDS)('case: "%s" is %s', (brand, drug) => {
    const meds = medsOf(`62M chronic LBP 2 yrs, no red flags, takes ${brand} 1 tab bd for 6 weeks, no help`);
    expect(meds.map((m) => m.drug)).toContain(drug);
  });
  it.each(REFERENCE_BRANDS)('question: "%s max dose?" names it', (brand) => {
    const reply = ask(`${brand} max dose?`).join('\n');
    expect(reply).not.toMatch(/^Which drug\?/);
    expect(reply.toLowerCase()).toContain(brand.toLowerCase().replace('ec-', ''));
  });
});

describe('UK/AU and US brands carry their product form and the source of the name', () => {
  it.each(['tramal sr', 'panadol osteo', 'tylenol arthritis'])('%s has a name source', (name) => {
    const product = namedProducts.find((p) => p.names.includes(name));
    expect(product?.nameSource).toBeTruthy();
    expect(product?.review).toBe('pending');
  });

  it.each([
    'Dear Doctor, Re: 66-year-old woman. She takes Tramal SR 100 mg bd',
    'NP: 70F CLBP, tramal sr 100 bd x 3/12',
    'MEDICATIONS\n- Tramal SR 100mg tablet, 1 tab twice daily\nPROBLEM LIST\n- chronic low back pain',
  ])('Tramal SR is extended-release tramadol, at the tramadol MME factor: %j', (text) => {
    const m = medsOf(text).find((x) => x.drug === 'tramadol')!;
    expect(m.product).toBe('tramal sr');
    expect(isExtendedRelease(m)).toBe(true);
    expect(opioidLine(m)).toMatchObject({ mme: 40, factor: 0.2, extendedRelease: true });
  });

  it('plain Tramal is tramadol, not the extended-release product', () => {
    const m = medsOf('66F CLBP 2 yrs, Tramal 50 mg qds for 6 weeks')[0]!;
    expect(m.drug).toBe('tramadol');
    expect(isExtendedRelease(m)).toBe(false);
  });

  it('a Tramal SR question gets the tramadol extended-release limits', () => {
    const reply = ask('Tramal SR dose with CrCl 25?').join('\n');
    expect(reply).toMatch(/Tramal SR \(tramadol sustained-release \(extended-release\)\): not for this patient/);
    expect(reply).toContain('not for CrCl < 30');
  });

  it.each([
    ['Panadol Osteo 2 tabs tds plus Percocet 5/325 2 q6h - too much paracetamol?', 'Panadol Osteo'],
    ['tylenol arthritis 2 tablets every 8 hours and Norco 10/325 one q6h, total APAP?', 'Tylenol Arthritis'],
  ])('no strength the reference does not give: %j asks', (q, display) => {
    const reply = ask(q).join('\n');
    expect(reply).toContain(`Which ${display} strength`);
    expect(reply).not.toMatch(/665|650 mg|500 mg \(Tylenol Extra Strength\)/);
  });

  it('a strength the clinician types is counted', () => {
    const reply = ask('Panadol Osteo 665 mg 2 tabs tds plus Percocet 5/325 2 q6h - too much paracetamol?').join('\n');
    expect(reply).toContain('Panadol Osteo: 1,330 mg x 3 a day = 3,990 mg acetaminophen a day.');
    expect(reply).toMatch(/above the adult maximum of 4,000 mg\/day/);
  });
});
