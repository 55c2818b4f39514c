import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * Extended-release tramadol (ConZip, Ultram ER, Tramal SR, "tramadol ER/SR/MR") is a different product from the
 * guideline's immediate-release tramadol: not for CrCl < 30 or severe hepatic impairment (clinical-reference.md
 * section 2, tramadol ER row). A case that holds it with poor kidneys or liver disease gets "Review", never
 * "Continue ... (at target)", with the reason; immediate-release tramadol keeps the every-12-hours row instead.
 */
const reply = (...says: string[]) => {
  const { outputs } = runScenario({ name: says[0]!.slice(0, 40), turns: says.map((say) => ({ say })) });
  return textOf(outputs.at(-1)!);
};
const REVIEW = /Review: tramadol[^\n]*extended-release tramadol is not for CrCl < 30/;

describe('extended-release tramadol held with poor kidney function or liver disease', () => {
  it.each([
    [
      'GP note, CrCl',
      '72F chronic LBP 2 years, no red flags. CrCl 22. On Ultram ER 200 mg daily for 3 months, helping. Naproxen 500 bd 8 weeks no help. Plan?',
    ],
    [
      'UK letter, eGFR',
      'Dear Dr, Re: 70-year-old man, chronic low back pain for 3 years. No red flags. eGFR 24. He takes Tramal SR 100 mg twice daily, which helps. Naproxen 500 mg bd for 8 weeks did not help. Kind regards',
    ],
    [
      'NP shorthand, CKD 4',
      '66M LBP x 4y, RF neg. CKD stage 4. tramadol ER 200 daily x 6 mo, helping. naproxen 500 bd x 8 wk - no help. next?',
    ],
    [
      'EHR paste, liver disease',
      'AGE/SEX: 58 M\nPROBLEM LIST: chronic low back pain (3 years); alcohol-related liver disease\nMEDICATIONS: ConZip 200 mg once daily (helping)\nRED FLAGS: none\nQ: plan?',
    ],
  ])('%s: "Review", never "Continue (at target)"', (_style, text) => {
    const out = reply(text);
    expect(out).toMatch(REVIEW);
    expect(out).not.toMatch(/Continue:[^\n]*tramadol[^\n]*\(at target\)/);
  });
});

describe('contrasts that must not change', () => {
  it('immediate-release tramadol with CrCl < 30 gets the every-12-hours row, not the ER review', () => {
    const out = reply(
      '72F chronic LBP 2 years, no red flags. CrCl 22. On tramadol 50 mg twice daily for 3 months, helping. Naproxen 500 bd 8 weeks no help. Plan?',
    );
    expect(out).not.toMatch(REVIEW);
    expect(out).toContain('Tramadol with CrCl < 30: every 12 hours, maximum 200 mg/day.');
  });
  it('extended-release tramadol with normal kidneys and liver is not put under review', () => {
    const out = reply(
      '60M chronic LBP 3 years, no red flags. CrCl 85. On Ultram ER 200 mg daily for 3 months, helping. Naproxen 500 bd 8 weeks no help. Plan?',
    );
    expect(out).not.toMatch(REVIEW);
  });
  it('extended-release tramadol above its own 300 mg/day maximum is "Review the dose"', () => {
    const out = reply(
      '60M chronic LBP 3 years, no red flags. CrCl 85. On Tramal SR 200 mg twice daily for 3 months, helping. Naproxen 500 bd 8 weeks no help. Plan?',
    );
    expect(out).toMatch(/300 mg\/day/);
  });
});
