import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import {
  COMPANION_AGE_ROWS,
  SEX_CUES,
  companionAges,
  describedSex,
  statedAgeRange,
  statedSex,
} from '../../src/clinical/language/stated-patient.js';

const AT = '2026-11-29T10:00:00.000Z';

/** The patient's sex and age as a description states them: each cue row reads its example and not its counter. */
describe('stated sex and age', () => {
  it.each(SEX_CUES)('$id reads "$example" as $sex and nothing in "$counter"', (cue) => {
    expect(statedSex(cue.example)).toEqual({ sex: cue.sex, pronoun: cue.pronoun === true });
    expect(statedSex(cue.counter)).toBeUndefined();
  });

  it.each([
    ['71 yo F w/ LBP x 2 yrs', 'female'],
    ['F 52, LBP 6/12', 'female'],
    ['a sixty eight year old gentleman with back pain', 'male'],
    ['Lady in her seventies, CLBP', 'female'],
    ['Sex: M  Age: 44', 'male'],
    ['he is 66 now and still on naproxen', 'male'],
  ] as const)('%j states %s', (text, sex) => {
    expect(statedSex(text)?.sex).toBe(sex);
  });

  it.each([
    ['CLBP 2 yrs, he tried naproxen and it upset his stomach', 'male'],
    ['LBP 1 yr; she stopped duloxetine (nausea)', 'female'],
    ['her husband says he is taking extra tramadol', undefined],
    ['CLBP 2 yrs, failed naproxen', undefined],
    ['CLBP 2 yrs, wife says she is worried about the tramadol', undefined],
  ] as const)('a first description %j is of a %s patient (pronouns of one sex only)', (text, sex) => {
    expect(describedSex(text)).toBe(sex);
  });

  it.each([
    ['woman in her 50s with sciatica', { min: 50, max: 59 }],
    ['a man in his early eighties', { min: 80, max: 89 }],
    ['40s male, LBP', { min: 40, max: 49 }],
    ['pain for 60s at a time', undefined],
    // a decade after an event dates the history (blind v10), one after a person word or a clause head is the age now
    ['had a fusion in her forties, did well', undefined],
    ['forgot to say he had a discectomy in his forties, L4/5', undefined],
    ['Male, LBP 2 yrs, started in his forties', undefined],
    // a decade attached to the person is the age now, after other words too (safety review, round 4)
    ['Another man with chronic LBP in his forties, on tramadol 50 qds, eGFR 25', { min: 40, max: 49 }],
    ['lady with LBP in her 70s, naproxen', { min: 70, max: 79 }],
    ['CLBP 3 yrs, in his 70s, naproxen no help', { min: 70, max: 79 }],
  ] as const)('%j gives the age range %j', (text, range) => {
    expect(statedAgeRange(text)).toEqual(range);
  });

  it.each([
    ['F52 CLBP 1 yr, ibuprofen no help', 52],
    ['m 61, LBP 2 yrs', 61],
    ['so I have a lady here 64 with back pain for a year', 64],
    ['LBP 3 yrs, failed naproxen and physio. He is 47.', 47],
    ["CLBP 2 yrs, tried ibuprofen. She's 38", 38],
    ['she is 12 weeks pregnant with LBP for 2 years', undefined],
  ] as const)('the case age of %j is %j', (text, age) => {
    expect(extractCaseFacts(text, AT).patch.age).toBe(age);
  });

  it.each(COMPANION_AGE_ROWS)('$id reads another person\'s age in "$example" and none in "$counter"', (row) => {
    expect(row.re.test(normalize(row.example))).toBe(true);
    expect(row.re.test(normalize(row.counter))).toBe(false);
  });

  it.each([
    ['her son (34) drove her', [34]],
    ['Hx: lives w/ his wife, 61, she does the heavy lifting', [61]],
    ['daughter 24 is a physio', [24]],
    ['pt accompanied by 58 yr old husband', [58]],
    ['OH (other half) - his partner aged 52 - asks about his sleep', [52]],
    ['58 yo M, CLBP 2 yrs, wife present', []],
    ['Mum, 34, LBP since the baby', []],
    ['son 12 weeks ago started uni', []],
  ] as const)("another person's age in %j: %j", (text, ages) => {
    expect(companionAges(text)).toEqual(ages);
  });
});
