import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';

/**
 * Class: heavy alcohol use is the reference's "heavy alcohol use", present (clinical-reference.md section 2). A quick
 * answer reads it as the case does (one reader): a companion's drinking, a denial (also "drinks heavily? no") and
 * past use said over ("quit", "abstinent since", "in remission", "in recovery from") are no rule-out; heavy use said
 * now is. Drinking said as an amount (with or without "of", cans with "drinks") keeps duloxetine with a check line,
 * and with abnormal liver tests takes the case's 'confirm' rule.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `alcohol-now-${n++}` }).replies[0] ?? '';
const headline = (q: string): string => answer(q).split('\n')[0] ?? '';
const AT = '2026-01-15T10:00:00.000Z';

describe('not heavy alcohol use now: duloxetine is not ruled out', () => {
  it.each([
    ['companion', "his wife drinks heavily; he doesn't drink. duloxetine?"],
    ['past, quit', 'quit drinking last year, was a heavy drinker. duloxetine?'],
    ['EHR, abstinent since', 'hx AUD, abstinent since 2019 - cymbalta?'],
    ['GP chatty, in recovery', 'she is in recovery from alcohol use disorder. can I start duloxetine?'],
    ['NP shorthand, in remission', 'ETOH abuse in remission. duloxetine ok?'],
    ['Q and A note, denied', 'drinks heavily? no. duloxetine 30?'],
    ['UK, ex-drinker', 'used to drink heavily, sober 5 yrs. duloxetine?'],
  ])('%s: %j', (_style, q) => {
    expect(answer(q)).not.toMatch(/not for this patient/);
  });

  it('the case reads the same texts the same way', () => {
    for (const q of [
      'hx AUD, abstinent since 2019 - cymbalta?',
      'in recovery from alcohol use disorder',
      'ETOH abuse in remission',
      'drinks heavily? no.',
    ])
      expect(extractCaseFacts(q, AT).patch.conditions?.['heavy-alcohol']).not.toBe('yes');
  });
});

describe('contrasts: heavy use said now still rules duloxetine out', () => {
  it.each([
    ['terse', 'heavy drinker, duloxetine?'],
    ['binge is heavy', 'binge drinks at weekends; start duloxetine?'],
    ['another remission', 'gout in remission, heavy drinker. duloxetine?'],
    ['another recovery', 'in recovery from knee surgery, heavy drinker - duloxetine?'],
    ['question not answered no', 'heavy drinker - duloxetine? no liver disease'],
    ['relapsed', 'AUD in remission but relapsed last month, duloxetine?'],
  ])('%s: %j', (_style, q) => {
    expect(headline(q)).toMatch(/not for this patient/);
  });
});

describe('drinking said as an amount: a check line, not a headline', () => {
  it.each([
    ['units a week', 'drinks 2-3 units/wk. duloxetine?'],
    ['no "of"', 'drinks 3 glasses wine nightly. duloxetine?'],
    ['cans', 'drinks 4 cans a day - cymbalta ok?'],
  ])('%s: %j', (_style, q) => {
    const text = answer(q);
    expect(text).toMatch(/Alcohol \(heavy not said\):\*\* .*Is the alcohol use heavy\?/);
    expect(text.split('\n')[0]).not.toMatch(/alcohol|not for this patient/i);
  });

  it('with abnormal liver tests: the case rule, confirm first, as the headline', () => {
    for (const q of [
      'LFTs deranged, drinks 4 cans a day. duloxetine?',
      'drinks 3 glasses wine nightly, raised ALT - cymbalta?',
    ])
      expect(headline(q)).toMatch(/confirm first \(drinking with abnormal liver tests/);
  });

  it('contrasts: another drink, and liver tests without drinking', () => {
    expect(answer('drinks 4 cans of coke a day, duloxetine?')).not.toMatch(/Alcohol/);
    expect(headline('deranged LFTs, duloxetine ok?')).not.toMatch(/confirm first/);
  });
});

describe('heavy drinking stopped recently: heavy use counts until abstinence is sustained', () => {
  it.each([
    ['terse', 'duloxetine? stopped drinking 2 weeks ago, was heavy'],
    ['NP shorthand', 'duloxetine? sober since last week, previously heavy'],
    ['GP chatty', "he's stopped drinking a month ago, he used to be a heavy drinker - is duloxetine ok?"],
    ['pharmacist', 'Rx duloxetine 30 mg. Pt quit drinking 3 weeks ago, drank heavily before. Ok to dispense?'],
  ])('%s: %j', (_style, q) => {
    expect(headline(q)).toMatch(/not for this patient/);
  });

  it.each([
    ['sustained', 'duloxetine? quit drinking 2 years ago, was heavy'],
    ['no heavy use said', 'duloxetine? stopped drinking 2 weeks ago'],
  ])('contrast, %s: %j is not ruled out', (_style, q) => {
    expect(headline(q)).not.toMatch(/not for this patient/);
  });
});
