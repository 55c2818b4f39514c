import { describe, expect, it } from 'vitest';
import { caseFactsSchema, emptyFacts } from '../../src/clinical/case/case-facts.js';

describe('emptyFacts', () => {
  it('is what the schema makes of {}: the same fields, in the same order, stored as the same JSON', () => {
    expect(emptyFacts()).toStrictEqual(caseFactsSchema.parse({}));
    expect(JSON.stringify(emptyFacts())).toBe(JSON.stringify(caseFactsSchema.parse({})));
  });

  it('is a new object each time (callers build on it)', () => {
    const a = emptyFacts();
    a.medications.push({ drug: 'naproxen' });
    expect(emptyFacts().medications).toEqual([]);
  });
});
