import { describe, expect, it } from 'vitest';
import { readSpokenNumbers } from '../../src/clinical/language/spoken-numbers.js';
import { converse } from '../helpers/conversation.js';

/**
 * A combination product dictated with its two strengths ("co codamol thirty five hundred two tablets four times a
 * day"): 30/500, never one amount of 3,500 mg (read as codeine 7,000 mg a dose, 4,200 MME/day).
 */
describe('spoken combination strengths', () => {
  it.each([
    ['co codamol thirty five hundred two tablets four times a day', 'co codamol 30/500 2 tablets four times a day'],
    ['cocodamol eight five hundred two tablets qds', 'cocodamol 8/500 2 tablets qds'],
    ['co-codamol fifteen five hundred two tablets', 'co-codamol 15/500 2 tablets'],
  ])('"%s"', (said, read) => {
    expect(readSpokenNumbers(said)).toBe(read);
  });

  it.each([
    // one drug: its own amount
    ['paracetamol five hundred two tablets four times a day', 'paracetamol 500 2 tablets four times a day'],
    // not a strength the products come in: left as numbers
    ['co codamol twelve five hundred', 'co codamol 12 500'],
  ])('contrast "%s"', (said, read) => {
    expect(readSpokenNumbers(said)).toBe(read);
  });

  it.each([
    '72 year old man, chronic low back pain for a year, no red flags, on co codamol thirty five hundred two tablets four times a day',
    '72M cLBP 1 yr, RF neg. co codamol thirty five hundred two tablets four times a day',
  ])('in a case: codeine 60 mg a dose, never 7000 ("%s")', (text) => {
    const { replies, state } = converse([text], { key: `combo-${text.length}`, at: '2026-12-07T10:00:00.000Z' });
    const json = JSON.stringify(state);
    expect(json).toContain('"opioidMg":30');
    expect(json).not.toContain('7000');
    expect(replies[0]).not.toMatch(/4,?200/);
  });
});
