import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

const AT = '2026-01-15T10:00:00.000Z';
const reply = (text: string): string => ask(text).join('\n');
const SAME_DRUG = 'Naproxen and naproxen sodium are the same drug: never both.';

/**
 * One drug said as two products in one case, each with its own dose ("naproxen 500 mg bid (rx)", "Aleve 2 tabs on bad
 * days"): two medications, the prescribed trial judged on its own dose, and the case says the same-drug line the
 * quick answer gives (label.naproxen-sodium).
 */
describe('two products of one NSAID in a case: both kept, the same-drug line said', () => {
  it.each([
    // terse
    [
      '52F chronic LBP 8 months, no red flags. naproxen 500 mg bid (rx) x 6 wks, partial help. also takes Aleve 2 tabs on bad days. next step?',
      /naproxen failed \(500 mg twice daily, 6 wk: an adequate trial\)/,
    ],
    // EHR paste: the prescribed product is the one continued at its own dose
    [
      '52F\nPROBLEM: chronic low back pain 8 months, red flags negative\nMEDS:\nnaproxen 500 mg tablet, Take 1 tablet by mouth 2 (two) times a day\nAleve 2 tabs on bad days (OTC)\nQ: next step?',
      /Continue: naproxen 500 mg twice daily/,
    ],
  ])('"%s"', (text, trial) => {
    const out = reply(text);
    expect(out).toContain(SAME_DRUG);
    expect(out).toMatch(trial);
    expect(out).not.toMatch(/Naproxen 400 mg twice daily/);
  });

  it('the case reader keeps each product with its own dose', () => {
    const meds = extractCaseFacts('naproxen 500 mg bid (rx) x 6 wks. also takes Aleve 2 tabs on bad days', AT).patch
      .medications;
    expect(meds).toEqual([
      expect.objectContaining({ drug: 'naproxen', doseMg: 500, timesPerDay: 2 }),
      expect.objectContaining({ drug: 'naproxen', product: 'aleve', doseMg: 400 }),
    ]);
  });

  it.each([
    // another NSAID: the two-NSAIDs line, not the same-drug line
    '52F chronic LBP 8 months, no red flags. naproxen 500 mg bid x 6 wks, partial help. also takes ibuprofen 400 on bad days. next step?',
    // one product only
    '52F chronic LBP 8 months, no red flags. naproxen 500 mg bid x 6 wks, partial help. next step?',
  ])('contrast "%s": no same-drug line', (text) => {
    expect(reply(text)).not.toContain(SAME_DRUG);
  });
});
