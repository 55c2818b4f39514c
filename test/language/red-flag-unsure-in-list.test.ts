import { describe, expect, it } from 'vitest';
import { answerToFact } from '../../src/clinical/language/answer-to-fact.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

/**
 * A red-flag sign said unsure, not asked or queried ("?") inside a list of denied signs leaves the screen not
 * completed, naming that sign (clinical-reference.md section 6): a negation earlier in the list never reaches it.
 */
const AT = '2026-11-29T10:00:00.000Z';

const UNSURE_BLADDER = [
  'no saddle numbness, no fever, not sure about bladder changes',
  'red flags: none except pt unsure re bladder',
  'RF neg apart from ?bladder - unsure',
  'denies fever/wt loss, unsure about bowel control',
  'no red flags (bladder not asked)',
  // own variants: ED handover, NP shorthand, UK letter, dictated, EHR paste
  'ED handover: no fever, no wt loss, unsure re bladder/bowel function',
  'RF: nil, didnt ask about bowel habits',
  'Red flags negative except that she is unsure about her bladder control.',
  'denies fever comma weight loss comma not sure about her bladder full stop',
  'Red flags: fever - no, weight loss - no, bladder - ?',
  'no fever, weight loss, bladder?',
  'RF neg, bladder ?',
  'no fever or bladder?',
];

describe('an unsure sign in a denied list: screen not completed, the sign named', () => {
  it.each(UNSURE_BLADDER)('first message "%s"', (text) => {
    const { patch } = extractCaseFacts(`58F chronic LBP 9 months, ${text}`, AT);
    expect(patch.redFlagScreen).toBe('unknown');
    expect(patch.redFlags ?? []).toEqual([]);
    expect(patch.unsureRedFlags).toEqual(['cauda-equina']);
  });

  it.each(UNSURE_BLADDER)('answer to the red-flag question "%s"', (text) => {
    expect(answerToFact('redFlags', text, AT)).toEqual({
      redFlagScreen: 'unknown',
      redFlags: [],
      unsureRedFlags: ['cauda-equina'],
    });
  });

  it.each([
    ['denies fever, wt loss, unsure re saddle anaesthesia', 'cauda-equina'],
    ['no fever, not asked re saddle numbness', 'cauda-equina'],
    ['no saddle numbness, unsure about weight loss', 'cancer'],
  ] as const)('other signs: "%s"', (text, id) => {
    const { patch } = extractCaseFacts(text, AT);
    expect(patch.redFlagScreen).toBe('unknown');
    expect(patch.unsureRedFlags).toEqual([id]);
  });
});

describe('what works today keeps working', () => {
  it.each([
    'no red flags, bowel function normal',
    'No red flags. Bladder and bowel function normal.',
    'no fever, weight loss or saddle numbness',
    'Any fever? No. Any weight loss? No.',
  ])('"%s": screen negative', (text) => {
    expect(extractCaseFacts(text, AT).patch.redFlagScreen).toBe('no');
  });

  it('"?bladder" is queried, so suspected, like "?saddle numbness"', () => {
    for (const text of ['no fever or weight loss, ?bladder', 'no fever, ?saddle numbness']) {
      const { patch } = extractCaseFacts(text, AT);
      expect(patch.redFlags).toEqual(['cauda-equina']);
    }
  });

  it('"any red flags? bladder ok" reads no bladder sign', () => {
    expect(extractCaseFacts('any red flags? bladder ok', AT).patch.redFlags ?? []).toEqual([]);
  });
});
