import { describe, expect, it } from 'vitest';
import { SWAP_ROWS } from '../../dialogs/answers/opioid-swap.js';
import { ABOUT_THIS_PATIENT } from '../../dialogs/walkthrough/case-question.js';
import { runScenario, textOf } from './drive.js';

/**
 * Mid-case referral questions answered from the case's triggers, and opioid swaps answered as MME, never as
 * equivalent doses (clinical-reference.md section 4: MME is not a conversion table). Clinicians' styles vary.
 */
const CASE =
  '58M chronic LBP 2 yrs, no red flags. Meds: Percocet 5/325 1-2 tabs q6h prn (max 8/day). Tried naproxen 500 bid 8 weeks no relief.';
const afterCase = (say: string): string => {
  const { outputs } = runScenario({ name: say.slice(0, 30), turns: [{ say: CASE }, { say }] });
  return textOf(outputs[1]!);
};
const alone = (say: string): string => textOf(runScenario({ name: say.slice(0, 30), turns: [{ say }] }).outputs[0]!);

describe('a short referral question mid-case is about this patient', () => {
  it.each([
    'refer?',
    'Referral?',
    'should I refer?',
    'time to refer, full stop',
    'pain clinic now?',
    'ok to refer pls',
  ])('%s', (say) => {
    expect(afterCase(say)).toMatch(/Answer: not yet on what the case holds\.\*\* The guideline refers after 12 weeks/);
  });

  it('names the trigger the case holds', () => {
    const { outputs } = runScenario({
      name: 'refer-odi',
      turns: [{ say: CASE.replace('no red flags.', 'no red flags, ODI 62%.') }, { say: 'referral?' }],
    });
    expect(textOf(outputs[1]!)).toMatch(/Answer: refer, yes\.\*\* significant functional disability \(ODI 62%/);
  });

  it.each(['referral criteria?', 'when to refer?'])('%s stays the topic', (say) => {
    expect(afterCase(say)).not.toMatch(/Answer: (?:not yet|refer)/);
  });

  it('the row reads its example', () => {
    const row = ABOUT_THIS_PATIENT.at(-1)!;
    expect(row.re.test(row.example)).toBe(true);
  });
});

describe('one opioid swapped for another is never called equivalent', () => {
  it.each(SWAP_ROWS.map((r) => r.example))('row example: %s', (say) => {
    expect(alone(say)).toMatch(/not an equivalent swap by MME/);
  });

  it.each([
    [
      'chatty GP',
      'could he swap the fentanyl patch 25 mcg/hr for OxyContin 20 mg twice a day, is that the same dose?',
      /Fentanyl patch 25 mcg\/hr x 2\.4 = 60 MME\/day[\s\S]*OxyContin \(oxycodone\) 40 mg\/day x 1\.5 = 60 MME\/day/,
    ],
    [
      'NP shorthand',
      'switch from percocet 5/325 2 q6h to MS Contin 15 bd, equivalent?',
      /Percocet \(oxycodone\) 40 mg\/day x 1\.5 = 60 MME\/day[\s\S]*MS Contin \(morphine\) 30 mg\/day x 1 = 30 MME\/day/,
    ],
  ])('%s', (_style, say, mme) => {
    const text = alone(say);
    expect(text).toMatch(mme);
    expect(text).toMatch(/not a conversion table for switching opioids/);
    expect(text).toMatch(/CDC 2022 recommendation 3: ER\/LA opioids only/);
    expect(text).not.toMatch(/same drug \(oxycodone\), never both|\bis equivalent\b/);
  });

  it('mid-case, the case records the opioid swapped out', () => {
    const text = afterCase('swap the Percocet for OxyContin 20 bd, same dose?');
    expect(text).toMatch(
      /Percocet \(oxycodone\) 40 mg\/day x 1\.5 = 60 MME\/day \(the most the prescription allows\), as the case records it/,
    );
    expect(text).toMatch(/Both are oxycodone/);
    expect(text).not.toMatch(/not one of the pathway's options/);
  });
});
