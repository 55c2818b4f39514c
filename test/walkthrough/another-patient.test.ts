import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NEXT_PATIENT_ROWS,
  describesAnotherPatient,
  looksLikeNewPatient,
} from '../../dialogs/walkthrough/read-text.js';
import { anotherPatientScores, type AnotherPatientCase } from '../../scripts/eval/another-patient-scoring.js';

/**
 * Another patient pasted while a case is open opens a new case; more about the same patient (a later visit, a
 * correction, new results) updates the open one. Merging two people would mix their medicines and findings.
 */
describe('another patient mid-case', () => {
  it.each(NEXT_PATIENT_ROWS)('"$cue" before a description is another patient: $example', ({ example }) => {
    expect(looksLikeNewPatient(example)).toBe(true);
  });

  it.each([
    ['ED handover: 66M, LBP 1 yr, naproxen 500 bid 6/52 no better', 45, true],
    ['Dear Dr,\nRe: 71F with mechanical low back pain for 2 years', 62, true],
    ['S: 49 year old male presents with low back pain for six months', 58, true],
    ['sorry, she is 64 not 46', 46, false],
    ['6 weeks later, 58M, naproxen stopped, pain unchanged', 58, false],
    ['his eGFR came back at 48', 58, false],
    ['duloxetine in a 60 year old?', 45, false],
  ] as const)('%j with the open case aged %i: another patient = %s', (text, caseAge, expected) => {
    const stated = /(\d{2})\s?(?:m|f|yo|year)/i.exec(text)?.[1];
    const age = stated === undefined ? undefined : Number(stated);
    expect(describesAnotherPatient(text, age, caseAge, '2026-11-29T10:00:00.000Z')).toBe(expected);
  });

  it('blind set v5 (written before the fix, first run 35/60): at least 27/30 new patients and 29/30 same patients', () => {
    const set = JSON.parse(
      readFileSync(new URL('../fixtures/blind-v5/another-patient.json', import.meta.url), 'utf8'),
    ) as AnotherPatientCase[];
    const rows = anotherPatientScores(set);
    const score = (expect: string) => rows.filter((r) => r.expect === expect && r.ok).length;
    expect(score('new-case')).toBeGreaterThanOrEqual(27);
    expect(score('same-case')).toBeGreaterThanOrEqual(29);
  });
});
