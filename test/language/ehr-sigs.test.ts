import { describe, expect, it } from 'vitest';
import { readEhrSigs, SIG_FREQUENCIES } from '../../src/clinical/language/ehr-sig.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { readBracketedNumbers } from '../../src/clinical/language/spoken-numbers.js';
import { ask } from '../../scripts/eval/question-suite.js';

const AT = '2026-01-15T10:00:00.000Z';

/** The bot's whole reply to the text, sent cold. */
const reply = (text: string): string => ask(text).join('\n');

describe('sig frequency rows: each reads its example', () => {
  it.each(SIG_FREQUENCIES.map((row) => [row.id, row.example, row.expected]))('%s: "%s"', (id, example, expected) => {
    const row = SIG_FREQUENCIES.find((x) => x.id === id)!;
    row.re.lastIndex = 0;
    const hit = row.re.exec(example);
    expect(hit && row.short(hit)).toBe(expected);
  });
});

describe('EHR sig lines -> shorthand', () => {
  it.each([
    [
      'HYDROcodone-acetaminophen 5-325 MG per tablet, Take 1 tablet by mouth every 4 hours as needed for moderate pain',
      'hydrocodone 5/325 1 tab q4h prn;',
    ],
    [
      'oxyCODONE-acetaminophen (PERCOCET) 10-325 MG per tablet, Take 1 tablet by mouth every 6 (six) hours as needed for severe pain',
      'percocet 10/325 1 tab q6h prn;',
    ],
    [
      'acetaminophen-codeine 300-30 MG per tablet, Take 2 tablets by mouth every 6 hours as needed',
      'codeine 30/300 2 tabs q6h prn;',
    ],
    ['oxyCODONE (OXYCONTIN) 10 MG 12 hr tablet, Take 1 tablet by mouth every 12 hours', 'oxycontin 10 mg 1 tab q12h;'],
    ['morphine 15 MG 12 hr tablet, Take 1 tablet by mouth 2 times daily', 'morphine er 15 mg 1 tab bid;'],
    [
      'traMADol (ULTRAM) 50 MG tablet, Take 1-2 tablets by mouth every 6 hours as needed for pain',
      'tramadol 50 mg 1-2 tabs q6h prn;',
    ],
    ['pregabalin (LYRICA) 75 MG capsule, Take 1 capsule by mouth 2 (two) times daily', 'pregabalin 75 mg 1 tab bid;'],
    [
      'fentaNYL (DURAGESIC) 12 MCG/HR patch, Apply 1 patch onto the skin every 72 hours',
      'duragesic 12 mcg/hr patch q72h;',
    ],
    [
      'naproxen (NAPROSYN) 500 MG tablet, Take 1 tablet (500 mg total) by mouth 2 times daily with meals',
      'naproxen 500 mg 1 tab bid; with meals',
    ],
    [
      'oxyCODONE (ROXICODONE) 5 MG tablet, Take 1 tablet by mouth every 4 hours as needed for pain. Max Daily Amount: 4 tablets',
      'oxycodone 5 mg 1 tab q4h prn max 4 tabs a day;',
    ],
  ])('"%s"', (line, short) => {
    expect(readEhrSigs(readBracketedNumbers(line)).trim()).toBe(short);
  });

  it('leaves a line alone when no drug the catalogue knows is named', () => {
    const line = 'lisinopril 10 MG tablet, Take 1 tablet by mouth daily';
    expect(readEhrSigs(line)).toBe(line);
  });

  it('leaves ordinary prose alone', () => {
    const text = 'On naproxen 500 mg, take with food; tramadol 50 mg bid';
    expect(readEhrSigs(text)).toBe(text);
  });

  it('lines joined into one (line breaks collapsed) read the same, and reading twice changes nothing', () => {
    const list =
      'traMADol (ULTRAM) 50 MG tablet, Take 1 tablet by mouth every 8 hours as needed for pain\ngabapentin (NEURONTIN) 600 MG tablet, Take 1 tablet by mouth 3 times daily';
    const joined = readEhrSigs(list.replace(/\s+/g, ' '));
    expect(joined).toBe(readEhrSigs(list).replace(/\s+/g, ' '));
    expect(readEhrSigs(joined)).toBe(joined);
  });
});

describe('the drug reader reads a pasted list', () => {
  const list = [
    'HYDROcodone-acetaminophen 7.5-325 MG per tablet, Take 1-2 tablets by mouth every 6 hours as needed for pain',
    'morphine (MS CONTIN) 15 MG 12 hr tablet, Take 1 tablet by mouth every 12 hours',
    'fentaNYL (DURAGESIC) 25 MCG/HR patch, Place 1 patch onto the skin every 72 hours',
    'gabapentin (NEURONTIN) 300 MG capsule, Take 1 capsule by mouth 4 times daily',
  ].join('\n');

  it('drug, strength, tablets, frequency, as needed, ER product, patch', () => {
    const found = findDrugs(normalize(list));
    expect(found.map((m) => m.drug)).toEqual(['hydrocodone', 'morphine', 'fentanyl', 'gabapentin']);
    // a tablet range: the ordinary reader keeps the lower end (the most-a-day reader takes the upper)
    expect(found[0]).toMatchObject({ doseMg: 7.5, timesPerDay: 4, prn: true, acetaminophenMg: 325 });
    expect(found[1]).toMatchObject({ matched: 'ms contin', doseMg: 15, timesPerDay: 2 });
    expect(found[2]).toMatchObject({ matched: 'duragesic', doseMg: 25, unit: 'mcg/hr' });
    expect(found[3]).toMatchObject({ doseMg: 300, timesPerDay: 4, dailyMg: 1200 });
  });

  it('the case reader: the most a day of the tablet range, the ER product, a tall-man generic', () => {
    const meds = extractCaseFacts(`62M chronic LBP, current meds:\n${list}`, AT).patch.medications ?? [];
    expect(meds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ drug: 'hydrocodone', mostDailyMg: 60 }),
        expect.objectContaining({ drug: 'morphine', product: 'ms contin', doseMg: 15, timesPerDay: 2 }),
        expect.objectContaining({ drug: 'fentanyl', product: 'duragesic', doseMg: 25 }),
        expect.objectContaining({ drug: 'gabapentin', doseMg: 300, timesPerDay: 4 }),
      ]),
    );
  });
});

describe('quick answers through handleTurn read a pasted list', () => {
  it('MME of two lines and "MME?" on the next: oxycodone 10 q6h (60) + tramadol 50 q6h (40) = 100 MME/day', () => {
    const text = [
      'oxyCODONE (ROXICODONE) 10 MG tablet, Take 1 tablet by mouth every 6 hours as needed',
      'traMADol (ULTRAM) 50 MG tablet, Take 1 tablet by mouth every 6 hours',
      'MME?',
    ].join('\n');
    expect(text.length).toBeLessThanOrEqual(300);
    const out = reply(text);
    expect(out).toMatch(/Total 100 MME\/day/);
  });

  it('an ER tablet and a patch: MS Contin 30 q12h (60) + fentanyl 25 mcg/hr (60) = 120 MME/day', () => {
    const text = [
      'morphine (MS CONTIN) 30 MG 12 hr tablet, Take 1 tablet by mouth every 12 hours',
      'fentaNYL (DURAGESIC) 25 MCG/HR patch, Place 1 patch onto the skin every 72 hours',
      'MME?',
    ].join('\n');
    expect(reply(text)).toMatch(/Total 120 MME\/day/);
  });

  it('acetaminophen total of a combination line taken 2 tablets every 4 hours: 3,900 mg a day', () => {
    const text =
      'HYDROcodone-acetaminophen 5-325 MG per tablet, Take 2 tablets by mouth every 4 hours as needed for pain\ntotal acetaminophen?';
    expect(reply(text)).toMatch(/3,900 mg acetaminophen a day/);
  });

  it('a dose check on a tablet range takes the most: tramadol 1-2 tabs q4h is 600 mg/day, over the label maximum', () => {
    const text = 'traMADol (ULTRAM) 50 MG tablet, Take 1-2 tablets by mouth every 4 hours as needed\nis this dose ok?';
    expect(reply(text)).toMatch(/600 mg\/day: above the label maximum/);
  });
});

describe('a number word in brackets is the digit before it ("2 (two) times a day")', () => {
  it.each([
    ['Take 1 tablet by mouth 2 (two) times a day', 'Take 1 tablet by mouth 2 times a day'],
    ['every 6 (six) hours as needed', 'every 6 hours as needed'],
    [
      'every 4 (four) hours as needed for pain. Max 4 tablets/day',
      'every 4 hours as needed for pain. Max 4 tablets/day',
    ],
    ['3 (Three) times a day as needed', '3 times a day as needed'],
    ['every 12 (twelve) hours', 'every 12 hours'],
  ])('"%s"', (text, read) => {
    expect(readBracketedNumbers(text)).toBe(read);
  });

  it.each([
    'Take 1 tablet (10 mg total) by mouth daily',
    'naproxen 500 bid (x 4 months)',
    'oxycodone-apap 5/325 (Percocet) 1 tab q6h',
    'Take 2 (one) tablets',
  ])('other brackets keep their meaning: "%s"', (text) => {
    expect(readBracketedNumbers(text)).toBe(text);
  });
});

describe('bracketed number words in sigs reach every frequency reader (case and quick answer alike)', () => {
  it.each([
    // terse quick question, no EHR comma
    ['MME? methadone 10 mg take 1 tablet by mouth 2 (two) times a day', /Total 94 MME\/day/],
    // EHR paste
    ['Current meds: methadone 10 mg tablet, Take 1 tablet by mouth 2 (two) times a day. MME?', /Total 94 MME\/day/],
    // GP chatty
    [
      "Hi, she's on oxycodone 5 mg tablet - take 1 tablet by mouth every 6 (six) hours as needed for pain, what's her MME?",
      /Total 30 MME\/day/,
    ],
    // pharmacist
    [
      'Rx gabapentin 300 mg capsule take 1 capsule by mouth 3 (three) times a day as needed. ok to dispense?',
      /300 mg x 3\/day = 900 mg\/day/,
    ],
  ])('"%s"', (text, expected) => {
    expect(reply(text)).toMatch(expected);
  });

  it('the case reader takes the bracketed frequency (UK/AU paste)', () => {
    const text =
      '58F chronic LBP 1 yr. Meds:\nmethadone 10 mg tablet - Take 1 tablet by mouth 2 (two) times a day\nparacetamol 1 g qds';
    const meds = extractCaseFacts(text, AT).patch.medications ?? [];
    expect(meds).toEqual(expect.arrayContaining([expect.objectContaining({ drug: 'methadone', timesPerDay: 2 })]));
  });

  it('a PRN every-4-hours sig with a daily cap reads the cap (NP shorthand)', () => {
    const text = 'oxycodone 5 mg tab take 1 tablet every 4 (four) hours as needed for pain. Max 4 tablets/day. MME?';
    expect(reply(text)).toMatch(/Total 30 MME\/day/);
  });
});
