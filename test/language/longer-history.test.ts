import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { ON_A_LONGER_HISTORY } from '../../src/clinical/language/gate-facts.js';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * Reviewer's minor items (several clinician styles, no identifiers): a short spell on top of a longer history is
 * chronic pain; an unnamed NSAID the patient takes besides a named one is a second NSAID.
 */
const AT = '2026-11-29T10:00:00.000Z';
const read = (text: string) => extractCaseFacts(text.toLowerCase(), AT).patch;

describe('a spell on top of a longer history is not "not yet chronic"', () => {
  it.each([
    ['2 months of low back pain on top of a 5 year history, start duloxetine?', 260],
    ['6 wks LBP on a background of chronic LBP, ok for naproxen?', undefined],
    ['Acute-on-chronic LBP x 3 weeks comma 10 yr history full stop cymbalta?', 520],
    ['Dear Dr, 8 weeks of back pain superimposed on a 3-year history of LBP. Duloxetine dose?', 156],
  ])('%s', (text, weeks) => {
    expect(ON_A_LONGER_HISTORY.test(text.toLowerCase())).toBe(true);
    expect(ask(text).join('\n')).not.toContain('Under 12 weeks: not yet chronic');
    const pain = read(text).painDurationWeeks;
    if (weeks !== undefined) expect(Math.round(pain ?? 0)).toBe(weeks);
    else expect(pain === undefined || pain >= 12).toBe(true);
  });

  it.each(['5 weeks of low back pain, start duloxetine?', '2 months of LBP in a 45 year old, naproxen?'])(
    'a short spell alone is still not yet chronic: %s',
    (text) => {
      expect(ask(text).join('\n')).toContain('Under 12 weeks: not yet chronic');
    },
  );
});

describe('an unnamed NSAID the patient also takes is a second NSAID', () => {
  it.each([
    'naproxen 500 bd, also the NSAID her rheumatologist prescribed',
    'ibuprofen 400 tds plus the anti-inflammatory from her GP',
    'On naproxen 500mg BID. Also taking the NSAID prescribed by rheumatology.',
    'ibuprofen 200 prn and the nsaid her dr gave her',
  ])('%s', (text) => {
    expect(read(text).medications?.map((m) => m.drug)).toContain('other-nsaid');
  });

  it.each(['failed naproxen, does the NSAID count?', 'ibuprofen, the NSAID trial failed'])(
    'the class word pointing back is the named NSAID: %s',
    (text) => {
      expect(read(text).medications?.map((m) => m.drug)).not.toContain('other-nsaid');
    },
  );
});
