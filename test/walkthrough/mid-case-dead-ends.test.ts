import { describe, expect, it } from 'vitest';
import { CLEARS_SCREEN_EXAMPLES } from '../../dialogs/walkthrough/case-answer.js';
import { runScenario } from './drive.js';

/**
 * Short questions asked inside a case are answered from it, never "not covered": whether to keep a drug going, and
 * whether the red-flag screen can be charted negative while a sign was answered "not sure" (reference section 6).
 */
const reply = (turns: string[]) =>
  runScenario({ name: `mid-case ${turns.join('|')}`, turns: turns.map((say) => ({ say })) })
    .outputs.at(-1)!
    .messages.map((m) => m.text)
    .join('\n\n');

const OPIOID_CASES = [
  'oxycodone IR 5 mg q6h started 2 wk ago; pain 7->6/10; ODI unchanged at 44%',
  'F/u: 61M CLBP, on oxycodone 5mg QID x 3 weeks. Pain 7 to 6 out of 10, ODI 44% unchanged.',
  'Pt on oxy IR 5 q6h for 2/52, pain 7/10 -> 6/10, oswestry stable at 44',
];

describe('keep a drug going, asked mid-case in a few words', () => {
  it.each(
    OPIOID_CASES.flatMap((c) =>
      ['continue or stop?', 'keep going?', 'stop it?', 'carry on with the oxy?', 'ok, continue?'].map(
        (q) => [c, q] as const,
      ),
    ),
  )('%s / "%s": the opioid rule with the case numbers', (c, q) => {
    const text = reply([c, q]);
    expect(text).not.toMatch(/does not cover that/);
    expect(text).toMatch(/\*\*Answer: (?:only if function has improved meaningfully|no:)/);
    expect(text).toMatch(/taper rather than stop abruptly/);
    expect(text).toMatch(/For this patient: oxycodone 5 mg four times daily[^\n]*ODI 44% now/);
  });

  it('a failed non-opioid is judged from the case', () => {
    const text = reply([
      '52F CLBP 8 mo, naproxen 500 bd x 8 wk failed, duloxetine 60 mg daily x 6 wk, pain 7->6/10, ODI 40->38%',
      'continue the duloxetine?',
    ]);
    expect(text).toMatch(/\*\*Answer: no\.\*\* duloxetine already failed after an adequate trial/);
  });

  it('a non-opioid too short to judge: continue and judge it later', () => {
    const text = reply([
      '52F CLBP 8 mo, naproxen failed, duloxetine 60 mg daily x 2 wk',
      'keep going with the cymbalta?',
    ]);
    expect(text).toMatch(/\*\*Answer: yes\.\*\* duloxetine is taken at the guideline dose/);
  });
});

const UNSURE_CASES = [
  "chronic LBP 5 mo; red-flag screen done, bladder question answered 'not sure'",
  'LBP 6/12, RF screen neg apart from bladder - not sure',
  'CLBP 6 mo, naproxen failed. red flags: saddle numbness no, bladder unsure, fever no',
];

describe('charting the red-flag screen while a sign was answered "not sure"', () => {
  it.each(CLEARS_SCREEN_EXAMPLES)('its examples read: "%s"', (q) => {
    const text = reply([UNSURE_CASES[0]!, q]);
    expect(text).toMatch(/\*\*Answer: not yet: the red-flag screen is not completed: check [^*]*bladder/);
  });

  it.each(
    UNSURE_CASES.flatMap((c) =>
      ['ok to chart RF neg and proceed?', 'can I proceed?', 'Ok to document red flags negative?'].map(
        (q) => [c, q] as const,
      ),
    ),
  )('%s / "%s": not yet, check the bladder (cauda equina)', (c, q) => {
    const text = reply([c, q]);
    expect(text).not.toMatch(/does not cover that/);
    expect(text).toMatch(/not yet: the red-flag screen is not completed: check [^*]*bladder[^*]*cauda equina/);
  });

  it('the plan is conditional while the screen is not completed', () => {
    const text = reply([UNSURE_CASES[0]!]);
    expect(text).toMatch(/\*\*Do now \(once the red-flag screen is clear\)\*\*/);
    expect(text).not.toMatch(/\*\*Do now\*\*/);
  });

  it('the sign answered later clears the condition', () => {
    const text = reply([UNSURE_CASES[0]!, 'bladder fine, no red flags']);
    expect(text).not.toMatch(/once the red-flag screen is clear/);
  });
});
