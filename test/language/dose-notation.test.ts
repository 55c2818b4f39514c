import { describe, expect, it } from 'vitest';
import { DOSE_NOTATION_ROWS, readDoseNotation } from '../../src/clinical/language/dose-notation.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { readClinicalText } from '../../src/clinical/language/normalize.js';
import { ask } from '../../scripts/eval/question-suite.js';

describe('dose notation rows', () => {
  it.each(DOSE_NOTATION_ROWS.map((r) => [r.id, r.example, r.expected]))('%s: %s', (_id, example, expected) => {
    expect(readDoseNotation(example)).toBe(expected);
    // idempotent: the rewritten text is left as it is
    expect(readDoseNotation(expected)).toBe(expected);
  });

  it.each([
    ['dispensed 60 x 5mg tablets', 'dispensed 60 x 5mg tablets'],
    ['naproxen 500 mg x 3 months', 'naproxen 500 mg x 3 months'],
    ['on dialysis 3x a week', 'on dialysis 3x a week'],
    ['gram-negative sepsis last year', 'gram-negative sepsis last year'],
  ])('leaves what is no per-dose count: %s', (text, want) => {
    expect(readDoseNotation(text)).toBe(want);
  });
});

/** Total mg a day of the first drug as the case and quick-answer readers see it. */
const dailyMg = (text: string): number | undefined => findDrugs(readClinicalText(text).toLowerCase())[0]?.dailyMg;

describe('N x M mg is N units of M mg each dose, times how often', () => {
  it.each([
    ['methadone 2x5mg bd', 20],
    ['oxy 2 x 5mg q6h', 40],
    ['2x50mg tramadol tds', 300],
    ['take 2 x 500mg paracetamol qds', 4000],
    ['oxycodone 1 x 10mg tid', 30],
    ['Pt takes tramadol two x 50 mg four times a day', 400],
    ['OXYCODONE 2 × 5 MG Q6H', 40],
    ['oxycodone 2 tabs of 5mg q6h', 40],
    ['paracetamol 2 tablets x 500 mg qds', 4000],
    ['half a gram of paracetamol qds', 2000],
    ['1 gram acetaminophen qid', 4000],
    ['acetaminophen 1.5 grams tid', 4500],
    ['naproxen 1 g/day', 1000],
  ])('%s -> %d mg/day', (text, want) => {
    expect(dailyMg(text)).toBe(want);
  });
});

describe('a supply is not a dose; a range count is a range of doses', () => {
  it.each([
    'Dispensed 4 x 5mg oxycodone tabs, takes 5 mg bd',
    'supply of 2 x 500mg naproxen',
    '#4 x 5mg oxycodone',
    'box of 2 x 50mg tramadol',
    '4 x 5mg tabs dispensed',
    'oxycodone 4 x 5mg supplied by ED',
  ])('%s: left as typed', (text) => {
    expect(readDoseNotation(text)).toBe(text);
  });

  it.each([
    ['oxycodone 1-2 x 5mg q4h', 'oxycodone 5-10 mg q4h'],
    ['tramadol 1 to 2 tabs x 50 mg qid', 'tramadol 50-100 mg qid'],
    ['Oxy one-two x 5mg q6h prn', 'Oxy 5-10 mg q6h prn'],
  ])('%s', (text, want) => {
    expect(readDoseNotation(text)).toBe(want);
  });
});

it('a supply count is never read into the dose', () => {
  const m = findDrugs(readClinicalText('Dispensed 4 x 5mg oxycodone tabs, takes 5 mg bd').toLowerCase())[0];
  expect(m?.doseMg).toBe(5);
});

describe('a tablet count said before a product of known strength reads as after it (same reading)', () => {
  const headline = (text: string) => ask(text)[0]!.split('\n')[0]!;
  it.each([
    ['takes 2 tabs of extra strength Tylenol qid and Norco 10/325 1 tab q4h - acetaminophen total?'],
    ['takes 2 extra strength Tylenol qid and Norco 10/325 1 tab q4h - acetaminophen total?'],
    ['Tylenol ES, takes 2 tabs qid, and Norco 10/325 1 tab q4h - total APAP?'],
    ['on two tablets of Tylenol Extra Strength qid plus Norco 10/325 1 tab q4h, acetaminophen total?'],
    // the written-after form is the reading every style shares
    ['extra strength Tylenol 2 tabs qid and Norco 10/325 1 tab q4h - acetaminophen total?'],
  ])('%s: 4,000 + 1,950 = 5,950 mg, above the maximum', (text) => {
    expect(headline(text)).toMatch(/Acetaminophen 5,950 mg\/day from both products: above the adult maximum/);
  });

  it.each([
    ['takes 2 tabs of Norco 10/325 q6h', 'takes Norco 10/325 2 tabs q6h'],
    ['she takes 2 Norco q6h', 'she takes Norco 2 tabs q6h'],
    ['Percocet 5/325, he takes 2 tabs tid', 'Percocet 5/325 2 tabs tid'],
  ])('moves the count after the name: %s', (text, want) => {
    expect(readDoseNotation(text)).toBe(want);
  });

  it.each([
    'day 2 Norco started',
    'week 3 Tylenol ES helped',
    'Norco 10/325 1 tab q4h',
    'extra strength Tylenol 2 tabs qid',
    '2 weeks of Norco',
  ])('contrast, left as typed: %s', (text) => {
    expect(readDoseNotation(text)).toBe(text);
  });

  it('contrast: 1 tab of extra strength Tylenol qid stays 2,000 mg', () => {
    expect(headline('takes 1 tab of extra strength Tylenol qid')).toMatch(/500 mg x 4\/day = 2,000 mg\/day/);
  });
});

describe('a count before a product that is the day count stays as typed (the daily-tablets readers take it)', () => {
  it.each(["she's using 4 Percocet a day, not 6", 'takes 3 Tylenol #3 per day', 'takes 4 norco daily'])(
    '%s',
    (text) => {
      expect(readDoseNotation(text)).toBe(text);
    },
  );
});
