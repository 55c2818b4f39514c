import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * Tramadol is the guideline's step "if duloxetine and NSAIDs are contraindicated or ineffective" (1, 2), before
 * opioids, and it is an opioid itself (clinical-reference.md section 2: "any opioid (tramadol included)"). A patient
 * already taking another opioid is not offered tramadol on top: the plan stays with what is taken (the opioid lines,
 * naloxone when its risk factors hold) and the next steps. Tramadol taken, or no other opioid, is unchanged.
 */
const first = (t: string) => textOf(runScenario({ name: t.slice(0, 30), turns: [{ say: t }] }).outputs[0]!);
const doNow = (out: string) => out.slice(out.indexOf('**Do now'), out.indexOf('**Still needed') + 1 || undefined);

describe('another opioid taken now: tramadol is not added on top', () => {
  it.each([
    '64F chronic LBP 3 yrs, RF neg, eGFR 80. Naproxen 500 bd 8 wk and duloxetine 60 mg 10 wk both failed. PT done. On oxycodone IR 5 mg qid for 2 months. Next?',
    'pt on norco 10/325 2 tabs q6h, uses 6/day. naproxen 500 bd x 8/52 failed, dulox 60 x 12/52 failed. RF neg, eGFR 70. next?',
    'Dear Dr, 58-year-old man, chronic LBP 2 years, no red flags, eGFR 85. Ibuprofen 600 mg tds for 8 weeks and duloxetine 60 mg for 10 weeks did not help. He is on a fentanyl patch 12 mcg/hr. What next?',
  ])('%s', (t) => {
    const out = first(t);
    expect(doNow(out)).not.toMatch(/Tramadol 50-100 mg/);
    expect(out).not.toMatch(/Has tramadol been tried/);
  });

  it('no other opioid: tramadol is still the next step', () => {
    const out = first(
      '64F chronic LBP 3 yrs, RF neg, eGFR 80. Naproxen 500 bd 8 wk and duloxetine 60 mg 10 wk both failed. PT done. Next?',
    );
    expect(doNow(out)).toMatch(/Tramadol 50-100 mg every 6-8 hours/);
  });
});
