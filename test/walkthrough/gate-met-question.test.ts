import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/** "Is the opioid gate met now?" with a case open: the case's gaps, named, never the general gate list alone. */
describe('the opioid gate asked mid-case', () => {
  const open =
    '52M chronic LBP 9 months, no red flags. naproxen 500 bid 6 weeks failed, duloxetine 60 mg 8 weeks failed, 12 weeks of PT and CBT without benefit';
  it.each(['Is the opioid gate met now?', 'has he cleared the opioid gate?', 'NP: opioid gate met for this pt now?'])(
    '%s',
    (q) => {
      const { outputs } = runScenario({ name: q, turns: [{ say: 'new case' }, { say: open }, { say: q }] });
      const text = textOf(outputs.at(-1)!);
      expect(text).toContain('not yet, the opioid gate is closed');
      expect(text).toMatch(
        /risk assessment not documented: substance use disorder, mental health conditions, concurrent sedatives; then whether benefits clearly outweigh risks/,
      );
      expect(text).toContain('the pre-opioid discussion not yet documented');
    },
  );
  it('contrast: once both are recorded, they are not asked', () => {
    const { outputs } = runScenario({
      name: 'recorded',
      turns: [
        { say: 'new case' },
        { say: open },
        { say: 'risk assessment done, no SUD, no benzos' },
        { say: 'discussed realistic benefits, risks and monitoring plan with the patient' },
        { say: 'Is the opioid gate met now?' },
      ],
    });
    const text = textOf(outputs.at(-1)!);
    expect(text).not.toContain('risk assessment not documented');
    expect(text).not.toContain('the pre-opioid discussion not yet documented');
  });
});
