import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import {
  NUMBER_CONTEXTS,
  readSpoken,
  SPELLED_ABBREVIATIONS,
  SPOKEN_PUNCTUATION,
  SPOKEN_PUNCTUATION_WORDS,
} from '../../src/clinical/language/spoken-numbers.js';
import { ask } from '../../scripts/eval/question-suite.js';

const AT = '2026-01-15T10:00:00.000Z';

/** The bot's whole reply to the text, sent cold. */
const reply = (text: string): string => ask(text).join('\n');

const ROWS = [...NUMBER_CONTEXTS, ...SPOKEN_PUNCTUATION, ...SPELLED_ABBREVIATIONS];

describe('spoken text rows: each reads its example and leaves its counter-example alone', () => {
  it.each(ROWS.map((r) => [r.id, r.example, r.expected]))('%s: "%s"', (_id, example, expected) => {
    expect(readSpoken(example)).toBe(expected);
  });
  it.each(ROWS.map((r) => [r.id, r.counterExample]))('%s keeps "%s"', (_id, counter) => {
    expect(readSpoken(counter)).toBe(counter);
  });
  it.each(ROWS.map((r) => [r.example]))('idempotent: "%s"', (example) => {
    expect(readSpoken(readSpoken(example))).toBe(readSpoken(example));
  });
});

describe('spoken punctuation: readSpoken skips the rows when none of their words is there', () => {
  // Each row's example stops matching once the words readSpoken looks for first are taken out of it.
  it.each(SPOKEN_PUNCTUATION.map((r) => [r.id, r.example, r.re]))('%s needs one of the words', (_id, example, re) => {
    const words = new RegExp(SPOKEN_PUNCTUATION_WORDS.source, 'gi');
    expect(example).toMatch(SPOKEN_PUNCTUATION_WORDS);
    expect(new RegExp(re.source, re.flags.replace('g', '')).test(example.replace(words, '_'))).toBe(false);
  });
});

describe('number words: values', () => {
  it.each([
    ['seventy two year old male', '72 year old male'],
    ['a fifty-five-year-old woman', 'a 55-year-old woman'],
    ['one thousand milligrams three times a day', '1000 milligrams three times a day'],
    ['one thousand two hundred mg', '1200 mg'],
    ['twelve hundred milligrams', '1200 milligrams'],
    ['a hundred milligrams', '100 milligrams'],
    ['three hundred and twenty five mg', '325 mg'],
    ['two and a half milligrams', '2.5 milligrams'],
    ['one and a half tablets', '1.5 tablets'],
    ['zero point five milligrams', '0.5 milligrams'],
    ['percocet five three twenty five', 'percocet 5/325'],
    ['norco ten three hundred twenty five', 'norco 10/325'],
    ['tylenol six fifty two tablets', 'tylenol 650 2 tablets'],
    ['gabapentin three hundred three times a day', 'gabapentin 300 three times a day'],
    ['one to two tablets every four to six hours', '1 to 2 tablets every 4 to 6 hours'],
    ['ten micrograms per hour patch', '10 mcg/hr patch'],
    ['egfr of forty five', 'egfr of 45'],
    ['pain eight out of ten', 'pain 8/10'],
    ['odi thirty percent', 'odi 30%'],
  ])('"%s" -> "%s"', (said, read) => {
    expect(readSpoken(said)).toBe(read);
  });
});

describe('ordinary words stay words', () => {
  it.each([
    'one of the worst flares',
    'no one at home helps',
    'a second opinion from spine surgery',
    'naproxen is first-line',
    'stopped at once',
    'at one point he tried yoga',
    'one day he could not stand',
    'every one of the trials failed',
    'is tramadol one of the options',
    'the one on the left',
    'I have a question for you',
    'over a period of weeks',
    // Words Object.prototype holds are not number words ("constructor" once read as NaN).
    'a constructor by trade, toString and valueOf',
  ])('"%s"', (text) => {
    expect(readSpoken(text)).toBe(text);
  });
});

describe('the readers read dictated text', () => {
  it('the case reader: age, creatinine clearance, doses and frequencies said in words', () => {
    const patch = extractCaseFacts(
      'Sixty eight year old female. Creatinine clearance twenty eight. Tramadol fifty milligrams every eight hours, no benefit full stop duloxetine thirty milligrams daily for two months',
      AT,
    ).patch;
    expect(patch.age).toBe(68);
    expect(patch.renal?.crcl).toBe(28);
    expect(patch.medications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ drug: 'tramadol', doseMg: 50, timesPerDay: 3 }),
        expect.objectContaining({ drug: 'duloxetine', doseMg: 30, timesPerDay: 1, durationWeeks: 8.7 }),
      ]),
    );
  });

  it('"new paragraph" ends a sentence: the duration before it is not the next drug\'s', () => {
    const patch = extractCaseFacts(
      'back pain for eight months new paragraph duloxetine sixty mg daily for three months',
      AT,
    ).patch;
    expect(patch.medications?.[0]).toMatchObject({ drug: 'duloxetine', doseMg: 60, durationWeeks: 13 });
  });

  it('the drug reader after normalize: a combination strength said in words', () => {
    expect(
      findDrugs(normalize('norco seven point five three twenty five two tablets every six hours'))[0],
    ).toMatchObject({ drug: 'hydrocodone', doseMg: 15, timesPerDay: 4, acetaminophenMg: 650 });
  });
});

describe('quick answers through handleTurn read dictated numbers', () => {
  it('"oxycontin twenty milligrams every twelve hours MME?" is 60 MME/day', () => {
    expect(reply('oxycontin twenty milligrams every twelve hours MME?')).toMatch(/\b60 MME\/day/);
  });

  it('"norco seven point five three twenty five two tablets every six hours" gives 2,600 mg acetaminophen a day', () => {
    expect(reply('norco seven point five three twenty five two tablets every six hours total acetaminophen?')).toMatch(
      /2,600 mg acetaminophen a day/,
    );
  });

  it('"tramadol fifty every six hours" is checked as 200 mg a day', () => {
    expect(reply('tramadol fifty every six hours, is that ok?')).toMatch(/200 mg\/day/);
  });

  it('"acetaminophen one thousand milligrams three times a day" is 3,000 mg a day', () => {
    expect(reply('acetaminophen one thousand milligrams three times a day ok?')).toMatch(/3,000 mg\/day/);
  });
});
