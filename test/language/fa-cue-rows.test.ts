import { describe, expect, it } from 'vitest';
import { LIVER_DISEASE, LIVER_ROWS } from '../../src/clinical/language/liver-words.js';
import { OFFER_CUES, asksWhatToOffer } from '../../src/clinical/language/offer-question.js';
import { OPTIONS_LEFT_CUES, asksOptionsLeft } from '../../src/clinical/language/options-left-question.js';

/** Each cue row reads its example and not its counter-example; the whole table reads the same way. */
const hits = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  return re.test(text.toLowerCase());
};

describe('liver-disease rows (liver-words.ts)', () => {
  it.each(LIVER_ROWS.map((r) => [r.example, r] as const))('reads "%s"', (_, row) => {
    expect(hits(new RegExp(`\\b(?:${row.source})\\b`), row.example)).toBe(true);
    expect(hits(LIVER_DISEASE, row.example)).toBe(true);
  });
  it.each(LIVER_ROWS.map((r) => [r.counter] as const))('does not read "%s"', (counter) => {
    expect(hits(LIVER_DISEASE, counter)).toBe(false);
  });
});

describe('what-to-offer rows (offer-question.ts)', () => {
  it.each(OFFER_CUES.map((r) => [r.example, r] as const))('reads "%s"', (_, row) => {
    expect(row.re.test(row.example.toLowerCase())).toBe(true);
  });
  it.each(OFFER_CUES.map((r) => [r.counter] as const))('does not read "%s"', (counter) => {
    expect(asksWhatToOffer(counter.toLowerCase())).toBe(false);
  });
});

describe('options-left rows (options-left-question.ts)', () => {
  it.each(OPTIONS_LEFT_CUES.map((r) => [r.example, r] as const))('reads "%s"', (_, row) => {
    expect(row.re.test(row.example.toLowerCase())).toBe(true);
  });
  it.each(OPTIONS_LEFT_CUES.map((r) => [r.counter] as const))('does not read "%s"', (counter) => {
    expect(asksOptionsLeft(counter.toLowerCase())).toBe(false);
  });
});
