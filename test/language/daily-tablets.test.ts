import { describe, expect, it } from 'vitest';
import { DAILY_TABLETS_ROWS, dailyTabletsSaid } from '../../src/clinical/language/daily-tablets.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { normalize } from '../../src/clinical/language/normalize.js';

const said = (text: string) => {
  const norm = normalize(text);
  return dailyTabletsSaid(norm, findDrugs(norm));
};

describe('daily tablet rows', () => {
  it.each(DAILY_TABLETS_ROWS.map((r) => [r.id, r] as const))('%s: reads its example, not its counter', (_, row) => {
    expect(row.re.test(normalize(row.example))).toBe(true);
    expect(said(row.counter)).toBeUndefined();
  });
});

describe('tablets a day said of the patient', () => {
  it.each([
    ['actually she takes 4 a day', 4, undefined],
    ["she's using 4 Percocet a day, not 6", 4, 'oxycodone'],
    ['uses about three a day', 3, undefined],
    ['Pt actually taking 6 tablets per day', 6, undefined],
    ['pt taking 3 tabs/day', 3, undefined],
    ['he is only having two a day', 2, undefined],
    ['Actually, more like 5 a day.', 5, undefined],
    ['update comma she takes roughly 4 norco daily full stop', 4, 'hydrocodone'],
    ['gets through 8 co-codamol a day', 8, 'codeine'],
    ['takes 3 Tylenol #3 per day', 3, 'codeine'],
    // class f8-2: "N of the X a day", and intermittent use with its usual count
    ['she only takes about 2 of the Percocet a day', 2, 'oxycodone'],
    ['he takes the oxycontin on and off, usually one tablet a day, some days none', 1, 'oxycodone'],
    ['only uses 3 of her norco per day', 3, 'hydrocodone'],
    // a count before a product with its strength, moved after it (dose-notation.ts day-count-before-product)
    ['takes 4 Norco 10/325 a day', 4, 'hydrocodone'],
    ["she's using 3 Percocet 7.5/325 a day, not 6", 3, 'oxycodone'],
  ])('%s', (text, tablets, drug) => {
    const got = said(text);
    expect(got?.tablets).toBe(tablets);
    expect(got?.mention?.drug).toBe(drug);
  });

  it.each([
    'takes 4 weeks to work',
    'she takes 2 tabs twice a day',
    'can she take 6 a day?',
    'max 6 a day',
    'uses up to 6 a day',
    'if needed takes 2 a day',
    'walks 2 miles a day',
    'usually takes 4 weeks to work',
  ])('%s: not a daily use', (text) => {
    expect(said(text)).toBeUndefined();
  });
});

describe('a count not said of the current use of the product', () => {
  it.each([
    'she used to take 2 a day',
    'was taking 3 a day before the fall',
    'plan is to have her taking 2 a day by next month',
    'aim: taper to 2 a day',
    'goal is for him to be using 2 a day',
    'we will get her taking 3 a day',
    'taking 2 a day by the end of the month',
    'previously using 4 norco a day',
  ])('%s: not the use now', (text) => {
    expect(said(text)).toBeUndefined();
  });

  it.each([
    ['also takes 3 a day of ibuprofen 200', 'ibuprofen'],
    ['Ibuprofen 200 mg OTC, takes 3 a day', 'ibuprofen'],
    ['uses 2 a day of her naproxen', 'naproxen'],
  ])('%s: the count is of %s', (text, drug) => {
    expect(said(text)?.mention?.drug).toBe(drug);
  });

  it.each([
    ['used to take 6 a day, now takes 4 a day', 4],
    ['was using 8 a day but now only using 3 a day', 3],
    ['takes 4 a day, plan is to taper to 2 a day', 4],
  ])('%s: the current clause counts', (text, tablets) => {
    expect(said(text)?.tablets).toBe(tablets);
  });
});
