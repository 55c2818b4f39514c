import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settledView, viewOf } from '../../machines/pathway-view-of.js';
import { settledSnapshot, settledValue } from '../../machines/settle.js';
import { caseFactsArbitrary } from './case-arbitrary.js';

/**
 * machines/pathway-view-of.ts settledView reads a state's metas from a table filled once per state value; the view
 * must be the one projected from the machine's own snapshot, and the stored value the one the machine resolves.
 */
describe('the settled view equals the view of the settled snapshot', () => {
  it('for random facts', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, (facts) => {
        const snapshot = settledSnapshot(structuredClone(facts));
        expect(settledView(structuredClone(facts))).toEqual(viewOf(snapshot));
        expect(JSON.stringify(settledValue(facts))).toBe(JSON.stringify(snapshot.value));
      }),
      { numRuns: 1500 },
    );
  });
});
