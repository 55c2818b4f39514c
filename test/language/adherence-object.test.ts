import { describe, expect, it } from 'vitest';
import { takenIrregularly } from '../../src/clinical/language/trial-reasons.js';

describe('partial adherence is the drug’s only when it is about the drug', () => {
  it.each([
    'misses lots of doses',
    'poor adherence',
    'misses some doses of it',
    'poor adherence to the medication',
    'takes it 3 days out of 7',
  ])('%j: the drug taken irregularly', (text) => expect(takenIrregularly(text)).toBe(true));

  it.each([
    'poor adherence to the home exercise programme',
    'misses some doses of her BP tablets',
    'poor compliance with physio',
  ])('%j: about something else', (text) => expect(takenIrregularly(text)).toBe(false));
});
