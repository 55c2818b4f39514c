import { describe, expect, it } from 'vitest';
import { readDoseNotation, UNCLEAR_DOSE } from '../../src/clinical/language/dose-notation.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { readClinicalText } from '../../src/clinical/language/normalize.js';
import { ask } from '../../scripts/eval/question-suite.js';

// Tablet-strength shorthand ("two of the 20s", "the 20s, 2 tabs", "half of the 10s", "10mg, 2 of the 5s",
// "2 of the 10/325s"): the dose read is the one the words mean; an amount and a count that disagree ("5mg of the
// 20s, 2 tabs": 5 mg or 40 mg?) are asked, never guessed. MME and daily totals use the dose read.

const dailyMg = (text: string): number | undefined => findDrugs(readClinicalText(text).toLowerCase())[0]?.dailyMg;
const reply = (text: string): string => ask(text).join('\n');

describe('the dose the strength shorthand means', () => {
  it.each([
    ['terse: strength then count', 'oxycodone the 20s, 2 tabs bd', 80],
    ['NP: her 10s x2', 'oxycodone her 10s x2 tds', 60],
    ['GP: two of the 20s', "he's taking two of the 20s oxycodone twice a day", 80],
    ['UK: half of the 10s', 'oxycodone half of the 10s qds', 20],
    ['amount agrees with the count', 'oxycodone 10mg, 2 of the 5s, tds', 30],
    ['amount from a larger tablet, no count', 'oxy 5mg of the 10s qid', 20],
    ['dictated', 'tramadol fifty milligrams, two of the twenty fives, four times a day', 200],
    ['dictated, word strength', 'she takes oxycodone two of the twenties twice a day', 80],
  ])('%s: "%s" is %i mg a day', (_style, text, mg) => {
    expect(dailyMg(text)).toBe(mg);
  });

  it.each([
    ['the amount and the count disagree', 'oxycodone 5mg of the 20s, 2 tabs bd'],
    ['one of the 20s said as 10 mg', 'tramadol 10 mg, 1 of the 20s, bd'],
  ])('%s: no amount is read', (_style, text) => {
    expect(readDoseNotation(text)).toContain(UNCLEAR_DOSE);
    expect(dailyMg(text)).toBeUndefined();
  });

  it.each([
    ['the 20s named with no count', 'she has the 20s and the 10s at home'],
    ['a year', 'back pain since her 20s, oxycodone 5 mg bd'],
  ])('contrast, %s: left as typed', (_style, text) => {
    expect(readDoseNotation(text)).toBe(text);
  });
});

describe('MME and daily totals use the dose read', () => {
  it.each([
    ['terse', 'oxycodone the 20s, 2 tabs bd, MME?', 'Total 120 MME/day'],
    ['EHR paste', 'hydrocodone 2 of the 10/325s q6h MME?', 'Total 80 MME/day'],
    ['combination halves', 'norco one and a half of the 5/325s q6h mme?', 'Total 30 MME/day'],
    ['tablet count with a half', 'norco 5/325 1.5 tabs q6h mme?', 'Total 30 MME/day'],
    ['amount agrees', 'oxycodone 10mg, 2 of the 5s, tds mme?', 'Total 45 MME/day'],
  ])('%s: "%s"', (_style, text, want) => {
    expect(reply(text)).toContain(want);
  });

  it.each([
    ['terse', 'oxycodone 5mg of the 20s, 2 tabs bd, MME?'],
    ['pharmacist', 'Rx oxycodone 5mg of the 20s, 2 tabs bd - ok to dispense?'],
    ['calculator', 'mme oxycodone 5mg of the 20s 2 tabs bd'],
    ['dose check', 'tramadol 25mg of the 50s, 2 tabs qds ok?'],
  ])('%s, truly ambiguous: asked, no MME or dose', (_style, text) => {
    const out = reply(text);
    expect(out).toContain('the dose is said two ways that disagree');
    expect(out).not.toMatch(/MME\/day|mg\/day/);
  });
});
