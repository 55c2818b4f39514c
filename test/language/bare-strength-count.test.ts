import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { normalize } from '../../src/clinical/language/normalize.js';

/**
 * A strength typed without "mg" after the name, then a bare tablet count and how often ("tylenol 500 2 tid"): the
 * dose is the strength times the tablets, read like "tylenol 500 mg 2 tabs tid".
 */
const first = (text: string) => findDrugs(normalize(text))[0];
const headline = (text: string): string => ask(text)[0]!.split('\n')[0]!;

describe('strength, bare count, frequency: the tablets a dose', () => {
  it.each([
    ['tylenol 500 2 tid', 3000],
    ['Panadol 500 2 qds', 4000],
    ['paracetamol 500 2 QDS', 4000],
    ['naproxen 250 2 bd', 1000],
    ['ibuprofen 200 3 tid', 1800],
    ['tramadol 50 2 q6h', 400],
  ])('%s -> %d mg/day', (text, daily) => {
    expect(first(text)?.dailyMg).toBe(daily);
  });

  it.each([
    ['tylenol 500 2 tid, total acetaminophen?', /1,000 mg x 3\/day = 3,000 mg\/day/],
    ['Rx: panadol 500 2 qds ok to dispense?', /4,000 mg\/day: at the label maximum/],
    ['pt on 2 norco 10/325 qid plus tylenol 500 2 tid, total apap?', /Acetaminophen 5,600 mg\/day from both/],
    ['norco 10 2 qid mme', /Total 80 MME\/day/],
    ['percocet 5 2 q6h, mme?', /Total 60 MME\/day/],
  ])('%s', (text, want) => {
    expect(headline(text)).toMatch(want);
  });
});

describe('contrasts: no tablets read', () => {
  it.each([
    ['naproxen 500 bd', 500, 1000],
    ['ibu 400 tds', 400, 1200],
    ['tramadol 50 8 hourly', 50, 150],
    ['norco 10/325 2 tabs qid', 20, 80],
  ])('%s keeps its reading', (text, dose, daily) => {
    expect(first(text)?.doseMg).toBe(dose);
    expect(first(text)?.dailyMg).toBe(daily);
  });

  it.each([
    ['naproxen 500 2 weeks', 500],
    ['duloxetine 60 8 weeks', 60],
    ['dulox 60 12 wks', 60],
    ['naproxen 500 6/52', 500],
    ['duloxetine 60 3/12', 60],
  ])('a length after the strength is no count, the strength still the dose: %s', (text, dose) => {
    expect(first(text)?.doseMg).toBe(dose);
    expect(first(text)?.dailyMg).toBeUndefined();
  });
});

/**
 * A range typed bare between the strength and how often ("oxycodone 5 mg 1-2 q4h prn"): the prescription's maximum
 * takes the top of the range (clinical-reference.md section 4), as "1-2 tabs" does; the case keeps the lower.
 */
describe('strength, bare range, frequency: the top of the range for the maximum', () => {
  it.each([
    ['oxycodone 5 mg 1-2 q4h prn MME?', /Total 90 MME\/day/],
    ['oxycodone 5mg i-ii q4h prn, mme', /Total 90 MME\/day/],
    ['pt on oxycodone 5 mg 1 to 2 q6h prn - what is the MME', /Total 60 MME\/day/],
    ['tramadol 50 mg 1-2 qid mme?', /Total 80 MME\/day/],
    ['oxycodone 5mg 1-2 every 4 hours as needed, mme', /Total 90 MME\/day/],
    ['Rx: oxycodone 5 mg 1-2 q4h prn #60, MME ok to dispense?', /Total 90 MME\/day/],
  ])('%s', (text, want) => {
    expect(headline(text)).toMatch(want);
  });

  it.each([
    // The same maximum whether "tabs" is typed or not.
    ['oxycodone 5 mg 1-2 tabs q4h prn MME?', /Total 90 MME\/day/],
    // A single count is that count.
    ['oxycodone 5 mg 1 q4h prn MME?', /Total 45 MME\/day/],
    ['oxycodone 5 mg 2 q4h prn MME?', /Total 90 MME\/day/],
  ])('contrast: %s', (text, want) => {
    expect(headline(text)).toMatch(want);
  });

  it('the case reader keeps the lower end', () => {
    expect(first('tramadol 50 mg 1-2 qid')?.dailyMg).toBe(200);
  });

  it('a range of weeks after the strength is no count', () => {
    expect(first('naproxen 500 1-2 weeks')?.doseMg).toBe(first('naproxen 500 2 weeks')?.doseMg);
  });
});
