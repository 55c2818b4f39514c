import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../src/clinical/language/outcomes.js';

describe('"helping" said of a drug', () => {
  it.each([', really helping her', ', helping a lot', ' - definitely helping'])('"%s" is effective', (raw) => {
    expect(outcomeIn(raw)).toBe('effective');
  });

  it.each([
    [', not helping', 'ineffective'],
    [', helping a bit', 'partial'],
    [', no longer helping', 'ineffective'],
  ])('contrast: "%s" is %s', (raw, outcome) => {
    expect(outcomeIn(raw)).toBe(outcome);
  });
});
