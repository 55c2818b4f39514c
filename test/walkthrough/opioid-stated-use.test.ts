import { describe, expect, it } from 'vitest';
import { statedUseTarget } from '../../src/clinical/case/tablet-change.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * A case that states less actual use than an opioid's range or as-needed prescription allows (helper fa18 class 2):
 * the stated use's MME is shown beside the prescription's maximum, in the turn it is said and in every later MME
 * reply, from the same code as the quick answers (tablet-mme.ts takenNowText). The maximum stays the case's total.
 */
let n = 0;
const replies = (...says: string[]) => converse(says, { key: `stated-use-${n++}` }).replies;
const AT = '2026-11-29T10:00:00.000Z';
const TAKEN = '2 tablets of 5 mg = 10 mg oxycodone/day x 1.5 = 15 MME/day, below the prescription';
// "1-2 q4h": the maximum counts the top of the range, 2 tablets 6 times a day (reference section 4)
const MAX = '60 mg/day = 90 MME/day';

describe('stated use beside the prescribed maximum', () => {
  it.each([
    ['terse', '58M CLBP 2y, naproxen failed, no red flags, oxycodone 5 mg 1-2 q4h prn, actually takes 2 a day'],
    [
      'GP chatty',
      "Chap of 58 with two years of back pain, no red flags, naproxen did nothing. He's prescribed oxycodone 5mg 1-2 every 4 hours as needed but really only uses 2 a day.",
    ],
    ['NP shorthand', 'pt 58M LBP 2y no RF, NSAID fail. oxy IR 5mg 1-2 q4h prn - using 2/day'],
  ])('%s: in the turn and when the MME is asked later', (_style, text) => {
    const [first, later] = replies(text, "what's his MME?");
    expect(first).toContain(TAKEN);
    expect(first).toContain(MAX);
    expect(later).toContain(TAKEN);
    expect(later).toContain('90 MME/day');
  });

  it('said in a later turn', () => {
    const [first, second, third] = replies(
      '58M CLBP 2y, naproxen failed, no red flags, oxycodone 5 mg 1-2 q4h prn',
      'actually he only takes 2 a day',
      'MME?',
    );
    expect(first).not.toContain('Taken now');
    expect(second).toContain(TAKEN);
    expect(third).toContain(TAKEN);
  });

  it('the step line says the maximum is a maximum', () => {
    const [first] = replies(
      '58M CLBP 2y, naproxen failed, no red flags, oxycodone 5 mg 1-2 q4h prn, actually takes 2 a day',
    );
    expect(first).toContain('Opioid already taken (up to 90 MME/day)');
  });

  it('a new regimen drops the old use', () => {
    const { state } = converse(
      [
        '58M CLBP 2y, naproxen failed, no red flags, oxycodone 5 mg 1-2 q4h prn, actually takes 2 a day',
        'oxycodone now 10 mg 1-2 q6h prn',
      ],
      { key: `stated-use-${n++}` },
    );
    const facts = (state as { cases: { facts: { medications: { drug: string; takenTablets?: number }[] } }[] })
      .cases[0]!.facts;
    expect(facts.medications.find((m) => m.drug === 'oxycodone')?.takenTablets).toBeUndefined();
  });
});

describe('contrasts', () => {
  it('no use said: no "taken now" line', () => {
    expect(replies('58M CLBP 2y, naproxen failed, no red flags, oxycodone 5 mg 1-2 q4h prn')[0]).not.toContain(
      'Taken now',
    );
  });
  it('a fixed regimen has no maximum to compare', () => {
    expect(
      extractCaseFacts('oxycodone 5 mg bd, takes 2 a day', AT).patch.medications?.[0]?.takenTablets,
    ).toBeUndefined();
  });
  it('a combination product: the count replaces the regimen (as before)', () => {
    const med = extractCaseFacts('percocet 10/325 1-2 q4-6h prn, uses about 4 a day', AT).patch.medications?.[0];
    expect(med?.takenTablets).toBeUndefined();
    expect(med?.timesPerDay).toBe(4);
  });
  it('two opioids on ranges and the count names neither: nothing guessed', () => {
    const medications = extractCaseFacts('oxycodone 5 mg 1-2 q4h prn and morphine 10 mg 1-2 q4h prn', AT).patch
      .medications!;
    expect(statedUseTarget({}, { medications })).toBeUndefined();
    expect(statedUseTarget({ drug: 'morphine' }, { medications })?.drug).toBe('morphine');
  });
});

/**
 * Stated use above the prescription's maximum (reviewer item 7): the case total, the step line, the case MME answer
 * and the naloxone check all count what is taken, the greater of the two (case-opioids.ts mmeItem).
 */
describe('stated use above the prescribed maximum counts in the case total', () => {
  const CASE = '62F LBP 3 yrs, nil red flags, oxycodone 5 mg q6h prn';
  it.each([
    ['terse', 'she actually takes 8 a day'],
    ['GP chatty', "to be honest she's taking about 8 a day"],
    ['NP shorthand', 'pt actually using 8/day'],
  ])('%s: 60 MME/day in the step, the total and the naloxone line', (_style, said) => {
    const [, turn, mme] = replies(CASE, said, 'mme');
    expect(turn).toContain('Opioid already taken (60 MME/day)');
    expect(turn).toMatch(/Offer naloxone/);
    expect(mme).toContain("Case A's opioids: 60 MME/day");
    expect(mme).toContain('40 mg a day as taken (above the prescription');
    expect(mme).toMatch(/Naloxone \(60 MME\/day is >= 50\)/);
  });

  it('contrast: stated use below the maximum leaves the maximum as the total', () => {
    const [, , mme] = replies(
      '62F LBP 3 yrs, nil red flags, oxycodone 5 mg 1-2 q6h prn',
      'she only takes 3 a day',
      'mme',
    );
    expect(mme).toContain("Case A's opioids: 60 MME/day");
    expect(mme).toContain('below the prescription');
  });

  it('contrast: no use said keeps the prescription maximum and no naloxone', () => {
    const [first, mme] = replies(CASE, 'mme');
    expect(first).toContain('Opioid already taken (up to 30 MME/day)');
    expect(mme).toContain("Case A's opioids: 30 MME/day");
    expect(mme).not.toMatch(/Naloxone/);
  });
});
