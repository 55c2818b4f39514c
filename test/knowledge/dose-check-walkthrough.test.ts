import { describe, expect, it } from 'vitest';
import { checkDose } from '../../src/clinical/knowledge/dose-check.js';
import type { DoseVerdict, PatientContext } from '../../src/clinical/knowledge/dose-check-types.js';
import type { DosedDrugId } from '../../src/clinical/knowledge/dosing-schema.js';

/**
 * The clinical reviewer's walk-through: realistic questions, each verdict and the numbers its message must carry.
 * Guideline doses: naproxen 500 bid and ibuprofen 600-800 tid are the adequate minimum (1); duloxetine 30-60 daily
 * (1, 2); tramadol 50-100 every 6-8 h (1, 2); gabapentin 300-1200 tid, pregabalin 150-300 bid (1). Label maxima
 * and adjustments from clinical-reference.md section 2.
 */
type Case = [string, DosedDrugId, number, number, PatientContext, DoseVerdict, string[]];
const cases: Case[] = [
  [
    'naproxen 250 bid',
    'naproxen',
    250,
    2,
    {},
    'below-guideline',
    ['500 mg/day is below the guideline dose of 1000 mg/day'],
  ],
  ['naproxen 500 bid', 'naproxen', 500, 2, {}, 'adequate', []],
  ['naproxen 750 bid', 'naproxen', 750, 2, {}, 'adequate', ['1500 mg/day is the label maximum', 'for limited periods']],
  [
    'OTC naproxen sodium 220 x2',
    'naproxen',
    220,
    2,
    {},
    'below-guideline',
    ['440 mg/day is below the guideline dose of 1000 mg/day'],
  ],
  [
    'ibuprofen 200 tid',
    'ibuprofen',
    200,
    3,
    {},
    'below-guideline',
    ['600 mg/day is below the guideline dose of 1800 mg/day'],
  ],
  [
    'ibuprofen 400 tid',
    'ibuprofen',
    400,
    3,
    {},
    'below-guideline',
    ['1200 mg/day is below the guideline dose of 1800 mg/day'],
  ],
  ['ibuprofen 600 tid', 'ibuprofen', 600, 3, {}, 'adequate', []],
  ['ibuprofen 800 tid', 'ibuprofen', 800, 3, {}, 'adequate', []],
  ['ibuprofen 800 qid', 'ibuprofen', 800, 4, {}, 'adequate', ['3200 mg/day is the label maximum', 'three times daily']],
  [
    'ibuprofen 1000 qid',
    'ibuprofen',
    1000,
    4,
    {},
    'above-label-max',
    ['4000 mg/day is above the label maximum of 3200 mg/day'],
  ],
  [
    'duloxetine 20',
    'duloxetine',
    20,
    1,
    {},
    'below-guideline',
    ['20 mg/day is below the guideline dose of 30 mg/day', 'Titrate to 60 mg daily'],
  ],
  ['duloxetine 30', 'duloxetine', 30, 1, {}, 'adequate', ['Titrate to 60 mg daily']],
  ['duloxetine 60', 'duloxetine', 60, 1, {}, 'adequate', []],
  [
    'duloxetine 90',
    'duloxetine',
    90,
    1,
    {},
    'above-guideline',
    ['above the guideline range of 30-60 mg/day', 'no added benefit above 60 mg'],
  ],
  [
    'duloxetine 120',
    'duloxetine',
    120,
    1,
    {},
    'above-guideline',
    ['120 mg/day is above the guideline range of 30-60 mg/day'],
  ],
  ['gabapentin 300 tid', 'gabapentin', 300, 3, {}, 'adequate', []],
  ['gabapentin 1200 tid', 'gabapentin', 1200, 3, {}, 'adequate', ['3600 mg/day is the label maximum']],
  [
    'gabapentin 1600 tid',
    'gabapentin',
    1600,
    3,
    {},
    'above-label-max',
    ['4800 mg/day is above the label maximum of 3600 mg/day'],
  ],
  [
    'pregabalin 75 bid',
    'pregabalin',
    75,
    2,
    {},
    'below-guideline',
    ['150 mg/day is below the guideline dose of 300 mg/day'],
  ],
  ['pregabalin 150 bid', 'pregabalin', 150, 2, {}, 'adequate', []],
  [
    'pregabalin 300 bid',
    'pregabalin',
    300,
    2,
    {},
    'adequate',
    ['600 mg/day is the label maximum', 'usual maximum 300 mg/day'],
  ],
  [
    'pregabalin 400 bid',
    'pregabalin',
    400,
    2,
    {},
    'above-label-max',
    ['800 mg/day is above the label maximum of 600 mg/day'],
  ],
  ['tramadol 50 q6h', 'tramadol', 50, 4, {}, 'adequate', []],
  ['tramadol 100 q6h', 'tramadol', 100, 4, {}, 'adequate', ['400 mg/day is the label maximum']],
  [
    'tramadol 100 q4h',
    'tramadol',
    100,
    6,
    {},
    'above-label-max',
    ['600 mg/day is above the label maximum of 400 mg/day', 'every 6-8 hours'],
  ],
  [
    'tramadol 100 q6h at age 80',
    'tramadol',
    100,
    4,
    { age: 80 },
    'above-label-max',
    ['400 mg/day is above the adjusted maximum for this patient of 300 mg/day', 'over age 75: maximum 300 mg/day'],
  ],
  ['tramadol 100 q6h at age 75', 'tramadol', 100, 4, { age: 75 }, 'adequate', ['400 mg/day is the label maximum']],
  ['acetaminophen 1 g qid', 'acetaminophen', 1000, 4, {}, 'within-label', ['4000 mg/day is the label maximum']],
  [
    'acetaminophen 1 g q4h',
    'acetaminophen',
    1000,
    6,
    {},
    'above-label-max',
    ['6000 mg/day is above the label maximum of 4000 mg/day'],
  ],
];

describe('dose-check walk-through: verdict and message numbers', () => {
  it.each(cases)('%s', (_name, drug, dose, times, patient, verdict, phrases) => {
    const r = checkDose(drug, dose, times, patient);
    expect(r.verdict).toBe(verdict);
    const text = r.notes.join(' | ');
    for (const phrase of phrases) expect(text).toContain(phrase);
  });
});

describe('patient facts that change the verdict (review fixes)', () => {
  // Before: "adequate" with the avoid note somewhere in the notes; now flagged first and as a field.
  it.each([
    ['duloxetine', 60, 1, { crcl: 20 }, 'renal.duloxetine'],
    ['duloxetine', 60, 1, { liverDisease: true }, 'liver.duloxetine'],
    ['naproxen', 500, 2, { crcl: 29 }, 'renal.naproxen'],
    ['ibuprofen', 600, 3, { crcl: 15 }, 'renal.ibuprofen'],
  ] as const)('%s %s x%s with %o is not for this patient', (drug, dose, times, patient, id) => {
    const r = checkDose(drug, dose, times, patient);
    expect(r.notForPatient?.knowledgeId).toBe(id);
    expect(r.notes[0]).toMatch(/^Not for this patient: /);
    expect(r.notes.filter((n) => n.includes(r.notForPatient?.text ?? '?'))).toHaveLength(1);
  });

  it('NSAIDs at CrCl 30 and duloxetine without patient facts carry no "not for this patient"', () => {
    expect(checkDose('naproxen', 500, 2, { crcl: 30 }).notForPatient).toBeUndefined();
    expect(checkDose('duloxetine', 60, 1).notForPatient).toBeUndefined();
    expect(checkDose('naproxen', 500, 2, { age: 70 }).notForPatient).toBeUndefined();
  });

  // Before: the label's own adjusted regimen was called "below the guideline dose" (an invitation to raise it).
  it.each([
    ['tramadol 50 q12h in cirrhosis', 'tramadol', 50, 2, { liverDisease: true }, '150-400 mg/day', 100],
    ['gabapentin 700 once daily, CrCl 20', 'gabapentin', 700, 1, { crcl: 20 }, '900-3600 mg/day', 700],
    ['gabapentin 100 tid, CrCl 10', 'gabapentin', 100, 3, { crcl: 10 }, '900-3600 mg/day', 300],
    ['pregabalin 75 bid, CrCl 20', 'pregabalin', 75, 2, { crcl: 20 }, '300-600 mg/day', 150],
  ] as const)(
    '%s: within the adjusted label maximum, guideline dose named',
    (_n, drug, dose, times, patient, range, max) => {
      const r = checkDose(drug, dose, times, patient);
      expect(r.verdict).toBe('within-label');
      expect(r.adjustedMaxMg).toBe(max);
      expect(r.notes.join(' ')).toContain(
        `The guideline dose (${range}) is above this patient's adjusted maximum of ${max} mg/day.`,
      );
      expect(r.notes.join(' ')).not.toContain('below the guideline dose');
    },
  );

  it('tramadol with CrCl 20: 50 q12h is still below the guideline (the 200 cap leaves room); the cap itself is named', () => {
    expect(checkDose('tramadol', 50, 2, { crcl: 20 }).verdict).toBe('below-guideline');
    expect(checkDose('tramadol', 100, 2, { crcl: 20 }).notes).toContain(
      '200 mg/day is the adjusted maximum for this patient.',
    );
  });

  // Before: 50 mg every 6 h with CrCl < 30 was "adequate" with no word on the label's every-12-hours schedule.
  it('schedule set by the adjustment: doses a day and mg per dose checked against it', () => {
    const renal = checkDose('tramadol', 50, 4, { crcl: 20 });
    expect(renal.notes).toContain('4 doses a day: for this patient the label gives it every 12 hours.');
    expect(renal.notes).not.toContain('The guideline gives it every 6-8 hours.');
    const liver = checkDose('tramadol', 100, 1, { liverDisease: true });
    expect(liver.notes).toContain('100 mg per dose: for this patient the label gives 50 mg per dose.');
    expect(checkDose('gabapentin', 200, 3, { crcl: 20 }).notes).toContain(
      '3 doses a day: for this patient the label gives it once daily.',
    );
    expect(checkDose('gabapentin', 400, 3, { crcl: 45 }).notes).toContain(
      '3 doses a day: for this patient the label gives it in 2 doses a day.',
    );
    expect(checkDose('tramadol', 100, 2, { crcl: 20 }).notes.join(' ')).not.toMatch(/doses a day/);
  });
});

describe('NSAID dose checks carry the class warnings (review fix)', () => {
  // clinical-reference.md: ask about CKD, anticoagulant or antiplatelet use, prior GI bleed or ulcer, CV disease and
  // age > 65 "before calling an NSAID appropriate"; an "adequate" naproxen or ibuprofen dose showed none of it.
  it.each([
    ['naproxen', 500, 2],
    ['ibuprofen', 600, 3],
    ['ibuprofen', 200, 3],
  ] as const)('%s %s x%s', (drug, dose, times) => {
    expect(checkDose(drug, dose, times).knowledgeIds).toContain('label.nsaid-class');
  });

  it('non-NSAIDs do not get the NSAID class entry', () => {
    expect(checkDose('duloxetine', 60, 1).knowledgeIds).not.toContain('label.nsaid-class');
  });
});

describe('no titration advice for a drug to avoid (review fix)', () => {
  // Duloxetine 30 mg with CrCl 20 said "Titrate to 60 mg daily." beside "Avoid duloxetine if CrCl < 30."
  it('duloxetine 30 mg: titrate without patient facts, not with CrCl < 30 or liver disease', () => {
    expect(checkDose('duloxetine', 30, 1).notes).toContain('Titrate to 60 mg daily.');
    expect(checkDose('duloxetine', 30, 1, { crcl: 20 }).notes).not.toContain('Titrate to 60 mg daily.');
    expect(checkDose('duloxetine', 30, 1, { liverDisease: true }).notes).not.toContain('Titrate to 60 mg daily.');
  });
});

describe('acetaminophen with liver disease (review fix)', () => {
  // The reference: maximum 4,000 mg/day, "lower with liver disease or regular alcohol use". 1 g qid in liver
  // disease was "within the label maximum".
  it("4,000 mg/day or more is above this patient's (lower) maximum; 3,000 stays within with the caution", () => {
    const full = checkDose('acetaminophen', 1000, 4, { liverDisease: true });
    expect(full.verdict).toBe('above-label-max');
    expect(full.notes[0]).toBe(
      '4000 mg/day is above the adjusted maximum for this patient, which is lower than 4000 mg/day.',
    );
    const less = checkDose('acetaminophen', 1000, 3, { liverDisease: true });
    expect(less.verdict).toBe('within-label');
    expect(less.notes.join(' ')).toContain('lower than 4,000 mg/day with liver disease');
    expect(checkDose('acetaminophen', 1000, 4).verdict).toBe('within-label');
  });
});
