import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

/**
 * A fear of addiction is no substance use disorder ("scared of addiction", "worried about developing an addiction"):
 * the cue rows of cue-rules.ts (reader 'concept-feared-before'). A disorder named, now or in recovery, still is: the
 * opioid risk assessment screens for it (guideline) and the naloxone row names its history (reference section 4).
 */
const AT = '2026-11-29T10:00:00.000Z';
const sud = (t: string) => extractCaseFacts(t, AT).patch.conditions?.['substance-use-disorder'];

describe('a fear of addiction is not a disorder', () => {
  it.each([
    ['terse', '52M LBP 8/12, naproxen + duloxetine failed. scared of addiction. opioids?'],
    [
      'GP chatty',
      "she's really worried about addiction so doesn't want anything strong, 61F with back pain for a year",
    ],
    ['NP shorthand', "58F cLBP, tramadol offered, pt declined ('scared of addiction')"],
    ['UK/AU', '64M, LBP 7/12, naproxen no good, nervous about opioid addiction, keen for physio'],
    ['dictated', 'patient is afraid of becoming an addict comma fear of addiction is why she stopped codeine'],
    ['EHR paste', 'Assessment: chronic LBP. Pt anxious about possible addiction. Plan: duloxetine 30 mg daily'],
    ['pharmacist', 'Rx tramadol 50 mg qds for 70F, pt fearful of addiction - ok to dispense?'],
    ['developing an', '60M LBP 6 mo, worried about developing an addiction'],
  ])('%s: "%s"', (_, text) => {
    expect(sud(text)).toBeUndefined();
  });
});

describe('a disorder named is still one', () => {
  it.each([
    ['history', '52M chronic LBP 8 months, history of opioid use disorder. opioids?'],
    ['alcohol, in recovery', '52M chronic LBP, in recovery from alcohol dependence'],
    ['alcohol use disorder', '47F LBP 6/12, alcohol use disorder, drinks daily'],
    ['methadone programme', '39M LBP 5 months, on methadone programme'],
    ['buprenorphine maintenance', '44F cLBP, on buprenorphine maintenance via the clinic'],
    ['a fear beside a history', '52M LBP, hx opioid addiction, scared of the pain getting worse'],
    ['a possessive', "worried about her opioid use disorder, she's 45 with LBP 6 months"],
  ])('%s: "%s"', (_, text) => {
    expect(sud(text)).toBe('yes');
  });

  it('a clinician concerned about misuse keeps it for the risk assessment', () => {
    expect(sud('58M cLBP, early refills, concerned about opioid misuse')).toBe('yes');
  });

  it('"heavy drinker" names no disorder; "in recovery" ends the heavy drinking, not its history', () => {
    expect(sud('52M chronic LBP, heavy drinker')).toBeUndefined();
    expect(
      extractCaseFacts('52M cLBP, in recovery from alcohol dependence', AT).patch.conditions?.['heavy-alcohol'],
    ).not.toBe('yes');
  });
});
