import { describe, expect, it } from 'vitest';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { productNameOf } from '../../src/clinical/language/product-reading.js';
import { medicationLabel } from '../../src/clinical/language/understood.js';

/**
 * Drug reading (helper m2): a product named in a bracket after its generic is the product kept (an ER/LA product is
 * never read as its immediate-release generic); a bare count after a product's strength is its tablets; a plain
 * acetaminophen name with a bare small count is tablets, not mg. Varied clinician styles, no identifiers.
 */
const only = (text: string) => {
  const found = findDrugs(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('a product in a bracket after its generic', () => {
  it.each([
    ['Meds: tramadol (Ultram ER 100 mg) daily', 'tramadol', 'ultram er', 100],
    ['morphine (MS Contin 30 mg) bid', 'morphine', 'ms contin', 60],
    ['MME oxycodone (OxyContin 20 mg) q12h', 'oxycodone', 'oxycontin', 40],
    ['pt on oxycodone ( OxyContin 10mg ) BD, ?naloxone', 'oxycodone', 'oxycontin', 20],
  ])('%s', (text, drug, product, daily) => {
    const m = only(text);
    expect(m.drug).toBe(drug);
    expect(productNameOf(m)).toBe(product);
    expect(m.dailyMg).toBe(daily);
  });

  it.each([
    ['naproxen (Aleve 220 mg) 2 bid', 440, 800],
    ['OTC naproxen (Aleve 220mg) 2 BD', 440, 800],
    ['Aleve (naproxen sodium 220 mg) 2 tabs bid', 440, 800],
    ['Aleve 220 mg 2 bid', 440, 800],
    ['Aleve 220 mg bid', 220, 400],
  ])('naproxen sodium tablets: %s', (text, saltMg, daily) => {
    const m = only(text);
    expect(m.saltMg).toBe(saltMg);
    expect(m.dailyMg).toBe(daily);
  });
});

describe('plain acetaminophen names: a bare small count is tablets', () => {
  it.each(['Panadol 2 qid', 'tylenol 2 q6h prn', 'paracetamol 2 qds', 'acetaminophen 1-2 tds'])(
    '%s: no mg read',
    (text) => {
      const m = only(text);
      expect(m.doseMg).toBeUndefined();
      expect(m.dailyMg).toBeUndefined();
    },
  );

  it.each([
    ['Panadol 500mg 2 qid', 4000],
    ['paracetamol 500 mg 2 QDS', 4000],
    ['Tylenol 500 mg 2 tabs qid', 4000],
    ['paracetamol 1g qid', 4000],
    ['tylenol 650 mg q6h', 2600],
  ])('%s', (text, daily) => {
    expect(only(text).dailyMg).toBe(daily);
  });
});

describe('a range: the line says the most the prescription allows', () => {
  it('oxycodone 30 mg daily (at most 40 mg/day)', () => {
    expect(medicationLabel({ drug: 'oxycodone', doseMg: 30, timesPerDay: 1, mostDailyMg: 40 } as never)).toBe(
      'oxycodone 30 mg daily (at most 40 mg/day)',
    );
  });
  it('a fixed schedule says nothing more', () => {
    expect(medicationLabel({ drug: 'oxycodone', doseMg: 5, timesPerDay: 4, mostDailyMg: 20 } as never)).toBe(
      'oxycodone 5 mg four times daily',
    );
  });
});
