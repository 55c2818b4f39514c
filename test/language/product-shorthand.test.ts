import { describe, expect, it } from 'vitest';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { productOf } from '../../src/clinical/language/product-reading.js';
import { leadingCount, tabletCount } from '../../src/clinical/language/tablet-count.js';
import { readTabletRegimen, tabletsPerDay } from '../../src/clinical/language/tablet-regimen.js';

/**
 * Issue 12, dose arithmetic (clinical-reference.md version 2, sections 2 and 4): clinicians' tablet shorthand read at
 * the most the prescription allows, open-ended extras, and what a product name adds to a mention.
 */
describe('tablet counts in clinicians shorthand', () => {
  it.each([
    [' 10/325 ii tabs q6h', 2, 8, false],
    [' 10/325 i-ii q4-6h prn', 2, 12, true],
    [' 10/325 1-2 q6h', 2, 8, true],
    [' 5/325 2 q6h', 2, 8, false],
    [' 10/325 1-2 tabs q4-6h prn, no more than 8/day', 2, 8, true],
    [' 1 tab q4h prn max 6/day', 1, 6, true],
    [', 2 tabs every 6 hrs', 2, 8, false],
  ])('%s: %d a dose, %d a day at the most (at most: %s)', (text, perDose, perDay, atMost) => {
    const r = readTabletRegimen(text);
    expect(r.tabletsPerDose).toBe(perDose);
    expect(tabletsPerDay(r)).toBe(perDay);
    expect(r.atMost).toBe(atMost);
  });

  it('keeps both ends of a range: the case reader takes the lower, the checks the upper', () => {
    expect(tabletCount('1-2 tabs')).toMatchObject({ low: 1, high: 2 });
    expect(tabletCount('i-ii tablets')).toMatchObject({ low: 1, high: 2 });
    expect(leadingCount(' ii q4h', true)).toMatchObject({ low: 2, high: 2 });
    // A bare number is a count only where no number can be a strength.
    expect(leadingCount(' 5 q6h', true)).toBeUndefined();
    expect(leadingCount(' 2 q6h', false)).toBeUndefined();
  });

  it('reads the upper end of a dose range and the shorter interval of "q6-8h", even written "q6h-8h"', () => {
    expect(readTabletRegimen(' 300-600 tid')).toMatchObject({ leadMg: 600, timesPerDay: 3, atMost: true });
    expect(readTabletRegimen(' 100 q6-8h')).toMatchObject({ timesPerDay: 4, atMost: true });
    expect(readTabletRegimen(' 100 q6h-8h')).toMatchObject({ timesPerDay: 4, atMost: true });
  });

  it('reads an open-ended extra dose and keeps the schedule apart from it', () => {
    expect(readTabletRegimen(' 100 qid plus extra 50s when needed')).toMatchObject({
      leadMg: 100,
      timesPerDay: 4,
      extra: { mg: 50 },
      atMost: true,
    });
    expect(readTabletRegimen(' 800 tid plus an extra 400 mg prn').extra).toEqual({ mg: 400 });
    expect(readTabletRegimen(' 100 mg qid + 50 mg prn').extra).toEqual({ mg: 50 });
    expect(readTabletRegimen(' 100 qid').extra).toBeUndefined();
  });
});

describe('what a product name adds to a mention', () => {
  const one = (text: string) => findDrugs(text)[0]!;

  it('counts tablets of a one-strength combination ("ultracet 2 q4h" is 75 mg tramadol a dose, not 2 mg)', () => {
    expect(one('ultracet 2 q4h')).toMatchObject({ drug: 'tramadol', doseMg: 75, timesPerDay: 6, acetaminophenMg: 650 });
    expect(one('Tylenol #3, 2 tabs every 6 hrs')).toMatchObject({ drug: 'codeine', doseMg: 60, acetaminophenMg: 600 });
    expect(one('norco 10/325 ii tabs q6h')).toMatchObject({ doseMg: 20, acetaminophenMg: 650 });
  });

  it('reads naproxen sodium as naproxen base, and drops an amount that fits no listed tablet', () => {
    expect(one('anaprox ds bid')).toMatchObject({ doseMg: 500, saltMg: 550, timesPerDay: 2 });
    expect(one('aleve 2 tabs bid')).toMatchObject({ doseMg: 400, saltMg: 440 });
    expect(one('naproxen sodium 550 mg bid')).toMatchObject({ doseMg: 500 });
    expect(one('naproxen sodium 500 mg bid')).toMatchObject({ saltUnresolved: true });
    expect(one('naproxen sodium 500 mg bid').doseMg).toBeUndefined();
    expect(one('naproxen 500 bid')).toMatchObject({ doseMg: 500 });
    expect(one('naproxen 500 bid').saltMg).toBeUndefined();
  });

  it('counts acetaminophen products by their strength', () => {
    expect(one('tylenol es 2 tabs tid')).toMatchObject({ drug: 'acetaminophen', dailyMg: 3000, acetaminophenMg: 1000 });
    expect(one('extra strength tylenol (500) 2 tabs tid')).toMatchObject({ dailyMg: 3000 });
    expect(one('tylenol 2 tabs tid').doseMg).toBeUndefined();
  });

  it('recognises named ER/LA products and an ER word after a generic, and reads the dose after it', () => {
    for (const [text, kind] of [
      ['oxycontin 20 bid', 'er-la'],
      ['ms contin 15 bid', 'er-la'],
      ['hysingla er 20 daily', 'er-la'],
      ['nucynta er 100 bid', 'er-la'],
      ['methadone 10 bid', 'er-la'],
      ['butrans 10 mcg/hr', 'er-la'],
      ['belbuca 150 mcg bid', 'er-la'],
      ['conzip 300 daily', 'tramadol-er'],
      ['ultram er 100 daily', 'tramadol-er'],
      ['tramadol ER 200 daily', 'tramadol-er'],
      ['duragesic 25 mcg/hr', 'fentanyl-patch'],
      ['gralise 1800 daily', 'gabapentin-product'],
      ['horizant 600 bid', 'gabapentin-product'],
    ] as const) {
      expect(productOf(one(text))?.kind, text).toBe(kind);
    }
    expect(one('morphine ER 30 bid')).toMatchObject({ drug: 'morphine', extendedRelease: true, dailyMg: 60 });
    expect(productOf(one('oxy IR 5 q6h'))).toBeUndefined();
    expect(productOf(one('tramadol 50 q6h'))).toBeUndefined();
    expect(productOf(one('gabapentin 600 tid'))).toBeUndefined();
  });
});
