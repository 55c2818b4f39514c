import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDose, doseHeadline } from '../../src/clinical/knowledge/dose-check.js';
import { BREACH_KINDS, type DoseVerdict, FINDING_ORDER } from '../../src/clinical/knowledge/dose-check-types.js';
import { dosedDrugIdSchema } from '../../src/clinical/knowledge/dosing-schema.js';

const ORDER: Record<DoseVerdict, number> = {
  absurd: -1, // too small to be real: only ever at the very bottom
  'below-guideline': 0,
  adequate: 1,
  'within-label': 1,
  'above-guideline': 2,
  'above-label-max': 3,
};
const drug = fc.constantFrom(...dosedDrugIdSchema.options);
const dose = fc.double({ min: 0.01, max: 200_000, noNaN: true });
const times = fc.integer({ min: 1, max: 6 });

describe('checkDose properties', () => {
  it('a higher daily dose never gets a milder verdict (absurd only at the extremes)', () => {
    fc.assert(
      fc.property(drug, dose, dose, times, (d, a, b, t) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = checkDose(d, lo, t);
        const high = checkDose(d, hi, t);
        if (high.verdict === 'absurd') return; // too large: nothing to compare
        if (low.verdict === 'absurd') return; // too small (a unit slip)
        expect(ORDER[high.verdict]).toBeGreaterThanOrEqual(ORDER[low.verdict]);
      }),
    );
  });

  it('never calls a dose above the label maximum adequate, and always reports dailyMg = dose x times', () => {
    fc.assert(
      fc.property(drug, dose, times, (d, mg, t) => {
        const r = checkDose(d, mg, t);
        expect(r.dailyMg).toBeCloseTo(mg * t);
        if (r.labelMaxMg !== undefined && r.dailyMg > r.labelMaxMg) {
          expect(['above-label-max', 'absurd']).toContain(r.verdict);
        }
      }),
    );
  });

  it('patient adjustments only ever make the verdict stricter', () => {
    fc.assert(
      fc.property(
        drug,
        dose,
        times,
        fc.integer({ min: 18, max: 100 }),
        fc.integer({ min: 5, max: 120 }),
        fc.boolean(),
        (d, mg, t, age, crcl, liver) => {
          const plain = checkDose(d, mg, t);
          const adjusted = checkDose(d, mg, t, { age, crcl, liverDisease: liver });
          if (plain.verdict === 'absurd') expect(adjusted.verdict).toBe('absurd');
          else expect(ORDER[adjusted.verdict]).toBeGreaterThanOrEqual(ORDER[plain.verdict]);
        },
      ),
    );
  });
});

describe('checkDose properties for patient facts (review)', () => {
  const patient = fc.record({
    age: fc.integer({ min: 18, max: 100 }),
    crcl: fc.double({ min: 0, max: 150, noNaN: true }),
    liverDisease: fc.boolean(),
  });

  it('"avoid"/"not recommended" for this patient always comes first, whatever the amount', () => {
    fc.assert(
      fc.property(drug, dose, times, patient, (d, mg, t, p) => {
        const r = checkDose(d, mg, t, p);
        if (r.verdict === 'absurd') return;
        const stopped =
          (['duloxetine', 'naproxen', 'ibuprofen'].includes(d) && p.crcl < 30) ||
          (d === 'duloxetine' && p.liverDisease);
        expect(r.notForPatient !== undefined).toBe(stopped);
        if (stopped) expect(r.notes[0]).toMatch(/^Not for this patient: /);
      }),
    );
  });

  it("a dose the patient's adjusted maximum allows is never called below a guideline dose that maximum forbids", () => {
    fc.assert(
      fc.property(drug, dose, times, patient, (d, mg, t, p) => {
        const r = checkDose(d, mg, t, p);
        if (r.verdict === 'absurd' || !r.guideline || r.adjustedMaxMg === undefined) return;
        if (r.adjustedMaxMg < r.guideline.min && r.dailyMg <= r.adjustedMaxMg) {
          expect(r.verdict).toBe('within-label');
          expect(r.notes.join(' ')).not.toContain('below the guideline dose');
        }
      }),
    );
  });
});

describe('the headline carries the strictest finding (issue 12)', () => {
  const patient = fc.record(
    {
      age: fc.integer({ min: 18, max: 100 }),
      crcl: fc.double({ min: 0, max: 150, noNaN: true }),
      liverDisease: fc.boolean(),
      cirrhosis: fc.boolean(),
      heartFailure: fc.boolean(),
      haemodialysis: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('findings are strictest first, a breach is never headlined beside "adequate", an avoid always leads', () => {
    fc.assert(
      fc.property(drug, dose, times, patient, (d, mg, t, p) => {
        const r = checkDose(d, mg, t, p);
        if (r.verdict === 'absurd') return;
        const rank = r.findings.map((f) => FINDING_ORDER.indexOf(f.kind));
        expect(rank).toEqual([...rank].sort((a, b) => a - b));
        const headline = doseHeadline(r);
        if (r.findings.some((f) => BREACH_KINDS.includes(f.kind))) expect(headline).not.toMatch(/adequate/);
        if (r.notForPatient) expect(r.findings[0]?.kind).toBe('not-for-patient');
        const nsaid = d === 'naproxen' || d === 'ibuprofen';
        if (nsaid && (p.cirrhosis || p.heartFailure)) expect(r.notForPatient).toBeDefined();
        if (r.labelMaxMg !== undefined && r.dailyMg > r.labelMaxMg && !r.notForPatient) {
          expect(headline).toMatch(/^above the label maximum/);
        }
        if (headline.includes('(guideline dose)')) {
          expect(r.guideline).toBeDefined();
          expect(mg).toBeGreaterThanOrEqual(r.guideline!.perDoseMg.min);
          expect(mg).toBeLessThanOrEqual(r.guideline!.perDoseMg.max);
        }
      }),
    );
  });
});
