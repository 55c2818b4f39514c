import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

/**
 * A short abbreviation is read as a whole word only: "ORT" (the Opioid Risk Tool) is no part of "ortho", "prior ca"
 * (cancer) no part of "prior cataract". Each abbreviation: clinicians' ways of writing it, and longer words that start
 * with it and must not count.
 */
const AT = '2026-12-07T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text, AT).patch;

describe('ORT, UDS, PDMP: the opioid risk assessment as a whole word', () => {
  it.each([
    ['ORT 3, low risk. Can I start an opioid?'],
    ['ort score low'],
    ['UDS clean, PDMP checked'],
    ['Opioid Risk Tool done'],
  ])('"%s" is an opioid risk assessment', (said) => {
    expect(read(`58M chronic LBP. ${said}`).opioidRiskAssessment).toBe('yes');
  });

  it.each([
    ['Seen by ortho last month. Can I start an opioid?'],
    ['Ortho saw her in March, no surgery planned.'],
    ['Declined oxycodone offered by ortho.'],
    ['orthotics fitted, orthopaedic review pending'],
  ])('"%s" is not', (said) => {
    expect(read(`58M chronic LBP. ${said}`).opioidRiskAssessment).toBeUndefined();
  });
});

describe('"prior/known ca" (cancer) as a whole word', () => {
  it.each([['hx of prostate ca'], ['known ca breast'], ['prior ca, treated 2019']])(
    '"%s" is a cancer red flag',
    (said) => {
      expect(read(`62F LBP 8 weeks, ${said}`).redFlags ?? []).toContain('cancer');
    },
  );

  it.each([
    ['prior cataract surgery'],
    ['known case of LBP'],
    ['history of CABG 2010'],
    ['previous carpal tunnel release'],
  ])('"%s" is not', (said) => {
    expect(read(`62F LBP 8 weeks, ${said}`).redFlags ?? []).not.toContain('cancer');
  });
});

describe('ESI, SCS, RFA as whole words', () => {
  it.each([['wants an ESI'], ['asking about SCS'], ['interested in RFA']])(
    '"%s" is considering a procedure',
    (said) => {
      expect(read(`50M chronic LBP, ${said}`).consideringInterventional).toBe('yes');
    },
  );
});
