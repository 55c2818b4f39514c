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
    'the pain team told him to ask me for a script for oxycodone',
  ])('%j', (text) => expect(drugsOf(text)).not.toContain(text.includes('tramadol') ? 'tramadol' : 'oxycodone'));

  it.each([
    'ED gave him a script for oxycodone 5 mg and he takes it daily',
    'has a script for oxycodone 5 mg qds from the pain clinic',
    'Requesting a script for oxycodone 20 mg bd, has been on it since his fusion 2019',
    'Ran out early, requesting a script for oxycodone 10mg bd, been on it 2 years from previous GP',
  ])('a script given and taken stays taken: %j', (text) => expect(drugsOf(text)).toContain('oxycodone'));
});
