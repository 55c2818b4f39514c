import { describe, expect, it } from 'vitest';
import { checkDose } from '../../src/clinical/knowledge/dose-check.js';

describe('checkDose', () => {
  it('naproxen 250 mg twice daily is below the guideline: 500 mg/day vs 1000', () => {
    const r = checkDose('naproxen', 250, 2);
    expect(r).toMatchObject({ verdict: 'below-guideline', dailyMg: 500, guideline: { min: 1000 } });
    expect(r.notes.join(' ')).toContain('1000 mg/day');
    expect(r.knowledgeIds[0]).toBe('escalation.nsaid-adequate-dose');
  });

  it('naproxen 500 mg twice daily is adequate; 750 twice daily is still adequate (an NSAID minimum) with the label note', () => {
    expect(checkDose('naproxen', 500, 2).verdict).toBe('adequate');
    const high = checkDose('naproxen', 750, 2);
    expect(high.verdict).toBe('adequate');
    expect(high.notes.join(' ')).toContain('1,500 mg/day for limited periods');
  });

  it('naproxen 1000 mg twice daily is above the label maximum of 1500', () => {
    expect(checkDose('naproxen', 1000, 2)).toMatchObject({ verdict: 'above-label-max', labelMaxMg: 1500 });
  });

  it('ibuprofen 400 tid is below, 600 and 800 tid adequate, 1200 tid above the label maximum 3200', () => {
    expect(checkDose('ibuprofen', 400, 3)).toMatchObject({ verdict: 'below-guideline', dailyMg: 1200 });
    expect(checkDose('ibuprofen', 600, 3)).toMatchObject({ verdict: 'adequate', dailyMg: 1800 });
    expect(checkDose('ibuprofen', 800, 3)).toMatchObject({ verdict: 'adequate', dailyMg: 2400 });
    expect(checkDose('ibuprofen', 1200, 3)).toMatchObject({ verdict: 'above-label-max', labelMaxMg: 3200 });
  });

  it('gabapentin 4800 mg/day is above the label maximum of 3600', () => {
    expect(checkDose('gabapentin', 1600, 3)).toMatchObject({
      verdict: 'above-label-max',
      dailyMg: 4800,
      labelMaxMg: 3600,
    });
    expect(checkDose('gabapentin', 300, 3).verdict).toBe('adequate');
    expect(checkDose('gabapentin', 100, 3).verdict).toBe('below-guideline');
  });

  it('pregabalin 300 bid is within the guideline but flagged above the usual label maximum; 400 bid is above 600', () => {
    const r = checkDose('pregabalin', 300, 2);
    expect(r.verdict).toBe('adequate');
    expect(r.notes.join(' ')).toContain('usual maximum 300 mg/day');
    expect(r.knowledgeIds).toContain('gap.pregabalin-dose');
    expect(checkDose('pregabalin', 400, 2).verdict).toBe('above-label-max');
  });

  it('duloxetine 30 daily is adequate with a titration note; 120 mg/day is above the guideline', () => {
    const start = checkDose('duloxetine', 30, 1);
    expect(start.verdict).toBe('adequate');
    expect(start.notes).toContain('Titrate to 60 mg daily.');
    expect(checkDose('duloxetine', 60, 2).verdict).toBe('above-guideline');
    expect(checkDose('duloxetine', 20, 1).verdict).toBe('below-guideline');
  });

  it('tramadol 50 q6h adequate, 100 q4h above the label maximum, 50 bid below the guideline', () => {
    expect(checkDose('tramadol', 50, 4).verdict).toBe('adequate');
    expect(checkDose('tramadol', 100, 6).verdict).toBe('above-label-max');
    expect(checkDose('tramadol', 50, 2).verdict).toBe('below-guideline');
  });

  it('applies patient adjustments: tramadol 100 q6h at age 80 exceeds 300; CrCl 20 caps at 200; cirrhosis at 50 q12h', () => {
    expect(checkDose('tramadol', 100, 4, { age: 80 })).toMatchObject({
      verdict: 'above-label-max',
      adjustedMaxMg: 300,
    });
    expect(checkDose('tramadol', 100, 4, { age: 70 }).verdict).toBe('adequate');
    expect(checkDose('tramadol', 100, 3, { crcl: 20 })).toMatchObject({
      verdict: 'above-label-max',
      adjustedMaxMg: 200,
    });
    expect(checkDose('tramadol', 50, 2, { liverDisease: true }).knowledgeIds).toContain('liver.tramadol');
    expect(checkDose('gabapentin', 600, 3, { crcl: 45 }).verdict).toBe('above-label-max');
  });

  it('renal "avoid" for duloxetine at CrCl 20 is carried as a note and its entry', () => {
    const r = checkDose('duloxetine', 60, 1, { crcl: 20 });
    expect(r.knowledgeIds).toContain('renal.duloxetine');
    expect(r.notes[0]).toBe('Not for this patient: Avoid duloxetine if CrCl < 30.');
    expect(r.notForPatient).toMatchObject({ knowledgeId: 'renal.duloxetine' });
  });

  it('acetaminophen has no guideline dose: within label up to 4000, above it flagged', () => {
    expect(checkDose('acetaminophen', 1000, 4)).toMatchObject({ verdict: 'within-label', labelMaxMg: 4000 });
    expect(checkDose('acetaminophen', 1000, 5).verdict).toBe('above-label-max');
    expect(checkDose('acetaminophen', 1000, 4).knowledgeIds).toContain('avoid.acetaminophen-monotherapy');
  });

  it('absurd: 50000 mg naproxen, grams typed as mg, zero or impossible frequency', () => {
    expect(checkDose('naproxen', 50_000, 1).verdict).toBe('absurd');
    expect(checkDose('naproxen', 0.5, 2).verdict).toBe('absurd');
    expect(checkDose('ibuprofen', 0, 3).verdict).toBe('absurd');
    expect(checkDose('ibuprofen', 600, 0).verdict).toBe('absurd');
    expect(checkDose('tramadol', Number.NaN, 4).verdict).toBe('absurd');
    // The boundary: ten times the label maximum is not yet absurd, just above the maximum.
    expect(checkDose('naproxen', 15_000, 1).verdict).toBe('above-label-max');
  });
});
