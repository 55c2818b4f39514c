import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePathway } from '../../machines/pathway.js';
import { caseFactsArbitrary } from './case-arbitrary.js';
import { safetyViolations } from './safety-properties.js';

const RUNS = 3000;

describe('evaluatePathway over random case facts (fast-check)', () => {
  it('never violates a safety property', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, (facts) => {
        expect(safetyViolations(facts, evaluatePathway(facts))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the generator reaches the interesting cases (open gate, gate near but closed, urgent, radicular)', () => {
    const seen = { open: 0, urgent: 0, radicular: 0, nearClosed: 0 };
    fc.assert(
      fc.property(caseFactsArbitrary, (facts) => {
        const v = evaluatePathway(facts);
        if (v.gate.open) seen.open++;
        if (v.status === 'urgent') seen.urgent++;
        if (v.activeSteps.includes('radicular')) seen.radicular++;
        if (!v.gate.open && v.gate.conditions[0]!.met && v.gate.conditions[1]!.met) seen.nearClosed++;
      }),
      { numRuns: 1000, seed: 42 },
    );
    expect(seen.open).toBeGreaterThan(10);
    expect(seen.urgent).toBeGreaterThan(50);
    expect(seen.radicular).toBeGreaterThan(50);
    expect(seen.nearClosed).toBeGreaterThan(5);
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, (facts) => {
        const before = JSON.stringify(facts);
        expect(evaluatePathway(facts)).toEqual(evaluatePathway(facts));
        expect(JSON.stringify(facts)).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});
