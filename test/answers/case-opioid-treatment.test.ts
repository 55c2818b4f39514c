import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Methadone or buprenorphine from an addiction service is opioid treatment for a use disorder (concepts.ts
 * OPIOID_AGONIST_TREATMENT), and a second opioid asked about in that case is judged on top of the one taken: the
 * answer names it and the combined MME (drug-answer.ts tramadolOnOpioidMessage, question-context.ts caseOpioids).
 */
function turns(texts: string[], n: number): string[] {
  let state: unknown;
  return texts.map((t, i) => {
    const r = handleTurn(state, coreInput(t, n + i), CORE_OPTIONS);
    if (r.state !== undefined) state = r.state;
    return r.output.messages.map((m) => m.text).join('\n');
  });
}

describe('methadone or buprenorphine from an addiction service', () => {
  it.each([
    ['terse', '52M LBP 7 months, on methadone 60 mg daily from the clinic, no red flags'],
    ['NP shorthand', 'pt 40F, CLBP 1 yr, bup 16 mg via the addiction service, failed naproxen'],
    ['EHR paste', '48M LBP 8 mo, methadone 80 mg od (OTP), ibuprofen 600 tds no help'],
    [
      'GP chatty',
      'Saw a 50 year old man with back pain for 9 months, he gets methadone 40 mg daily through the drug service',
    ],
    ['UK/AU', '45F LBP 6/12, buprenorphine 8 mg SL daily for opioid dependence, naproxen 500 bd no good'],
  ])('%s: "%s" records a substance use disorder', (_, text) => {
    expect(turns([text], 9300)[0]).toMatch(/^- substance use disorder$/m);
  });

  it.each([
    ['a pain clinic', '60M LBP 1 yr, methadone 10 mg bd from the pain clinic, no red flags'],
    ['a patch for pain', '55F LBP 6 months, buprenorphine patch 10 mcg/h for pain'],
  ])('contrast, %s: "%s" records none', (_, text) => {
    expect(turns([text], 9310)[0]).not.toMatch(/^- substance use disorder$/m);
  });
});

describe('a second opioid asked about in a case on an opioid', () => {
  it.each([
    [
      'terse',
      '52M LBP 7 months, on methadone 60 mg daily from the clinic, no red flags',
      'can I add tramadol 50 qid?',
      'methadone',
      322,
    ],
    [
      'pharmacist',
      '61F LBP 1 yr, oxycodone 5 mg bd, no red flags',
      'Rx tramadol 50 mg qid - ok to dispense, add on?',
      'oxycodone',
      55,
    ],
    [
      'dictated',
      '58M back pain 8 months, morphine 10 mg twice a day, no red flags',
      'what about adding tramadol 50 mg four times a day',
      'morphine',
      60,
    ],
  ])('%s: names the opioid taken and the combined MME', (_, first, ask, opioid, mme) => {
    const out = turns([first, ask], 9320)[1]!;
    expect(out).toContain(`not on top of ${opioid}`);
    expect(out).toContain(`Combined with tramadol: ${mme} MME/day`);
    expect(out).not.toMatch(/adequate \(guideline dose\)/);
  });

  it('contrast: a case on no opioid keeps the dose judgement', () => {
    const out = turns(
      ['52M LBP 7 months, naproxen 500 bd 8 wk no help, no red flags', 'can I add tramadol 50 qid?'],
      9330,
    )[1]!;
    expect(out).toMatch(/adequate \(guideline dose\)/);
    expect(out).not.toMatch(/not on top of/);
  });
});
