import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, initialTransition } from 'xstate';
import { pathwayMachine } from '../../machines/pathway-machine.js';
import { settledSnapshot, settledValue } from '../../machines/settle.js';
import { caseFactsArbitrary } from './case-arbitrary.js';

/** machines/settle.ts reads the settled state from the classifiers; xstate's own settling must agree. */
describe('settled state read directly equals xstate settling', () => {
  it('from the initial state, for random facts', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, (facts) => {
        const [snapshot] = initialTransition(pathwayMachine, facts);
        expect(settledValue(facts)).toEqual(snapshot.value);
        expect(settledSnapshot(facts).getMeta()).toEqual(snapshot.getMeta());
      }),
      { numRuns: 1500 },
    );
  });

  it('after FACTS_UPDATED from wherever other facts put the machine', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, caseFactsArbitrary, (before, after) => {
        const actor = createActor(pathwayMachine, { input: before }).start();
        actor.send({ type: 'FACTS_UPDATED', facts: after });
        const value = actor.getSnapshot().value;
        actor.stop();
        expect(settledValue(after)).toEqual(value);
      }),
      { numRuns: 1500 },
    );
  });
});
