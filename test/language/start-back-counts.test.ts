import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { runScenario, textOf } from '../walkthrough/drive.js';

/**
 * Branch fc18: STarT Back said item by item or as counts of "yes" answers in a case is read into its total and
 * psychosocial subscale (Keele scoring, clinical-reference.md section 5: agree = 1, item 9 scores for "very much" or
 * "extremely"; subscale = items 5-9; low 0-3, high subscale 4-5, else medium), never ignored or asked again.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT).patch;
const OPENING = '58M CLBP 3 yrs, naproxen 500 bd 8 wk failed, RF neg, eGFR 80.';

describe('STarT Back as counts of yes answers', () => {
  it.each([
    ['STarT Back 5 of 9 yes, 3 of the psych items', 5, 3, 'medium'],
    ['SBT: 6/9 agree, psych 4/5', 6, 4, 'high'],
    ['start back - yes to 4 of 9, psychosocial 2', 4, 2, 'medium'],
    ['STarT Back 7/9 positive answers, psych subscale 4', 7, 4, 'high'],
    ['Dictated: start back 2 out of 9 yes comma 1 of the psychosocial', 2, 1, 'low'],
  ])('"%s"', (said, total, psychosocial, risk) => {
    const f = read(`${OPENING} ${said}`);
    expect(f.startBack).toEqual({ total, psychosocial });
    expect(f.startBackRisk).toBe(risk);
  });

  it.each([
    // a subscale that cannot fit the total (items 1-4 add at most 4): neither read nor risk-banded
    ['STarT back: 8/9 yes, 2 of 5 psychosocial', undefined],
    // a total above 3 with no subscale: the band needs the subscale, so nothing is assumed
    ['STarT Back 5 of 9 yes', undefined],
  ])('contrast "%s": not scored', (said, risk) => {
    const f = read(`${OPENING} ${said}`);
    expect(f.startBack).toBeUndefined();
    expect(f.startBackRisk).toBe(risk);
  });

  it('contrast: a low total needs no subscale (0-3 is low)', () => {
    expect(read(`${OPENING} STarT Back 2 of 9 yes`).startBackRisk).toBe('low');
  });

  it('contrast: the total form is unchanged ("SBT 7, psych 4")', () => {
    expect(read(`${OPENING} SBT 7, psych 4`).startBack).toEqual({ total: 7, psychosocial: 4 });
  });
});

describe('STarT Back item by item, item 9 said as bothersome or not', () => {
  it.each([
    ['STarT Back: Q1 yes, Q2 no, Q3 yes, Q4 yes, Q5 yes, Q6 yes, Q7 no, Q8 yes, Q9 bothersome', 7, 4],
    ['STarT Back: Q1 yes, Q2 no, Q3 yes, Q4 no, Q5 no, Q6 yes, Q7 no, Q8 no, Q9 not bothersome', 3, 1],
    ['SBT 1 y 2 n 3 y 4 y 5 y 6 n 7 n 8 y 9 very much', 6, 3],
  ])('"%s"', (said, total, psychosocial) => {
    expect(read(`${OPENING} ${said}`).startBack).toEqual({ total, psychosocial });
  });

  it('the case shows the score read, and does not ask for it again', () => {
    const out = textOf(
      runScenario({ name: 'sbt-counts', turns: [{ say: `${OPENING} STarT Back 5 of 9 yes, 3 of the psych items` }] })
        .outputs[0]!,
    );
    expect(out).toMatch(/STarT Back 5\/9, psychosocial 3\/5/);
    expect(out).toMatch(/STarT Back medium risk/);
    expect(out).not.toMatch(/For referral:[^\n]*STarT Back/);
  });
});
