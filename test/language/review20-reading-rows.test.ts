import { describe, expect, it } from 'vitest';
import { parseDoseRegimen } from '../../src/clinical/language/dose-regimen.js';
import { CODEINE_SIG_ROWS, findDrugs } from '../../src/clinical/language/find-drugs.js';
import { measuresIn } from '../../src/clinical/language/measures.js';

/**
 * Round-20 reading fixes: T3/T4 with a codeine sig (rows with an example and a counter-example), the dose now after a
 * change said with it, and the eGFR now after a past value. (Stops and years: finished-switched-year.test.ts; drinks
 * after "of": test/answers/alcohol-other-drink-and-stated-use.test.ts.)
 */
describe('T3/T4: a codeine sig in its own item wins over a thyroid word near it', () => {
  const codeine = (t: string): boolean => findDrugs(t.toLowerCase()).some((m) => m.drug === 'codeine');
  it.each(CODEINE_SIG_ROWS.map((r) => [r.example, r.counter]))('codeine: %j; hormone: %j', (example, counter) => {
    expect(codeine(example)).toBe(true);
    expect(codeine(counter)).toBe(false);
  });
});

describe('the dose now after a change', () => {
  it.each([
    [' 20mg tds - tried to cut from 20 to 10 tds last month ', 60],
    [' reduced from 20 mg tds to bd', 40],
    [' 20mg bd changed to qds last month', 80],
    [' 50 qid switched to sustained release 100 bd', 200],
    [' 10 tds, plan to cut from 10 to 5 tds', 30],
    [' 20 tds, cut from 20 to 10 tds last month', 30],
  ])('%j: %i mg/day', (text, daily) => {
    expect(parseDoseRegimen(text).dailyMg).toBe(daily);
  });
});

describe('the eGFR now', () => {
  const egfr = (t: string) => measuresIn(t.toLowerCase()).renal?.egfr;
  it.each([
    ['eGFR 55 last year, 24 now.', 24],
    ['eGFR 55 last year, 24 last week.', 24],
    ['eGFR last week 24.', 24],
    ['eGFR last year 55, now 24', 24],
    ['egfr 40 and 35 today', 35],
    ['eGFR 26 last year, 65 now', 65],
  ])('%j: %i', (t, v) => {
    expect(egfr(t)).toBe(v);
  });
  it.each([
    ['eGFR 24, 55 last year', 24],
    ['eGFR 45, weight 70 kg', 45],
    ['eGFR 30, 2 weeks ago', 30],
  ])('contrast %j: %i', (t, v) => {
    expect(egfr(t)).toBe(v);
  });
});
