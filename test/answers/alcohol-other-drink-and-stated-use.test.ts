import { describe, expect, it } from 'vitest';
import { ALCOHOL_USE, NOT_ALCOHOL_DRINKS } from '../../src/clinical/language/alcohol.js';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a drink amount or container followed by "of" and a drink that is no alcohol ("3 pints of milk a day", "2
 * tins a day of tuna") is not alcohol use; with alcohol named after it ("pints of lager") it is. And a named
 * one-strength product (Tylenol #3) with the tablets used a day said beside its sig gives the stated use too.
 */
const alcohol = (t: string): boolean =>
  ALCOHOL_USE.some((r) => {
    r.lastIndex = 0;
    return r.test(t);
  });

describe('alcohol: no other drink after the container', () => {
  it.each([
    'has 3 pints of milk a day',
    'has 2 tins a day of tuna',
    'drinks 2 cans a day of coke zero',
    'having 4 glasses a day of water',
  ])('not alcohol: %j', (t) => {
    expect(alcohol(t)).toBe(false);
  });
  it.each([
    'has 3 pints of lager a day',
    'has 4 cans a day',
    'has 2 tins a day of strong cider',
    'drinks 6 beers a night',
  ])('alcohol: %j', (t) => {
    expect(alcohol(t)).toBe(true);
  });
});

describe('a drink after "of": only a named non-alcoholic one cancels drinking', () => {
  it.each([
    'drinks 3 pints a day of guinness',
    'has 2 bottles a night of red',
    'drinks 6 cans a day of vb',
    'has 4 schooners a night of tooheys',
  ])('alcohol: %j', (t) => {
    expect(alcohol(t)).toBe(true);
  });
  it.each([
    'has 3 pints a day of semi-skimmed milk',
    'drinks 2 cans a day of diet coke',
    'has 4 glasses a day of sparkling water',
    'has 3 pints a day of alcohol-free lager',
  ])('not alcohol: %j', (t) => {
    expect(alcohol(t)).toBe(false);
  });
  it.each(NOT_ALCOHOL_DRINKS.filter((w) => /^[a-z ]+$/.test(w)))('every plain listed drink cancels: %j', (w) => {
    expect(alcohol(`has 3 pints a day of ${w}`)).toBe(false);
  });
});

let n = 0;
const reply = (q: string): string => converse([q], { key: `stated-use-${n++}` }).replies[0] ?? '';

describe('Tylenol #3 with the tablets used a day', () => {
  it.each([
    ['NP', 'tylenol #3 2 q4h, using 10 a day', '10 tablets of 30 mg'],
    ['MME asked', 'tylenol #3 2 q4h, MME? using 10 a day', '10 tablets of 30 mg'],
    ['T3 shorthand', 'T3 2 tabs q4h prn, she takes about 8 a day', '8 tablets of 30 mg'],
  ])('%s: %j', (_style, q, line) => {
    const text = reply(q);
    expect(text).toContain('Taken now (as said)');
    expect(text).toContain(line);
  });
  it('contrast: no use said', () => {
    expect(reply('tylenol #3 2 q4h, MME?')).not.toContain('Taken now');
  });
});
