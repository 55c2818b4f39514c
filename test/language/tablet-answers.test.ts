import { describe, expect, it } from 'vitest';
import { parseFrequency } from '../../src/clinical/language/frequency.js';
import { parseDoseRegimen } from '../../src/clinical/language/dose-regimen.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import {
  acetaminophenStrengthAnswer,
  STRENGTH_ANSWER_EXAMPLES,
  TABLETS_A_DAY_ROWS,
  tabletsADayAnswer,
} from '../../src/clinical/language/tablet-answers.js';
import { leadingCount, tabletCount } from '../../src/clinical/language/tablet-count.js';
import { readTabletRegimen, tabletsPerDay } from '../../src/clinical/language/tablet-regimen.js';

describe('tablets-a-day answer rows (data): each reads its example, not its counter-example', () => {
  it.each(TABLETS_A_DAY_ROWS.map((r) => [r.id, r.example, r.counter]))('%s', (_id, example, counter) => {
    expect(tabletsADayAnswer(example)).toBeDefined();
    expect(tabletsADayAnswer(counter)).toBeUndefined();
  });

  it.each([
    ['6', '6 a day', true],
    ['about 6', '6 a day', true],
    ['six', '6 a day', true],
    ['6 tabs', '6 a day', false],
    ['she takes 6/day', '6 a day', false],
    ['8 in 24 hours', '8 a day', false],
    ['2 tabs q6h', '2 tabs q6h', false],
    ['takes 2 every 6 hours', '2 every 6 hours', false],
    ['1-2 q4-6h prn, max 6/day', '1-2 q4-6h prn, max 6/day', false],
  ])('"%s" -> "%s"', (text, regimen, bare) => {
    expect(tabletsADayAnswer(text)).toEqual({ regimen, bare });
  });

  it.each(['6 weeks', '6/10', 'not tried', '60 mg daily 8 weeks', 'naproxen 500 bd', '13', 'pain 6', 'odi 40'])(
    '"%s" is no tablet count',
    (text) => {
      expect(tabletsADayAnswer(text)).toBeUndefined();
    },
  );
});

describe('acetaminophen strength answers', () => {
  it.each(STRENGTH_ANSWER_EXAMPLES.map(([t, mg]) => [t, mg]))('"%s" -> %s mg', (text, mg) => {
    expect(acetaminophenStrengthAnswer(text)).toBe(mg);
  });

  it.each(['600', '1 g', '5000 mg', 'strong ones', 'not sure', '2 tabs qds'])('"%s" is no strength', (text) => {
    expect(acetaminophenStrengthAnswer(text)).toBeUndefined();
  });
});

describe('a count of a whole day is its doses, one tablet each', () => {
  it.each([
    [' 6/day', 6],
    [' 6 a day', 6],
    [' 6 per day', 6],
    [' 6 daily', 6],
    [' 6 tabs a day', 6],
    [' 8 tablets in 24 hours', 8],
  ])('"%s"', (text, day) => {
    expect((leadingCount(text, true) ?? tabletCount(text))?.perDay).toBe(true);
    expect((leadingCount(text, true) ?? tabletCount(text))?.high).toBe(day);
  });

  it.each([' 2 tabs q6h', ' 2 tabs daily', ' 2 tabs', ' 1-2 tabs q4h prn, max 6 a day'])(
    '"%s" counts a dose',
    (text) => {
      expect((leadingCount(text, true) ?? tabletCount(text))?.perDay).toBeUndefined();
    },
  );

  it.each([
    ['norco 10/325 x4 daily', 4],
    ['ibuprofen 400 mg x3 daily', 3],
    ['tramadol 50 x 2/day', 2],
  ])('"%s": x N daily is N doses a day', (text, times) => {
    expect(parseFrequency(text).timesPerDay).toBe(times);
  });

  it('"x 4 days" stays a duration, never four a day', () => {
    expect(parseFrequency('naproxen 500 bd x 4 days').timesPerDay).toBe(2);
  });

  it.each([
    ['Percocet 5/325 6/day', { doseMg: 5, timesPerDay: 6, acetaminophenMg: 325 }],
    ['tylenol #3 4/day', { doseMg: 30, timesPerDay: 4, acetaminophenMg: 300 }],
    ['ultracet 6/day', { doseMg: 37.5, timesPerDay: 6, acetaminophenMg: 325 }],
    ['APAP/codeine 300/30 4/day', { doseMg: 30, timesPerDay: 4, acetaminophenMg: 300 }],
    ['co-codamol 30/500 8 a day', { doseMg: 30, timesPerDay: 8, acetaminophenMg: 500 }],
    ['percocet 5/325 mg tab, 6 tabs/day', { doseMg: 5, timesPerDay: 6, acetaminophenMg: 325 }],
  ])('%s', (text, expected) => {
    expect(findDrugs(text.toLowerCase())[0]).toMatchObject(expected);
  });

  it('the tablet reader counts a day', () => {
    expect(tabletsPerDay(readTabletRegimen(' 5/325 6/day'))).toBe(6);
    expect(tabletsPerDay(readTabletRegimen(' 10/325 x4 daily'))).toBe(4);
    expect(tabletsPerDay(readTabletRegimen(' 10/325 2 tabs q6h'))).toBe(8);
  });

  it('the dose reader: a day of tablets of a strength', () => {
    expect(parseDoseRegimen(' 5/325 6 a day')).toMatchObject({ doseMg: 5, timesPerDay: 6, dailyMg: 30 });
  });
});
