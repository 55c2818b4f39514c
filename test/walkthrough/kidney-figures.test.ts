import { describe, expect, it } from 'vitest';
import { caseFactsSchema } from '../../src/clinical/case/case-facts.js';
import { caseCrcl } from '../../src/clinical/case/case-interactions.js';
import { crossedCutoff } from '../../src/clinical/case/computed-crcl.js';
import { caseKidney } from '../../src/clinical/case/option-status.js';
import { extractCaseFacts } from '../../src/clinical/language/index.js';
import { creatinineIn } from '../../src/clinical/language/measures.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { runScenario, textOf } from './drive.js';

/**
 * The kidney figure a case doses by, read safely: a product's "CR" is no creatinine, a stated eGFR/CrCl is never
 * silently overridden by a computed CrCl, and the current creatinine wins over an old one. None is a fixture sentence.
 */
const AT = '2026-12-07T10:00:00.000Z';
const factsOf = (text: string) => caseFactsSchema.parse(extractCaseFacts(text, AT).patch);
const creatinineOf = (text: string) => creatinineIn(text.toLowerCase());
const reply = (...says: string[]) => {
  const { outputs } = runScenario({ name: says[0]!.slice(0, 40), turns: says.map((say) => ({ say })) });
  return textOf(outputs.at(-1)!);
};

describe('a controlled-release "CR" is no creatinine', () => {
  it.each([
    'on tramadol CR 100 once daily',
    'Tegretol CR 200 bd',
    'carbamazepine CR 400 nocte',
    'tramadol CR 100 twice daily',
    'CR 100 bd',
    'CR 150 once daily',
    'oxycodone CR 10 mg',
    'Zydol CR 200',
  ])('%j', (text) => {
    expect(creatinineOf(text)).toEqual({});
  });

  it.each([
    ['O: wt 58 kg, Cr 0.9. A: CLBP', 0.9],
    ['labs: SCr 120 umol/L', 1.36],
    ['her Cr is 1.4', 1.4],
    ['68F 55kg Cr 148 umol/L', 1.67],
    ['Creatinine 100 micromol/L, on tramadol CR 100 once daily', 1.13],
  ])('contrast: a lab Cr %j is read (%f mg/dL)', (text, mgDl) => {
    expect(creatinineOf(text).mgDl).toBe(mgDl);
  });

  it('the reported case: eGFR 25 stays, duloxetine is not an option', () => {
    const text = ask(
      '80 year old woman, weight 55 kg, CLBP 1 yr no red flags, eGFR 25, on tramadol CR 100 once daily. Is duloxetine an option?',
    ).join('\n');
    expect(text).toMatch(/Answer: no\.\*\* duloxetine is not for this patient: eGFR 25 < 30/);
    expect(text).not.toContain('creatinine');
    expect(text).not.toContain('Cockcroft-Gault');
  });
});

describe('a stated eGFR or CrCl is never silently overridden by a computed CrCl', () => {
  it.each([
    // eGFR below 30, computed above: the eGFR (lower) decides
    ['80F, 55 kg, eGFR 25, creatinine 1.0 mg/dL, CLBP', { crcl: 25, from: 'egfr', disagrees: { cutoff: 30 } }],
    // eGFR above 30, computed below: the computed CrCl (lower) decides
    [
      '80F, 55 kg, eGFR 45, creatinine 1.4 mg/dL, CLBP',
      { crcl: 28, from: 'cockcroft-gault', disagrees: { cutoff: 30 } },
    ],
    // across 60 (the gabapentinoid rows)
    [
      '60M, 70 kg, CrCl 65, creatinine 1.5 mg/dL, CLBP',
      { crcl: 52, from: 'cockcroft-gault', disagrees: { cutoff: 60 } },
    ],
    // across 15
    [
      '85F, 45 kg, eGFR 20, creatinine 3.0 mg/dL, CLBP',
      { crcl: 10, from: 'cockcroft-gault', disagrees: { cutoff: 15 } },
    ],
  ] as const)('%j: the lower, and the disagreement named', (text, kidney) => {
    const f = factsOf(text);
    expect(caseKidney(f)).toMatchObject(kidney);
    expect(caseCrcl(f)).toBe(kidney.crcl);
  });

  it.each([
    // both under 30: the same rows; a computed CrCl before an eGFR, a stated CrCl before a computed one
    ['79M, creatinine 1.9 mg/dL, 62 kg, eGFR 25, CLBP', { crcl: 28, from: 'cockcroft-gault' }],
    ['79M, CrCl 29, creatinine 1.9 mg/dL, 62 kg, CLBP', { crcl: 29, from: 'crcl' }],
    // only one figure
    ['80F, eGFR 25, CLBP', { crcl: 25, from: 'egfr' }],
  ] as const)('contrast %j: no disagreement', (text, kidney) => {
    const k = caseKidney(factsOf(text));
    expect(k).toMatchObject(kidney);
    expect(k?.disagrees).toBeUndefined();
  });

  it("the cut-offs are the rows' 15, 30 and 60", () => {
    expect(crossedCutoff(25, 34)).toBe(30);
    expect(crossedCutoff(55, 65)).toBe(60);
    expect(crossedCutoff(31, 59)).toBeUndefined();
  });

  it('the reply says the two disagree and asks to confirm', () => {
    const text = reply(
      '80 year old woman, weight 55 kg, CLBP 1 yr, no red flags, no leg symptoms, eGFR 45, creatinine 1.4 mg/dL, paracetamol 1 g qds 3 months no help',
    );
    expect(text).toMatch(/Cockcroft-Gault CrCl 28 and eGFR 45 disagree at the 30 cut-off: the lower/);
    expect(text).toMatch(/Not for this patient: duloxetine \(Cockcroft-Gault CrCl 28 < 30; eGFR 45 disagrees/);
  });
});

describe('the current creatinine wins over an old one', () => {
  it.each([
    ['Creatinine 1.0 last year, now 2.4 mg/dL', 2.4],
    ['creatinine was 1.0, now 2.4', 2.4],
    ['Cr 1.0 -> 2.4', 2.4],
    ['creatinine up from 1.0 to 2.4 mg/dL', 2.4],
    ['baseline creatinine 1.0; repeat creatinine 2.4', 2.4],
    ['creatinine 2.4 today (1.0 last year)', 2.4],
    ['creatinine in 2023 was 1.0, now 2.4', 2.4],
    ['creatinine (baseline) 1.0, latest 2.4', 2.4],
    ['creatinine 1.4 this week, previously 1.0', 1.4],
    ['Creatinine 88 micromol/L in 2023, latest 212 micromol/L', 2.4],
  ])('%j: %f', (text, mgDl) => {
    expect(creatinineOf(text)).toEqual({ mgDl });
  });

  it.each([
    // only a past value: not current, ask
    'creatinine 1.0 in 2023.',
    'creatinine 1.0 last year',
    // two values, neither marked: ask
    'creatinine 1.0, creatinine 2.4',
  ])('%j: unsure, none used (asked)', (text) => {
    expect(creatinineOf(text)).toEqual({ unsure: true });
  });

  it.each([
    ['creatinine 1.9 mg/dL. Weight 62 kg.', 1.9],
    ['Cr 160 µmol/L, weight now 70 kg', 1.81],
    ['creatinine 1.2, weight now 80 kg', 1.2],
  ])('contrast %j: one value, read as before', (text, mgDl) => {
    expect(creatinineOf(text)).toEqual({ mgDl });
  });

  it('the reply uses the current value and asks when unsure', () => {
    expect(reply('70 year old man, 80 kg, CLBP 1 yr no red flags, creatinine 1.0 last year, now 2.4 mg/dL')).toContain(
      'Cockcroft-Gault CrCl 32',
    );
    const unsure = reply('70 year old man, 80 kg, CLBP 1 yr no red flags, creatinine 1.0 in 2023');
    expect(unsure).toContain('creatinine: which value is current?');
    expect(unsure).not.toContain('Cockcroft-Gault');
  });

  it('a later clear creatinine answers the question', () => {
    const text = reply(
      '70 year old man, 80 kg, CLBP 1 yr no red flags, no leg symptoms, creatinine 1.0 in 2023',
      'his creatinine is 2.4 mg/dL today',
    );
    expect(text).toContain('Cockcroft-Gault CrCl 32');
    expect(text).not.toContain('which value is current');
  });
});

describe("only the patient's body weight counts", () => {
  const weightOf = (text: string) => {
    const f = extractCaseFacts(text, AT).patch;
    return { kg: f.weightKg, toConfirm: f.weightToConfirm };
  };
  it.each([
    ['45M builder, BMI 32 kg/m2, CLBP, creatinine 1.2 mg/dL', {}],
    ['45M, CLBP, lifting 50 kg sacks at work, creatinine 1.2 mg/dL', {}],
    ['50M, carries up to 30 kg at work, CLBP', {}],
    ['CLBP for 2 years. No red flags. Cement bags of 25 kg. 62 kg.', {}],
    ['79M, lost 6 kg, creatinine 1.9 mg/dL', {}],
  ])('%j: no body weight', (text, weight) => {
    expect(weightOf(text)).toMatchObject({ kg: undefined, ...weight });
  });

  it.each([
    ['70M Wt 150, creatinine 1.2 mg/dL, CLBP', 150],
    ['70M, CLBP, weight: 80, creatinine 1.2 mg/dL', 80],
  ])('%j: a weight without a unit is asked, not assumed', (text, value) => {
    expect(weightOf(text)).toEqual({ kg: undefined, toConfirm: value });
  });

  it.each([
    ['70M Wt 150 lb, creatinine 1.2 mg/dL', 68],
    ['70M weighs 176 lbs, CLBP', 80],
    ['Re: 68-year-old woman, 55 kg, creatinine 98 micromol/L', 55],
    ['duloxetine ok in 68F 55kg Cr 148 umol/L?', 55],
    ['CLBP 2 years. 70 yo man, 82 kg, creatinine 1.2 mg/dL.', 82],
    ['Weight 95 kg, BMI 32 kg/m2, 60M', 95],
    ['50M, carries up to 30 kg at work, weight 85 kg', 85],
  ])('contrast %j: %i kg', (text, kg) => {
    expect(weightOf(text).kg).toBe(kg);
  });

  it('a unitless weight computes no CrCl and the reply asks; a unit given later answers', () => {
    const first = reply('70 year old man, Wt 150, CLBP 1 yr no red flags, no leg symptoms, creatinine 1.2 mg/dL');
    expect(first).toContain('weight 150 without a unit: kg or lb?');
    expect(first).not.toContain('Cockcroft-Gault CrCl');
    const later = reply(
      '70 year old man, Wt 150, CLBP 1 yr no red flags, no leg symptoms, creatinine 1.2 mg/dL',
      'his weight is 150 lb',
    );
    expect(later).toContain('Cockcroft-Gault CrCl');
  });
});
