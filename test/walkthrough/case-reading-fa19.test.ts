import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * Round fa19 case-reading classes: a relative's drug in a case narrative stays theirs (one reading with the quick
 * answers, companion-drugs.ts); past heavy drinking with sustained abstinence is not current heavy use (stopped.ts);
 * a pharmacist's "Rx:" line is the prescribed item, the rest of its sentence case text (entity-cues.ts).
 */
const AT = '2026-12-07T10:00:00.000Z';
const drugs = (text: string) => (extractCaseFacts(text, AT).patch.medications ?? []).map((m) => m.drug);
const heavy = (text: string) => extractCaseFacts(text, AT).patch.conditions?.['heavy-alcohol'];

describe("a relative's drug in a case is not the patient's; the patient's own trial beside it is kept", () => {
  it.each([
    [
      'GP chatty',
      "68F CLBP 1 yr, naproxen 500 bd 6 wks no help, no red flags. Her husband's oxycodone is in the house.",
      'oxycodone',
      'naproxen',
    ],
    [
      'terse',
      '70M chronic LBP 8 months, lives with son who takes tramadol, naproxen 500 bd 6 wks failed, no red flags',
      'tramadol',
      'naproxen',
    ],
    [
      'NP shorthand',
      '66M CLBP 2 yrs, wife on Norco, ibuprofen 600 tds 6 wks partial, RF neg',
      'hydrocodone',
      'ibuprofen',
    ],
    [
      'UK',
      "70F, husband's tramadol kept in the kitchen drawer, pt on paracetamol 1 g qds",
      'tramadol',
      'acetaminophen',
    ],
    [
      'dictated',
      "seventy two year old lady comma her son's oxycodone is at home comma she takes naproxen five hundred twice daily",
      'oxycodone',
      'naproxen',
    ],
  ])('%s: %j leaves %s out and keeps %s', (_, text, theirs, patients) => {
    expect(drugs(text)).not.toContain(theirs);
    expect(drugs(text)).toContain(patients);
  });

  it.each([
    ["68F CLBP 1 yr, she has been taking her husband's oxycodone, naproxen 500 bd 6 wks failed", 'oxycodone'],
    ["72F on some of her daughter's pregabalin at night", 'pregabalin'],
    ["EHR: 70M LBP. Using his wife's tramadol 50 mg prn.", 'tramadol'],
  ])("contrast: the patient takes the relative's drug: %j counts %s", (text, drug) => {
    expect(drugs(text)).toContain(drug);
  });

  it('contrast: a companion list without a trial of the patient\'s stays whole ("wife is on tramadol, sertraline and diazepam")', () => {
    expect(drugs('64M LBP, wife is on tramadol, sertraline and diazepam')).toEqual([]);
  });

  it("the walk-through: the husband's oxycodone is neither counted in MME nor held as an opioid taken", () => {
    const { replies } = converse(
      [
        "GP note: 68F CLBP 1 yr, eGFR 70, naproxen 500 bd 6 wks no help, no red flags. Her husband's oxycodone is in the house.",
      ],
      { key: 'fa19-relative', at: AT },
    );
    expect(replies[0]).not.toContain('Opioids taken now');
    expect(replies[0]).not.toContain('Opioid already taken');
  });
});

describe('past heavy drinking, abstinent now, is not current heavy use', () => {
  it.each([
    '62M CLBP 2 yrs, ex-alcoholic, sober 10 yrs, naproxen 500 bd 6 wks failed, eGFR 80',
    'GP note: 58F chronic LBP 14 months, former heavy drinker, abstinent since 2015, ibuprofen 600 tds 8 wks no help',
    '55M LBP 1 yr, hx EtOH excess, none now, naproxen failed 6 wks, RF neg',
    '60F CLBP 2y, in recovery, no alcohol for 5 years, naproxen 500 bd 6 wks no relief',
    'Dictated: sixty two year old man, former alcoholic, sober ten years',
    'SHx: ETOH previously heavy, nil now. 61M CLBP.',
  ])('%j: heavy alcohol no', (text) => {
    expect(heavy(text)).toBe('no');
  });

  it.each([
    '60M CLBP 2y, alcoholic, still drinking, naproxen 500 bd 6 wks no relief',
    '60M CLBP 2y, heavy drinker, cut down to 4/day',
    '60M, sober 2 weeks after a binge, heavy drinker',
    'ex-alcoholic, relapsed last month',
  ])('contrast %j: heavy alcohol stays', (text) => {
    expect(heavy(text)).toBe('yes');
  });

  it('contrast: "none now" said of another thing is no abstinence ("NSAIDs none now, drinks 8 pints a night")', () => {
    expect(heavy('NSAIDs none now, drinks 8 pints a night')).not.toBe('no');
  });

  it('the walk-through keeps duloxetine for an ex-alcoholic sober 10 years', () => {
    const { replies } = converse(
      ['62M CLBP 2 yrs, ex-alcoholic, sober 10 yrs, naproxen 500 bd 6 wks failed, eGFR 80, no red flags'],
      {
        key: 'fa19-alcohol',
        at: AT,
      },
    );
    expect(replies[0]).not.toContain('duloxetine (heavy alcohol)');
    expect(replies[0]).toContain('Add duloxetine');
  });
});

describe('a pharmacist "Rx:" line: the prescribed item is proposed, the rest of the sentence is the case', () => {
  it.each([
    [
      'Rx: duloxetine 60 mg od for 72F on naproxen 500 bd, CLBP 2 yrs, eGFR 65 - ok to dispense?',
      'naproxen',
      'duloxetine',
    ],
    [
      'RX: Gabapentin 300mg tds - 68M, CLBP with sciatica 6 months, on sertraline 50. OK to dispense?',
      'ssri',
      'gabapentin',
    ],
    ['Rx tramadol 50 mg qid for 70M on ibuprofen 400 tds, LBP 1 yr. ok to dispense?', 'ibuprofen', 'tramadol'],
  ])('%j: %s is taken, %s is not', (text, taken, proposed) => {
    expect(drugs(text)).toContain(taken);
    expect(drugs(text)).not.toContain(proposed);
  });

  it('the case facts after the Rx item are read (sciatica, age)', () => {
    const patch = extractCaseFacts(
      'RX: Gabapentin 300mg tds - 68M, CLBP with sciatica 6 months, on sertraline 50. OK to dispense?',
      AT,
    ).patch;
    expect(patch).toMatchObject({ age: 68, radicular: 'yes' });
  });

  it('contrast: "Plan:" still makes its whole sentence the plan', () => {
    expect(drugs('Plan: duloxetine 60 mg od, naproxen 500 bd')).toEqual([]);
  });
});
