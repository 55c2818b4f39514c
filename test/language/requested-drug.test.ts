import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

const drugsOf = (text: string) =>
  (extractCaseFacts(text, '2026-01-15T10:00:00.000Z').patch.medications ?? [])
    .filter((m) => !m.startPlanned && !m.declined)
    .map((m) => m.drug);

describe('a script asked for is not a drug taken', () => {
  it.each([
    'Her physio wants her to ask me for a script for Endone. What can I give her?',
    '58M LBP 1 yr, asking me for oxycodone, naproxen failed',
    'wants a script for tramadol - ok?',
    'pt requesting a script for oxycodone, on naproxen 500 bd',
  ])('%j', (text) => expect(drugsOf(text)).not.toContain(text.includes('tramadol') ? 'tramadol' : 'oxycodone'));

  it.each([
    'ED gave him a script for oxycodone 5 mg and he takes it daily',
    'has a script for oxycodone 5 mg qds from the pain clinic',
  ])('a script given and taken stays taken: %j', (text) => expect(drugsOf(text)).toContain('oxycodone'));
});
