import { describe, expect, it } from 'vitest';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { typedStrength } from '../../src/clinical/language/tablet-regimen.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { runScenario, textOf, type Scenario } from './drive.js';

/**
 * Generic combination names as EHR lists write them ("hydrocodone/acetaminophen 10/325", "APAP/codeine 300/30",
 * "oxycodone-acetaminophen 5-325"): one tablet of the opioid, its strength read either part first
 * (clinical-reference.md section 2, "Products and strengths"), in cases and quick answers alike.
 */
const say = (text: string): string => {
  const s: Scenario = { name: text.slice(0, 30), turns: [{ say: text }] };
  return textOf(runScenario(s).outputs[0]!);
};
const answer = (q: string): string => ask(q).join('\n\n');

describe('a generic combination name is one mention of the opioid', () => {
  it.each([
    ['hydrocodone/acetaminophen 10/325 mg 1 tab PO q6h PRN', 'hydrocodone', 10, 325],
    ['oxycodone-acetaminophen 5-325 2 tabs q6h', 'oxycodone', 10, 650],
    ['APAP/codeine 300/30 2 tabs qid', 'codeine', 60, 600],
    ['tramadol / APAP 37.5/325 1 tab tid', 'tramadol', 37.5, 325],
    ['acetaminophen-hydrocodone 325/5 one q6h', 'hydrocodone', 5, 325],
  ])('%s', (text, drug, doseMg, acetaminophenMg) => {
    const mentions = findDrugs(text);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ drug, doseMg, acetaminophenMg });
  });

  it('an acetaminophen-first strength of an unlisted tablet still doses the opioid part, never 500 mg codeine', () => {
    expect(findDrugs('paracetamol/codeine 500/30 2 qds')[0]).toMatchObject({ drug: 'codeine', doseMg: 60 });
  });

  it('a dash reads as a strength only before an acetaminophen amount: "tramadol 50-100" stays a range', () => {
    expect(typedStrength('5-325 q6h')).toMatchObject({ opioidMg: 5, acetaminophenMg: 325 });
    expect(typedStrength('300/30 bid')).toMatchObject({ opioidMg: 30, acetaminophenMg: 300 });
    expect(typedStrength('50-100 q6h')).toBeUndefined();
  });
});

describe('in a pasted case, the product with its strength, MME and acetaminophen', () => {
  it.each([
    [
      'EHR paste',
      '58F chronic low back pain 8 months, no red flags. Meds: hydrocodone/acetaminophen 10/325 mg 1 tab PO q6h PRN; naproxen 500 mg bid x 6 wks, partial relief.',
      /Hydrocodone\/acetaminophen: at most 40 mg hydrocodone a day[^\n]*40 MME\/day \(factor 1\)/,
    ],
    [
      'UK letter',
      'Dear colleague, 66M with chronic low back pain for 2 years, no red flags. Current medication: paracetamol/codeine 500/30 two tablets four times daily.',
      /codeine 60 mg four times daily is 36 MME\/day \(factor 0\.15\)/,
    ],
    [
      'NP shorthand',
      '49M CLBP x3y, no RF. meds: oxycodone-acetaminophen 5-325 1 tab q6h prn, APAP/codeine 300/30 1 bid',
      /at most 20 mg oxycodone a day[^\n]*30 MME\/day \(factor 1\.5\); apap\/codeine 30\/300, 2 tablets a day \(60 mg codeine\) is 9 MME\/day/i,
    ],
  ])('%s', (_style, text, expected) => {
    expect(say(text)).toMatch(expected);
  });
});

describe('quick answers', () => {
  it.each([
    ['APAP/codeine 300/30 2 tabs qid MME?', /codeine 240 mg\/day x 0\.15 = 36 MME\/day/],
    ['MME oxycodone-acetaminophen 5-325 2 tabs q6h', /40 mg oxycodone and 2,600 mg acetaminophen a day/],
    ['tramadol/APAP 37.5/325 2 tabs q6h mme', /300 mg tramadol and 2,600 mg acetaminophen a day/],
  ])('%s', (q, expected) => {
    expect(answer(q)).toMatch(expected);
  });
});
