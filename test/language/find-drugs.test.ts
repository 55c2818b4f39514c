import { describe, expect, it } from 'vitest';
import { findDrugs, parseDoseRegimen } from '../../src/clinical/language/index.js';
import { TAKEN_CLASS_WORD_ROWS } from '../../src/clinical/language/find-drugs.js';

describe('parseDoseRegimen', () => {
  it.each([
    ['500 bid', { doseMg: 500, timesPerDay: 2, dailyMg: 1000 }],
    ['600-800 tid', { doseMg: 600, timesPerDay: 3, dailyMg: 1800 }],
    ['2.4 g/day', { dailyMg: 2400, unit: 'g' }],
    ['1g qid', { doseMg: 1000, timesPerDay: 4, unit: 'g' }],
    ['25 mcg/hr', { doseMg: 25, unit: 'mcg/hr' }],
    ['50-100 mg q6-8h', { doseMg: 50, timesPerDay: 3, dailyMg: 150 }],
    ['50 mg q6h prn', { doseMg: 50, timesPerDay: 4, prn: true }],
    ['600mg every 8 hours', { doseMg: 600, timesPerDay: 3 }],
    ['75 mg twice a day', { doseMg: 75, timesPerDay: 2 }],
    ['300 mg three times daily', { doseMg: 300, timesPerDay: 3 }],
    ['10 mg qhs', { doseMg: 10, timesPerDay: 1 }],
    ['20 mg nightly', { doseMg: 20, timesPerDay: 1 }],
    ['30 -> 60 mg daily', { doseMg: 60, timesPerDay: 1 }],
    ['400 mg qid', { doseMg: 400, timesPerDay: 4 }],
    ['5/325 q4-6h prn', { doseMg: 5, timesPerDay: 4, prn: true }],
  ])('%s', (text, expected) => {
    expect(parseDoseRegimen(text)).toMatchObject(expected);
  });

  it('reads no dose from a duration', () => {
    expect(parseDoseRegimen('x 6 wks').doseMg).toBeUndefined();
    expect(parseDoseRegimen('for 3 months').doseMg).toBeUndefined();
  });
});

describe('findDrugs', () => {
  const ids = (t: string) => findDrugs(t).map((m) => m.drug);

  it('finds generics, brands and misspellings with their regimen', () => {
    const m = findDrugs('naproxin 500mg BID, cymbalta 60, tramodol 50 q6-8h prn, Norco 5/325 q6h');
    expect(m.map((x) => x.drug)).toEqual(['naproxen', 'duloxetine', 'tramadol', 'hydrocodone']);
    expect(m[0]).toMatchObject({ matched: 'naproxin', doseMg: 500, timesPerDay: 2, dailyMg: 1000 });
    expect(m[2]).toMatchObject({ doseMg: 50, timesPerDay: 3, prn: true });
    expect(m[3]).toMatchObject({ doseMg: 5, timesPerDay: 4 });
  });

  it('fuzzy-matches unseen misspellings of 5+ letters', () => {
    expect(ids('gabapentn 300 tid, ibuprofan 800, duloxetene')).toEqual(['gabapentin', 'ibuprofen', 'duloxetine']);
  });

  it('does not read ordinary words as drugs', () => {
    expect(ids('alive and well this morning, motion fine, good methods, normal process, patient travels')).toEqual([]);
    // words within a letter or two of a name, found by running a 60,000-word English list through the matcher
    const nearMisses =
      'anvil aspic astir brute coded codex cymbal cymbals decade dolphin exalt flexed flexes grail gratis horizon hosing hyping liven loved lover loves lyrical melodic moraine motor neurons neutron parka predispose saris stereo symbol ultras valid viced voltage warfare';
    expect(ids(nearMisses)).toEqual([]);
  });

  it('converts grams and reads patches in mcg/hr', () => {
    expect(findDrugs('Tylenol 3 g/day')[0]).toMatchObject({ drug: 'acetaminophen', dailyMg: 3000, unit: 'g' });
    expect(findDrugs('fentanyl 25 mcg patch')[0]).toMatchObject({ drug: 'fentanyl', doseMg: 25, unit: 'mcg/hr' });
    expect(findDrugs('tylenol 3 qid')[0]).toMatchObject({ drug: 'codeine', timesPerDay: 4 });
  });

  it('reads a dose typed before the name and leaves epidural steroids out', () => {
    expect(findDrugs('60 mg duloxetine')[0]).toMatchObject({ drug: 'duloxetine', doseMg: 60 });
    expect(ids('had an epidural steroid injection')).toEqual([]);
    expect(ids('prednisone burst 40 mg')).toEqual(['systemic-corticosteroid']);
  });

  it('reads "morphine equivalent" as a unit, not the drug morphine (blind v10)', () => {
    expect(ids('what is his total morphine equivalent per day?')).toEqual([]);
    expect(ids('hydrocodone 10 q6h: how many morphine milligram equivalents?')).toEqual(['hydrocodone']);
    expect(ids('tapentadol 50 bd, morphine-equivalent daily dose?')).toEqual(['tapentadol']);
    expect(ids('on morphine 10 mg bd')).toEqual(['morphine']);
  });

  it("keeps each drug's regimen to itself", () => {
    const m = findDrugs('oxycodone 5 mg q6h + tramadol 50 mg bid');
    expect(m[0]).toMatchObject({ drug: 'oxycodone', doseMg: 5, timesPerDay: 4 });
    expect(m[1]).toMatchObject({ drug: 'tramadol', doseMg: 50, timesPerDay: 2 });
  });
});

describe('a class word said as taken (TAKEN_CLASS_WORD_ROWS)', () => {
  it.each(TAKEN_CLASS_WORD_ROWS.map((r) => [r.id, r]))('%s reads its example, not its counter-example', (_id, row) => {
    expect(findDrugs(row.example).map((d) => d.drug)).toContain(row.drug);
    expect(findDrugs(row.counter).map((d) => d.drug)).not.toContain(row.drug);
  });

  it.each([['takes an SNRI for her mood'], ['currently on SNRI'], ['Meds: on the SNRI for anxiety']])('"%s"', (t) => {
    expect(findDrugs(t).map((d) => d.drug)).toContain('other-snri');
  });

  it.each([['on an SNRI (duloxetine) 60 mg'], ['duloxetine (an SNRI) 60 mg daily'], ['would an SNRI help?']])(
    '"%s" is no other SNRI',
    (t) => {
      expect(findDrugs(t).map((d) => d.drug)).not.toContain('other-snri');
    },
  );
});
