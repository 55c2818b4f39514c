import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heldInteractions } from '../../dialogs/walkthrough/held-interactions.js';
import { evaluatePathway } from '../../machines/pathway.js';
import { caseFactsArbitrary } from './case-arbitrary.js';
import { facts } from './case-samples.js';

/**
 * One computation of a case's interactions (src/clinical/case/case-interactions.ts): the walk-through's "new
 * warning" lines and the pathway's warnings count the same pairs. The NSAID + CKD pair depends on the kidney
 * function: CrCl < 30, else eGFR < 30 (the walk-through used to ignore eGFR), or a CKD stage of 4-5.
 */
const screened = { redFlagScreen: 'no' } as const;
const naproxenNow = { drug: 'naproxen', doseMg: 500, timesPerDay: 2, outcome: 'current' } as const;

const RENAL: [name: string, renal: Record<string, number>, pair: boolean][] = [
  ['CrCl 25', { crcl: 25 }, true],
  ['eGFR 25 (no CrCl)', { egfr: 25 }, true],
  ['CKD stage 4', { ckdStage: 4 }, true],
  ['CrCl 45', { crcl: 45 }, false],
  ['eGFR 45', { egfr: 45 }, false],
  ['CrCl 45 beside an eGFR of 25: the CrCl is the label number', { crcl: 45, egfr: 25 }, false],
];

describe('a case interaction that depends on the kidney function', () => {
  for (const [name, renal, pair] of RENAL) {
    it(`${name}: NSAID + CKD ${pair ? 'in' : 'not in'} both the walk-through and the pathway`, () => {
      const f = facts({ ...screened, medications: [naproxenNow], renal });
      const view = evaluatePathway(f);
      expect(view.status).toBe('active');
      expect(heldInteractions(f).includes('interaction.nsaid-ckd')).toBe(pair);
      expect(view.warnings.includes('interaction.nsaid-ckd')).toBe(pair);
    });
  }

  // Warnings are the care state's (the red flag screen done, none present), so the property screens every case.
  it('every interaction the walk-through reports for a screened case is one the pathway warns about', () => {
    const renal = fc.option(
      fc.record({
        crcl: fc.option(fc.integer({ min: 10, max: 120 }), { nil: undefined }),
        egfr: fc.option(fc.integer({ min: 10, max: 120 }), { nil: undefined }),
        ckdStage: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(caseFactsArbitrary, renal, (base, r) => {
        const renalFacts = r ? { renal: JSON.parse(JSON.stringify(r)) } : {};
        const f = facts({ ...base, ...screened, redFlags: [], ...renalFacts });
        const view = evaluatePathway(f);
        expect(view.status).toBe('active');
        expect(heldInteractions(f).filter((id) => !view.warnings.includes(id))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
