import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { GI_BLEED_NOT_NOW } from '../../src/clinical/language/concepts.js';

/**
 * Signs of a GI bleed now (concepts.ts GI_BLEED_NOW) and the words that make them no bleed now (GI_BLEED_NOT_NOW):
 * a past bleed is a GI bleed history (the NSAID boxed warning asks about it first); a relative's, or dark stools from
 * iron or bismuth, are neither.
 */
const AT = '2026-11-29T10:00:00.000Z';
const BASE = '58M CLBP 7 months, no red flags. naproxen 500 mg bd for 5 weeks, pain 7->4, ODI 44->30. no CKD. ';
const conditions = (text: string) => extractCaseFacts(BASE + text, AT).patch.conditions ?? {};

describe('each row reads its example, not its counter', () => {
  it.each(GI_BLEED_NOT_NOW.map((r) => [r.id, r.example, r.counter, r.reads] as const))(
    '%s: "%s" / "%s"',
    (_, example, counter, reads) => {
      const ex = conditions(example);
      expect(ex['gi-bleed-now']).not.toBe('yes');
      expect(ex['gi-bleed-history'] === 'yes').toBe(reads === 'history');
      expect(conditions(counter)['gi-bleed-now']).toBe('yes');
    },
  );
});

describe('a past bleed is history, not a bleed now', () => {
  it.each([
    'PMH: PUD (melaena) 2015.',
    'Admitted with melaena in March, scoped, healed ulcer.',
    'Melaena last March, OGD clear.',
    'Melaena 3 months ago, OGD: healed DU.',
    'Had melaena on naproxen in 2018, scoped, fine.',
    'had haematemesis as a student',
    'bg: upper GI bleed - haematemesis 2 yrs ago, h. pylori treated',
    'pt reports black tarry stools back in 2016, none since',
  ])('"%s"', (text) => {
    const c = conditions(text);
    expect(c['gi-bleed-now']).not.toBe('yes');
    expect(c['gi-bleed-history']).toBe('yes');
  });
});

describe("not the patient's, or not a bleed: neither", () => {
  it.each([
    'Mum had melaena on naproxen.',
    'Black stools since starting ferrous fumarate.',
    'Had a black tarry stool after iron tablets in hospital.',
    '?melaena - actually dark stools from bismuth',
    'dark/black stools on Pepto-Bismol last week',
  ])('"%s"', (text) => {
    const c = conditions(text);
    expect(c['gi-bleed-now']).not.toBe('yes');
    expect(c['gi-bleed-history']).not.toBe('yes');
  });
});

describe('a bleed now stays a bleed now', () => {
  it.each([
    'black tarry stools this week on naproxen',
    'vomiting blood since Tuesday',
    'Melaena x2 yesterday.',
    'passing black stools since Sunday',
    'he has had melaena since the weekend',
    'coffee-ground vomit this am, on iron too',
  ])('"%s"', (text) => {
    expect(conditions(text)['gi-bleed-now']).toBe('yes');
  });
});
