import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * The naloxone line carries its own reason (>= 50 MME/day, a benzodiazepine, a CNS depressant with an opioid, a
 * history of substance use disorder or overdose: clinical-reference.md sections 3-4) on every route: the case's
 * steps, the guideline answer and the quick drug answers, all worded by naloxoneReasons.
 */
const say = (texts: readonly string[]): string => converse(texts).replies.at(-1) ?? '';
const naloxoneLine = (text: string) => text.split('\n').find((l) => /Naloxone|naloxone when/.test(l)) ?? '';

describe('case steps: the naloxone line says why', () => {
  it.each([
    [
      'GP chatty',
      'new case: 58M chronic LBP 2 years, no red flags, on oxycodone 10 mg qid, tried duloxetine 60 mg 8 weeks ineffective, naproxen 500 bid 6 weeks ineffective, did PT',
      /Naloxone \(60 MME\/day is >= 50\)/,
    ],
    [
      'EHR paste',
      'new case: 61F, CLBP x 3 yrs, no red flags. Meds: hydrocodone 5 mg qid, diazepam 5 mg qhs. Failed duloxetine 60 mg x 8 wk, naproxen 500 bid x 6 wk; PT done',
      /Naloxone \(diazepam \(a benzodiazepine\) with an opioid\)/,
    ],
  ])('%s', (_style, text, reason) => {
    expect(naloxoneLine(say([text]))).toMatch(reason);
  });

  it('contrast: an opioid under 50 MME/day with no risk factor offers no naloxone', () => {
    const out = say([
      'new case: 58M chronic LBP 2 years, no red flags, on hydrocodone 5 mg qid, tried duloxetine 60 mg 8 weeks ineffective, naproxen 500 bid 6 weeks ineffective, did PT',
    ]);
    expect(out).not.toMatch(/\*\*Naloxone/);
  });
});

describe('guideline and quick answers use the same wording', () => {
  it.each([
    [
      'guideline route',
      'naloxone for pt on 60 MME and lorazepam?',
      /60 MME\/day is >= 50; lorazepam \(a benzodiazepine\) with an opioid/,
    ],
    ['tablet MME', 'percocet 10/325 2 tabs q6h MME?', /Naloxone \(120 MME\/day is >= 50\)/],
    [
      'pharmacist',
      'Rx oxycodone 5 mg qid + clonazepam 0.5 bid, naloxone needed?',
      /Naloxone \(.*benzodiazepine\)? with an opioid/,
    ],
    ['NP shorthand', 'oxy 5 qid + zolpidem, anything I should offer?', /zolpidem: a CNS depressant with an opioid/],
  ])('%s: %s', (_style, text, reason) => {
    expect(say([text])).toMatch(reason);
  });
});
