import { describe, expect, it } from 'vitest';
import { cockcroftGault } from '../../src/clinical/calculators/cockcroft-gault.js';
import { caseKidney } from '../../src/clinical/case/option-status.js';
import { caseFactsSchema } from '../../src/clinical/case/case-facts.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { runScenario, textOf } from './drive.js';

/**
 * Kidney function from creatinine, age, weight and sex (Cockcroft-Gault, the labels' measure: clinical-reference.md
 * section 2) in every layout a clinician writes it: the CrCl the plan doses by, before any eGFR; a later correction of
 * the creatinine recomputes it and the reply says what changed. None of these is a fixture sentence.
 */
const AT = '2026-12-07T10:00:00.000Z';
const kidneyOf = (text: string) => {
  const patch = extractCaseFacts(text, AT).patch;
  return caseKidney(caseFactsSchema.parse(patch));
};
const reply = (...says: string[]) => {
  const { outputs } = runScenario({ name: says[0]!.slice(0, 40), turns: says.map((say) => ({ say })) });
  return textOf(outputs.at(-1)!);
};

describe('the formula (Cockcroft & Gault 1976)', () => {
  it.each([
    [{ age: 79, weightKg: 62, creatinineMgDl: 1.9, sex: 'male' }, 28],
    [{ age: 68, weightKg: 55, creatinineMgDl: 98 / 88.4, sex: 'female' }, 42],
    [{ age: 68, weightKg: 55, creatinineMgDl: 148 / 88.4, sex: 'female' }, 28],
    [{ age: 40, weightKg: 80, creatinineMgDl: 0.9, sex: 'male' }, 123],
  ] as const)('%j -> %i', (input, crcl) => {
    expect(cockcroftGault(input)).toBe(crcl);
  });
  it('gives nothing for an input out of range', () => {
    expect(cockcroftGault({ age: 79, weightKg: 62, creatinineMgDl: 0, sex: 'male' })).toBeUndefined();
  });
});

describe('the case reader finds creatinine, weight, age and sex wherever they are written', () => {
  it.each([
    ['79-year-old man, chronic LBP 2 yrs, no red flags. Creatinine 1.9 mg/dL. Weight 62 kg.', 28],
    [
      'Re: 68-year-old woman, 55 kg, creatinine 98 micromol/L (eGFR 54)\nThank you for seeing her with chronic low back pain for 3 years. No red flags.',
      42,
    ],
    ['S: 72F CLBP 18/12, naproxen 500 bd 6/52 no help. O: wt 58 kg, Cr 0.9. A: CLBP. P: ?next', 52],
    ['ED handover: 80M, LBP 1 yr, Cr 160 µmol/L, weight 70 kg, no saddle anaesthesia', 32],
    ['64M CLBP 2y, SCr 120 umol/L, 90 kg, no RF', 70],
    [
      'PROBLEM LIST\n- Chronic low back pain\nLABS\n- Creat 1.4 mg/dL (eGFR 51)\nVITALS\n- Wt 176 lb\n75 yo male, no red flags',
      52,
    ],
    [
      'seventy nine year old man comma chronic low back pain two years comma creatinine one point nine comma weight sixty two kilos full stop',
      28,
    ],
  ])('%j: Cockcroft-Gault CrCl %i', (text, crcl) => {
    expect(kidneyOf(text)).toMatchObject({ crcl, from: 'cockcroft-gault' });
  });

  it.each([
    // a stated CrCl wins over one the bot would compute on the same side of every cut-off
    ['79M, CrCl 29, creatinine 1.9 mg/dL, 62 kg, CLBP', { crcl: 29, from: 'crcl' }],
    // across a cut-off the lower is used and the stated one named (kidney-figures.test.ts)
    [
      '79M, CrCl 35, creatinine 1.9 mg/dL, 62 kg, CLBP',
      { crcl: 28, from: 'cockcroft-gault', disagrees: { label: 'CrCl 35', cutoff: 30 } },
    ],
    // no weight: the eGFR stands in, as before
    ['79M, creatinine 1.9 mg/dL, eGFR 33, CLBP', { crcl: 33, from: 'egfr' }],
    // a weight lost is no body weight
    ['79M, lost 6 kg, creatinine 1.9 mg/dL, eGFR 33, CLBP', { crcl: 33, from: 'egfr' }],
  ] as const)('contrast %j', (text, kidney) => {
    expect(kidneyOf(text)).toMatchObject(kidney);
  });

  it('a controlled-release dose is no creatinine', () => {
    expect(extractCaseFacts('70M CLBP, tramadol CR 100 mg bd, 80 kg', AT).patch.renal?.creatinineMgDl).toBeUndefined();
  });
});

describe('the plan doses by the computed CrCl', () => {
  it('79-year-old man, creatinine 1.9 mg/dL, 62 kg: below 30, duloxetine and NSAIDs out, tramadol every 12 h', () => {
    const text = reply(
      '79-year-old man with chronic low back pain for 2 years, paracetamol 1 g qds for 3 months no help. No red flags. No leg symptoms. Creatinine 1.9 mg/dL. Weight 62 kg.',
    );
    expect(text).toContain('Cockcroft-Gault CrCl 28');
    expect(text).toMatch(/Not for this patient: [^\n]*duloxetine[^\n]*CrCl 28 < 30/);
    expect(text).toMatch(/naproxen[^\n]*CrCl 28 < 30|NSAID[^\n]*CrCl 28 < 30/i);
    expect(text).toMatch(/every 12 hours, maximum 200 mg\/day/);
  });

  it('a later correction of the creatinine recomputes it, changes the plan and says what changed', () => {
    const letter =
      'Dear Dr Patel, Re: 68-year-old woman, 55 kg, creatinine 98 micromol/L (eGFR 54). Thank you for seeing this lady with chronic low back pain for 3 years. She has had naproxen 500 mg bd for 8 weeks without benefit. No red flags. Kind regards';
    const first = reply(letter);
    expect(first).toContain('Cockcroft-Gault CrCl 42');
    expect(first).toContain('Add duloxetine 30 mg daily');
    const corrected = reply(letter, 'sorry, her creatinine is 148 micromol/L, not 98');
    expect(corrected).toMatch(/Noted for case A: [^\n]*Cockcroft-Gault CrCl 28/);
    // the letter's eGFR 54 is on the other side of 30: the lower is used and the disagreement said
    expect(corrected).toMatch(
      /Not for this patient: duloxetine \(Cockcroft-Gault CrCl 28 < 30; eGFR 54 disagrees \(the lower is used\): confirm kidney function\)/,
    );
  });

  it('a creatinine answering a dose question is never the dose', () => {
    const text = reply(
      '79-year-old man, chronic low back pain 2 years, naproxen 500 mg bd 8 weeks no help. No red flags. eGFR 45.',
      'no leg symptoms',
      'weight 62 kg, creatinine 1.9 mg/dL',
    );
    expect(text).not.toMatch(/duloxetine 1\.9 mg/);
    expect(text).toContain('Cockcroft-Gault CrCl 28');
  });
});

describe('a quick question computes it too', () => {
  it.each([
    ['tramadol dose for a 79 yo man, 62 kg, creatinine 1.9 mg/dL?', /Cockcroft-Gault CrCl 28[^\n]*every 12 hours/],
    ['duloxetine ok in 68F 55kg Cr 148 umol/L?', /Avoid duloxetine if CrCl < 30/],
  ])('%j', (q, expected) => {
    expect(ask(q).join('\n')).toMatch(expected);
  });
});
