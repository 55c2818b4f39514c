import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

/**
 * Words with two readings (reviewer item 10). "ca" after "history of", "prior" or "hx" is cancer (a red flag), but
 * calcium when a level word comes before it ("low ca", "corrected ca") or a supplement or level after it ("ca/vit D",
 * "ca supplement"): concepts.ts CA_AS_CANCER, one fragment for both cancer rows. "non-cirrhotic" is no cirrhosis, and
 * "primary biliary cirrhosis" (PBC's old name) is chronic liver disease as "PBC" is, not cirrhosis (liver-words.ts).
 */
const AT = '2026-11-29T10:00:00.000Z';
const redFlags = (text: string) => extractCaseFacts(text.toLowerCase(), AT).patch.redFlags ?? [];
const reply = (text: string): string => ask(text).join('\n');

describe('"ca": cancer or calcium', () => {
  it.each([
    ['terse', 'prior ca'],
    ['NP shorthand', 'hx of ca, LBP 3/12'],
    ['GP', 'known ca breast, now back pain'],
    ['UK', 'previous ca prostate, LBP 4 months'],
    ['EHR paste', 'PMH: hx ca colon 2019'],
    ['GP, a year after', '62F, LBP 4 months. hx of ca 2019. naproxen not helping. next?'],
    ['NP, a time after', 'h/o ca 3 years ago, now back pain. naproxen ok?'],
    ['EHR, a treatment after', 'pmh ca + chemo 2020. LBP. tramadol ok?'],
    ['UK, years abbreviated', 'previous ca 10 yrs ago, back pain 3/12'],
  ])('%s: "%s" is a cancer red flag', (_style, text) => {
    expect(redFlags(text)).toContain('cancer');
  });

  it.each([
    ['GP', 'history of low ca, on calcium, naproxen ok?'],
    ['NP shorthand', 'prior ca/vit D supplementation'],
    ['EHR paste', 'PMH: corrected ca low, on supplements'],
    ['dictated', 'history of ca supplement use for osteopenia'],
    ['pharmacist', 'prior ca and vit D, Rx naproxen 500 bd ok to dispense?'],
    ['lab value', 'hx of ca 2.1, naproxen ok?'],
    ['lab value with unit', 'prior Ca 2.35 mmol/L, LBP'],
    ['supplement with plus', 'hx of ca + vit D for osteopenia'],
    ['US value', 'history of ca 10.9, back pain'],
  ])('%s: "%s" is calcium, no red flag', (_style, text) => {
    expect(redFlags(text)).not.toContain('cancer');
  });
});

describe('cirrhosis words', () => {
  const NSAID_OUT = /not for this patient \(Avoid NSAIDs in cirrhosis/;
  it.each([
    'non-cirrhotic fatty liver, naproxen 500 bd ok?',
    'NAFLD, non cirrhotic on fibroscan - ibuprofen 400 tds ok?',
    'primary biliary cirrhosis, naproxen 500 bd ok?',
    'PBC, naproxen 500 bd ok?',
  ])('%s: no cirrhosis rule', (text) => {
    expect(reply(text)).not.toMatch(NSAID_OUT);
  });

  it.each([
    'cirrhosis, naproxen 500 bd ok?',
    'Child-Pugh A, naproxen 500 bd ok?',
    'cirrhotic liver on US, naproxen ok?',
  ])('contrast: %s keeps the cirrhosis rule', (text) => {
    expect(reply(text)).toMatch(NSAID_OUT);
  });
});
