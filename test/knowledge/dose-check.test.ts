import { describe, expect, it } from 'vitest';
import { renalAdjustment } from '../../src/clinical/knowledge/dose-adjustments.js';
import { checkDose, doseHeadline } from '../../src/clinical/knowledge/dose-check.js';
import { FINDING_ORDER } from '../../src/clinical/knowledge/dose-check-types.js';

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

/**
 * Reference v2 (clinical-reference.md section 2) and issue 12: the headline carries the strictest finding, in the
 * order avoid > label maximum > single-dose ceiling > this patient's interval or cap > this patient's tier > the
 * guideline. Before: ibuprofen 1,200 mg twice daily and tramadol 50 mg every 6 h with CrCl 20 were "adequate
 * (guideline dose)", duloxetine had no maximum, NSAIDs in cirrhosis or heart failure had no adjustment at all.
 */
describe('reference v2: limits, findings and the headline', () => {
  const kinds = (r: ReturnType<typeof checkDose>) => r.findings.map((f) => f.kind);

  it('findings are ordered strictest first by FINDING_ORDER', () => {
    const r = checkDose('tramadol', 100, 4, { age: 80, crcl: 20 });
    const rank = r.findings.map((f) => FINDING_ORDER.indexOf(f.kind));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });

  it('duloxetine: label maximum 120 mg/day; 60 is the guideline dose; 120 at the maximum with no added benefit over 60', () => {
    const over = checkDose('duloxetine', 150, 1);
    expect(over).toMatchObject({ verdict: 'above-label-max', labelMaxMg: 120 });
    expect(doseHeadline(over)).toBe('above the label maximum of 120 mg/day');
    expect(doseHeadline(checkDose('duloxetine', 60, 1))).toBe('adequate (guideline dose)');
    const top = doseHeadline(checkDose('duloxetine', 120, 1));
    expect(top).toContain('above the guideline range of 30-60 mg/day');
    expect(top).toContain('at the label maximum of 120 mg/day (studied for depression and anxiety only)');
    expect(top).toContain('no added benefit above 60 mg/day for chronic musculoskeletal pain');
  });

  it('ibuprofen: no single dose above 800 mg, whatever the daily total', () => {
    const r = checkDose('ibuprofen', 1200, 2);
    expect(r.verdict).toBe('above-label-max');
    expect(kinds(r)[0]).toBe('above-dose-ceiling');
    expect(doseHeadline(r)).toBe("1,200 mg a dose is above the label's single-dose maximum of 800 mg");
    expect(doseHeadline(r)).not.toMatch(/adequate/);
    expect(kinds(checkDose('ibuprofen', 800, 3))).not.toContain('above-dose-ceiling');
    // The daily maximum outranks the single-dose ceiling.
    expect(kinds(checkDose('ibuprofen', 1200, 3))[0]).toBe('above-label-max');
  });

  it("tramadol every 6 h with CrCl 20: this patient's interval (every 12 h, at most 200 mg/day) is the headline", () => {
    const r = checkDose('tramadol', 50, 4, { crcl: 20 });
    expect(kinds(r)[0]).toBe('patient-limit');
    expect(doseHeadline(r)).toBe('too often for this patient: the label gives every 12 hours, at most 200 mg/day');
    expect(doseHeadline(checkDose('tramadol', 100, 4, { age: 80 }))).toBe("above this patient's maximum of 300 mg/day");
    // Within the patient's cap, at the guideline's own dose: both said.
    expect(doseHeadline(checkDose('tramadol', 50, 4, { age: 80 }))).toBe(
      "within this patient's maximum of 300 mg/day; adequate (guideline dose)",
    );
  });

  it('a renal tier is the yardstick before the guideline: gabapentin 600 bid with CrCl 45', () => {
    const r = checkDose('gabapentin', 600, 2, { crcl: 45 });
    expect(kinds(r)[0]).toBe('patient-tier');
    expect(doseHeadline(r)).toMatch(/^within this patient's label dose \(400-1,400 mg\/day in 2 doses\)/);
    expect(doseHeadline(r)).not.toContain('(guideline dose)');
  });

  it('"(guideline dose)" only for the guideline\'s own regimen; "at the label maximum" when exactly at it', () => {
    expect(doseHeadline(checkDose('naproxen', 500, 2))).toBe('adequate (guideline dose)');
    const naproxen = doseHeadline(checkDose('naproxen', 750, 2));
    expect(naproxen).not.toContain('(guideline dose)');
    expect(naproxen).toContain('at the label maximum of 1,500 mg/day (for limited periods)');
    expect(doseHeadline(checkDose('tramadol', 100, 4))).toBe(
      'adequate (guideline dose); at the label maximum of 400 mg/day',
    );
    expect(doseHeadline(checkDose('acetaminophen', 1000, 4))).toBe('at the label maximum of 4,000 mg/day');
  });

  it('never "adequate" in a headline over a breached limit', () => {
    const breaches = new Set(['not-for-patient', 'above-label-max', 'above-dose-ceiling', 'patient-limit']);
    for (const [drug, dose, times, patient] of [
      ['ibuprofen', 1200, 2, {}],
      ['tramadol', 50, 4, { crcl: 20 }],
      ['gabapentin', 300, 3, { crcl: 45 }],
      ['pregabalin', 150, 2, { crcl: 20 }],
      ['naproxen', 500, 2, { cirrhosis: true }],
    ] as const) {
      const r = checkDose(drug, dose, times, patient);
      expect(breaches.has(r.findings[0]!.kind), `${drug} ${dose} x${times}`).toBe(true);
      expect(doseHeadline(r)).not.toMatch(/adequate/);
    }
  });

  it("NSAIDs in cirrhosis and in heart failure: avoid, in the reference's words, with their source", () => {
    for (const drug of ['naproxen', 'ibuprofen'] as const) {
      const liver = checkDose(drug, drug === 'naproxen' ? 500 : 600, drug === 'naproxen' ? 2 : 3, { cirrhosis: true });
      expect(liver.notForPatient?.text).toMatch(/^Avoid NSAIDs in cirrhosis/);
      expect(liver.notForPatient?.source).toMatch(/AASLD 2021/);
      expect(doseHeadline(liver)).toMatch(/^not for this patient \(Avoid NSAIDs in cirrhosis/);
      const heart = checkDose(drug, 500, 2, { heartFailure: true });
      expect(heart.notForPatient?.text).toMatch(/^Avoid NSAIDs in heart failure/);
    }
    // Liver disease that is not cirrhosis (e.g. heavy alcohol use) is not the reference's NSAID rule.
    expect(checkDose('naproxen', 500, 2, { liverDisease: true }).notForPatient).toBeUndefined();
    expect(checkDose('tramadol', 50, 2, { heartFailure: true }).notForPatient).toBeUndefined();
  });

  it('pregabalin: the label maxima keep their indications, so two numbers never contradict', () => {
    const r = checkDose('pregabalin', 300, 2);
    const headline = doseHeadline(r);
    expect(headline).toContain(
      'at the label maximum of 600 mg/day (only for some indications, after 2-4 weeks at 300)',
    );
    expect(headline).toContain('above the usual label maximum of 300 mg/day for diabetic neuropathic pain');
    for (const n of r.notes) {
      if (/\b600 mg\/day\b.*maximum|maximum.*\b600 mg\/day/.test(n)) expect(n).toMatch(/some indications/);
      if (/maximum (?:of )?300 mg\/day/.test(n)) expect(n).toMatch(/diabetic neuropathic pain/);
    }
  });

  it('gabapentin: the neuropathic-pain target (1,800 mg/day) and the epilepsy maximum (3,600) are named as such', () => {
    const headline = doseHeadline(checkDose('gabapentin', 1200, 3));
    expect(headline).toContain('at the label maximum of 3,600 mg/day (the epilepsy maximum)');
    expect(headline).toContain('no added benefit above 1,800 mg/day for neuropathic pain');
    expect(doseHeadline(checkDose('gabapentin', 600, 3))).toBe('adequate (guideline dose)');
  });
});

describe('reference v2: gabapentin and pregabalin renal rows, frequencies and haemodialysis', () => {
  it('pregabalin rows with their doses a day; an edge value takes the lower row and says so', () => {
    expect(renalAdjustment('pregabalin', 70)).toMatchObject({
      action: 'no-change',
      dailyMg: { min: 150, max: 600 },
      minTimesPerDay: 2,
      timesPerDay: 3,
    });
    expect(renalAdjustment('pregabalin', 45)).toMatchObject({
      dailyMg: { min: 75, max: 300 },
      minTimesPerDay: 2,
      timesPerDay: 3,
    });
    expect(renalAdjustment('pregabalin', 20)).toMatchObject({
      dailyMg: { min: 25, max: 150 },
      minTimesPerDay: 1,
      timesPerDay: 2,
    });
    expect(renalAdjustment('pregabalin', 10)).toMatchObject({ dailyMg: { min: 25, max: 75 }, timesPerDay: 1 });
    for (const [edge, row] of [
      [60, { min: 75, max: 300 }],
      [30, { min: 25, max: 150 }],
      [15, { min: 25, max: 75 }],
    ] as const) {
      const r = renalAdjustment('pregabalin', edge);
      expect(r.dailyMg, `CrCl ${edge}`).toEqual(row);
      expect(r.text, `CrCl ${edge}`).toMatch(/lower, more cautious row/);
    }
    expect(renalAdjustment('pregabalin', 45).text).not.toMatch(/cautious row/);
  });

  it('pregabalin 50 tid with CrCl 20: more doses a day than the row allows', () => {
    const r = checkDose('pregabalin', 50, 3, { crcl: 20 });
    expect(r.notes).toContain('3 doses a day: for this patient the label gives it in 1-2 doses a day.');
  });

  it('haemodialysis: gabapentin supplemental 125-350 mg after each 4-hour session; pregabalin a supplemental dose', () => {
    const gaba = checkDose('gabapentin', 100, 1, { crcl: 10, haemodialysis: true });
    expect(gaba.notes.join(' ')).toContain('supplemental 125-350 mg dose after each 4-hour session');
    expect(gaba.knowledgeIds).toContain('dialysis.gabapentin');
    const pre = checkDose('pregabalin', 25, 1, { crcl: 10, haemodialysis: true });
    expect(pre.notes.join(' ')).toMatch(/supplemental dose after haemodialysis/);
    expect(checkDose('gabapentin', 100, 1, { crcl: 10 }).knowledgeIds).not.toContain('dialysis.gabapentin');
  });
});
