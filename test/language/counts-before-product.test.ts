import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { readDoseNotation } from '../../src/clinical/language/dose-notation.js';
import { durationsIn } from '../../src/clinical/language/durations.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

/**
 * Tablet counts said before a combination product, in digits or words ("two Norco 10/325 a day", "a couple of
 * Percocet 5/325 tid"): the count is the tablets, read for the MME and the acetaminophen total as if written after.
 */
const headline = (text: string): string => ask(text)[0]!.split('\n')[0]!;
const body = (text: string): string => ask(text).join('\n');

describe('a day count before a product with its strength is the tablets a day', () => {
  it.each([
    ['two Norco 10/325 a day, MME?', /Total 20 MME\/day/],
    ['takes 4 Norco 10/325 a day - mme', /Total 40 MME\/day/],
    ['pt uses three Percocet 5/325 daily. MME pls', /22\.5 MME\/day/],
    ['Rx: on 6 norco 5/325 per day, ok to dispense? mme', /Total 30 MME\/day/],
  ])('%s', (text, want) => {
    expect(headline(text)).toMatch(want);
  });

  it('the acetaminophen is counted from the same tablets', () => {
    expect(body('three percocet 5/325 a day, total acetaminophen?')).toMatch(/975 mg acetaminophen a day/);
  });
});

describe('a couple of tablets is two', () => {
  it.each([
    ['takes a couple of tabs of norco 5/325 bid, mme', /Total 20 MME\/day/],
    ['a couple of Norco 10/325 tid, MME?', /Total 60 MME\/day/],
    ['norco 10/325 a couple tabs tid, mme?', /Total 60 MME\/day/],
  ])('%s', (text, want) => {
    expect(headline(text)).toMatch(want);
  });
});

describe('contrasts: counts that are not the tablets stay as typed', () => {
  it.each([
    'a couple of weeks of norco',
    'a couple of times a day',
    'day 2 Norco 10/325 a day',
    'takes 4 norco daily',
    'norco 10/325 for 4 days',
  ])('%s', (text) => {
    expect(readDoseNotation(text)).toBe(text);
  });

  it('a count after the strength keeps its reading', () => {
    expect(headline('Norco 10/325 2 tabs qid, pain 7/10, ODI 30/50. MME?')).toMatch(/Total 80 MME\/day/);
  });

  it('a product with several strengths and none typed still asks the strength', () => {
    expect(headline('two Norco a day, MME?')).toMatch(/Which Norco strength\?/);
  });
});

describe('UK/AU durations: n/52, n/12, n/7 after "x"', () => {
  it.each([
    ['duloxetine 60 x6/52, no better', 6],
    ['naproxen 500 bd x3/52 no help', 3],
    ['LBP 9/12 hx, duloxetine 60 x 2/7', 2 / 7],
  ])('%s', (text, weeks) => {
    const meds = extractCaseFacts(text.toLowerCase(), '2026-01-15T10:00:00.000Z').patch.medications ?? [];
    expect(meds[meds.length - 1]?.durationWeeks).toBeCloseTo(weeks, 1);
  });

  it.each(['norco 10/325 x2 tabs', 'pain 7/10, ODI 30/50', 'norco x10/325'])('contrast, no duration: %s', (text) => {
    expect(durationsIn(text.toLowerCase(), '2026-01-15T10:00:00.000Z')).toEqual([]);
  });
});
