import { describe, expect, it } from 'vitest';
import {
  CONTEXT_ROWS,
  readDictatedDrugs,
  soundKey,
  STRUCTURAL_WORDS,
} from '../../src/clinical/language/dictated-drugs.js';
import { converse } from '../helpers/conversation.js';

/**
 * Drug names broken up by dictation or autocorrect are read as the catalogue name they sound like
 * (dictated-drugs.ts), only with a dose after them, a question about a dose or drug, or alone; the reply says what
 * was read.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `dictated-drug-${n++}` }).replies.join('\n\n');

describe('drug names broken up by dictation or autocorrect', () => {
  it.each(CONTEXT_ROWS)('$id reads its example and not its counter-example', (row) => {
    row.re.lastIndex = 0;
    expect(row.re.test(row.example)).toBe(true);
    expect(row.re.test(row.counter)).toBe(false);
  });

  it('joined sound-alikes share the key of the name', () => {
    expect(soundKey('trammerdoll')).toBe(soundKey('tramadol'));
    expect(soundKey('dualoxateen')).toBe(soundKey('duloxetine'));
    expect(soundKey('naprocksin')).toBe(soundKey('naproxen'));
    expect(soundKey('simbalta')).toBe(soundKey('cymbalta'));
    expect(soundKey('sitalowpram')).toBe(soundKey('citalopram'));
    expect(soundKey('oxycodown')).toBe(soundKey('oxycodone'));
  });

  it.each([
    ['gaba pen tin 300 tds?', 'gabapentin'],
    ['dual ox a teen dose', 'duloxetine'],
    ['nap rocks in 500 bd', 'naproxen'],
    ['trammer doll max dose', 'tramadol'],
    ['lyric a for sciatica', 'lyrica'],
    ['sim balta 60', 'cymbalta'],
    ['hydro codone 10 q6', 'hydrocodone'],
    ['oxy cod own 5', 'oxycodone'],
    ['sell a brex', 'celebrex'],
    ['sit a low pram 20', 'citalopram'],
    ['eye bu pro fen 400 tds', 'ibuprofen'],
    ['pre-gabba-lin 75 bd', 'pregabalin'],
    ['met ha done 10 mg', 'methadone'],
  ])('%j reads as %s', (typed, name) => {
    expect(readDictatedDrugs(typed).read.map((r) => r.name)).toEqual([name]);
  });

  it.each([
    'she likes the lyrics of that song',
    'oxygen 2L at night',
    'took the tram to clinic',
    'had a nap, rocks in the garden',
    'gab about it for a bit',
    // a run the words break ("for" is read as itself) or with no dose and no question
    'dual for a teen',
    'trammer doll collection',
    // spelled letters, a name already read, and plain words far from any dose
    'M M E oxycodone 5 mg q6h',
    'co-codamol 30/500 2 tabs qds',
    'duloxetine with atorvastatin: the label, renal and liver lines stay',
    'what outcome measures should I track?',
    '71M, prostate ca 8 years ago, back pain worse at night',
  ])('%j reads no drug', (text) => {
    expect(readDictatedDrugs(text)).toEqual({ text, read: [] });
  });

  it('no structural word is a drug name sound', () => {
    expect(STRUCTURAL_WORDS.has('for')).toBe(true);
    expect(STRUCTURAL_WORDS.has('a')).toBe(false);
  });

  it.each([
    ['terse', 'trammer doll max dose', /Read as tramadol:\*\* "trammer doll"/, /400 mg\/day/],
    ['NP shorthand', 'nap rocks in 500 bd', /Read as naproxen/, /adequate \(guideline dose\)/],
    ['pharmacist', 'Rx sim balta 30 mg od - ok to dispense?', /Read as cymbalta \(duloxetine\)/, /Titrate to 60 mg/],
    [
      'GP chatty',
      'hi there, patient on trammer doll fifty qds for 2 months, can I add dual ox a teen?',
      /Read as duloxetine:\*\* "dual ox a teen"/,
      /serotonin syndrome/,
    ],
    ['UK', 'eye bu pro fen 400 tds not enough, whats next', /Read as ibuprofen/, /below the guideline dose/],
    ['dictated', 'dual ox a teen dose question mark', /Read as duloxetine/, /30 mg daily/],
    ['autocorrect', 'pt on nap rocks in 500 bd and sit a low pram 20, ok?', /Read as citalopram/, /GI bleeding/],
  ])('%s: %j answers as if named', (_style, q, read, fact) => {
    const text = answer(q);
    expect(text).toMatch(read);
    expect(text).toMatch(fact);
  });

  it('a dictated name in a case is read into the case', () => {
    const text = answer(
      '58 yo female, chronic LBP 6 months, tried nap rocks in 500 bd for 8 weeks no help, no red flags. next step?',
    );
    expect(text).toMatch(/Read as naproxen/);
    expect(text).toMatch(/naproxen 500 mg twice daily x 8 wk: no relief/);
  });

  it.each([
    'she likes the lyrics of that song',
    'oxygen 2L at night, back pain 6 months, what next?',
    'patient took a nap, back pain worse, what next?',
  ])('%j says nothing was read', (q) => {
    expect(answer(q)).not.toMatch(/Read as/);
  });
});
