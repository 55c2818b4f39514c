import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFactsSchema, factsPass } from '../../src/clinical/case/case-facts.js';
import { caseFactsArbitrary } from './case-arbitrary.js';

/**
 * Issue 16: factsPass answers as caseFactsSchema.safeParse(...).success does, key by key, without parsing again a
 * value (object, array, number or word) it has passed before for that key. Each check runs on a fresh copy and on the same objects again (the
 * second time from its memo), so a memo that let a bad value through, or refused a good one, fails here.
 */
const BAD_VALUES: unknown[] = [null, 'x', -1, 1.5, 1e9, [], [1], {}, { a: 1 }, true, ['not-a-flag']];

const same = (facts: unknown): void => {
  const expected = caseFactsSchema.safeParse(facts).success;
  expect(factsPass(facts)).toBe(expected);
  expect(factsPass(facts)).toBe(expected);
  expect(factsPass(structuredClone(facts))).toBe(expected);
};

describe('factsPass: the schema verdict without parsing a passed value again', () => {
  it('agrees with the schema on random valid facts', () => {
    fc.assert(
      fc.property(caseFactsArbitrary, (facts) => same(facts)),
      { numRuns: 300 },
    );
  });

  it('agrees with the schema when any one key holds a wrong value', () => {
    fc.assert(
      fc.property(
        caseFactsArbitrary,
        fc.constantFrom(...Object.keys(caseFactsSchema.shape)),
        fc.constantFrom(...BAD_VALUES),
        (facts, key, bad) => same({ ...facts, [key]: bad }),
      ),
      { numRuns: 600 },
    );
  });

  it('keeps a passed array from vouching for the same items in another array', () => {
    const good = caseFactsSchema.parse({ medications: [{ drug: 'naproxen' }] });
    expect(factsPass(good)).toBe(true);
    same({ ...good, medications: [...good.medications, { drug: 'no-such-drug' }] });
    same({ ...good, medications: [{ ...good.medications[0], doseMg: -5 }] });
  });

  it('keeps what one key passed from vouching for another key', () => {
    same({ age: 58 });
    same({ sodiumMmolL: 58 });
    same({ painScore: 7 });
    same({ oswestryNotScored: { answered: 7, missing: 3 }, painScore: 70 });
    same({ sex: 'female', startBackRisk: 'female' });
  });

  it('is the schema verdict for what is not a plain object', () => {
    for (const value of [undefined, null, 'facts', 3, [], [{}], new Map(), Object.create(null)]) same(value);
  });

  it('passes keys the schema does not name, as the schema does', () => {
    same({ notAFact: { deep: [1, 2] } });
  });
});
