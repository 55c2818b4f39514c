import { describe, expect, it } from 'vitest';
import { scoreChange, scoreResponse } from '../../src/clinical/language/gate-facts.js';
import { meetsMinimalChange, SCORE_CHANGE_ROWS, scoreChangesIn } from '../../src/clinical/language/score-changes.js';

describe('score-change rows (data): each reads its example, not its counter-example', () => {
  it.each(SCORE_CHANGE_ROWS.map((r) => [r.id, r.example, r.counter]))('%s', (_id, example, counter) => {
    expect(scoreChangesIn(example).length).toBeGreaterThan(0);
    expect(scoreChangesIn(counter)).toEqual([]);
  });

  it.each([
    [
      'pain 6 to 4 but odi 40 to 52',
      [
        { scale: 'pain', from: 6, to: 4 },
        { scale: 'odi', from: 40, to: 52 },
      ],
    ],
    [
      'nrs better 7->5, function worse, odi 30->38',
      [
        { scale: 'pain', from: 7, to: 5 },
        { scale: 'odi', from: 30, to: 38 },
      ],
    ],
    [
      'odi improved 50 to 36 but pain unchanged at 7',
      [
        { scale: 'odi', from: 50, to: 36 },
        { scale: 'pain', from: 7, to: 7 },
      ],
    ],
    [
      'pain 6/10 from 8/10; odi 44 from 56',
      [
        { scale: 'pain', from: 8, to: 6 },
        { scale: 'odi', from: 56, to: 44 },
      ],
    ],
    [
      'vas better (6->4) but odi worse 44->50',
      [
        { scale: 'pain', from: 6, to: 4 },
        { scale: 'odi', from: 44, to: 50 },
      ],
    ],
  ])('"%s"', (text, changes) => {
    expect(scoreChangesIn(text)).toEqual(changes);
  });

  it.each(['pain 70 to 40', 'odi 140 to 120', 'pain 7/10', 'odi 40%, pain 6/10', 'naproxen 500 to 250'])(
    '"%s" is no change on a scale',
    (text) => {
      expect(scoreChangesIn(text)).toEqual([]);
    },
  );

  it('the minimal important change: 2 pain points, 10 ODI points, or 30% from baseline', () => {
    expect(meetsMinimalChange({ scale: 'pain', from: 6, to: 4 })).toBe(true);
    expect(meetsMinimalChange({ scale: 'pain', from: 7, to: 6 })).toBe(false);
    expect(meetsMinimalChange({ scale: 'odi', from: 50, to: 36 })).toBe(true);
    expect(meetsMinimalChange({ scale: 'odi', from: 48, to: 40 })).toBe(false);
    expect(meetsMinimalChange({ scale: 'odi', from: 20, to: 14 })).toBe(true);
    expect(meetsMinimalChange({ scale: 'odi', from: 40, to: 52 })).toBe(false);
  });
});

describe('the improvement since the last visit: function decides when the ODI is said (the guideline weighs it)', () => {
  // a drug's own outcome from mixed scores is left to the words said of it (scoreResponse 'mixed': outcomes.ts)
  it.each([
    ['pain 6 to 4 but odi 40 to 52', 'no', 'mixed'],
    ['odi improved 50 to 36 but pain unchanged at 7', 'partial', 'mixed'],
    ['pain 6 to 3, odi 40 to 22', 'partial', 'met'],
    ['pain 7->6, odi 36->33', 'no', 'not-met'],
    ['pain 7 to 4', 'partial', 'met'],
    ['pain 7 to 6', 'no', 'not-met'],
  ])('"%s"', (text, change, response) => {
    expect(scoreChange(text)).toBe(change);
    expect(scoreResponse(text)).toBe(response);
  });
});
