import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

const AT = '2026-12-07T10:00:00.000Z';
const factsOf = (text: string) => extractCaseFacts(text, AT).patch;
const drugsOf = (text: string) => (factsOf(text).medications ?? []).map((m) => m.name ?? m.drug);

/**
 * Pasted notes in EHR layout: headed sections (NOT ON, FAMILY HISTORY, RED FLAGS SCREENED TODAY) and problem-list
 * words that name no sign of this patient. Each case has a contrast that must keep today's reading.
 */
describe('EHR sections and look-alike words', () => {
  it.each([
    '45F chronic LBP 1 yr, axial. PMH: hay fever. Naproxen 500 bd 6 wks failed. RF neg. next?',
    'PROBLEM LIST: chronic low back pain (2 years); hay-fever\nMEDICATIONS: ibuprofen 400 mg tds',
    '38M LBP 8 months, cabin fever from being off work, no leg pain. Ibuprofen 600 tds 6 wks, no better',
  ])('no fever is read from "%s"', (text) => {
    expect(factsOf(text).redFlags ?? []).not.toContain('infection');
  });

  it.each([
    '45F chronic LBP 1 yr. Fever 38.6 and IVDU. Naproxen 500 bd 6 wks failed.',
    '45F chronic LBP 1 yr, hay fever in spring; now febrile with rigors, on methotrexate',
  ])('a fever of this patient still reads "%s"', (text) => {
    expect(factsOf(text).redFlags ?? []).toContain('infection');
  });

  it.each([
    ['45F CLBP 1 yr. not on anticoagulants, antiplatelets, NSAIDs. Naproxen 500 bd 6 wks failed. next?', ['naproxen']],
    [
      'AGE/SEX: 77 F\nNOT ON: anticoagulants, antiplatelets or NSAIDs\nnaproxen 500 mg BD 6 weeks, no benefit',
      ['naproxen'],
    ],
    ['61M, not on warfarin, aspirin or clopidogrel. duloxetine 60 8 wks no help', ['duloxetine']],
  ])('a negation opening a list denies its bare items: "%s"', (text, drugs) => {
    expect(drugsOf(text)).toEqual(drugs);
  });

  it.each([
    // an item with a dose or an outcome is said of its own
    ['45F CLBP 1 yr. not on warfarin, naproxen 500 bd 6 wks no help. next?', 'naproxen'],
    ['no ulcer history, aspirin 75 od for his stent, naproxen?', 'aspirin'],
  ])('an item said of its own is kept: "%s"', (text, drug) => {
    expect(drugsOf(text).join(' ')).toContain(drug);
  });

  it.each([
    '45F CLBP 1 yr. FAMILY HISTORY: Mother: breast cancer at 70; Father: AAA repair; Cousin: on warfarin after a PE. Naproxen 500 bd 6 wks failed.',
    '45F CLBP 1 yr. Family history: stroke in father; warfarin (mother). Naproxen 500 bd 6 wks failed.',
    '45F CLBP 1 yr. FHx - apixaban in her brother; mum had breast cancer. Naproxen 500 bd 6 wks failed.',
  ])('a family history section is the relatives\': "%s"', (text) => {
    const facts = factsOf(text);
    expect(drugsOf(text)).toEqual(['naproxen']);
    expect(facts.redFlags ?? []).toEqual([]);
  });

  it("the patient's own drug before the family history stays", () => {
    expect(
      drugsOf('45F CLBP 1 yr, on warfarin for AF. Family history: breast cancer. Naproxen 500 bd failed.'),
    ).toContain('warfarin');
  });

  it.each([
    ['45F CLBP 1 yr. mum had bowel ca. Naproxen 500 bd 6 wks failed.', []],
    ['45F CLBP 1 yr. cousin had leukaemia. Naproxen 500 bd 6 wks failed.', []],
    ['45F CLBP 1 yr. hx breast ca 2015, night pain. Naproxen 500 bd 6 wks failed.', ['cancer']],
    // a relative reporting the patient's sign: the patient's
    [
      '62M CLBP 1 yr. his wife says he has unexplained weight loss and night pain. Naproxen 500 bd 6 wks failed.',
      ['cancer'],
    ],
  ])('a relative\'s cancer is not the patient\'s: "%s"', (text, flags) => {
    expect(factsOf(text).redFlags ?? []).toEqual(flags);
  });

  it.each([
    '45F CLBP 1 yr. RED FLAGS SCREENED TODAY: negative. Naproxen 500 bd 6 wks failed.',
    '45F CLBP 1 yr. Red flag screen today negative. Naproxen 500 bd 6 wks failed.',
    '45F CLBP 1 yr. RF screen - all negative. Naproxen 500 bd 6 wks failed.',
  ])('a screen said negative with a time word is a clear screen: "%s"', (text) => {
    expect(factsOf(text).redFlagScreen).toBe('no');
  });

  it('a sign named after the same heading is a red flag', () => {
    const facts = factsOf('45F CLBP 1 yr. red flags screened today: weight loss. Naproxen 500 bd 6 wks failed.');
    expect(facts.redFlagScreen).toBe('yes');
  });
});

describe('"urgent care" is a place, not an urgent question', () => {
  const first = (text: string): string =>
    handleTurn(undefined, coreInput(text, 1), CORE_OPTIONS).output.messages[0]?.text ?? '';
  it('a script from an urgent care is not answered with the red-flag card', () => {
    expect(first('got a script from an urgent care too. now what?')).not.toMatch(/^\*\*Red flags/);
  });
  it('"same day" dating a note is no red-flag question', () => {
    expect(first('ADDENDUM (practice nurse, same day): urine pregnancy test positive. Plan?')).not.toMatch(
      /^\*\*Red flags/,
    );
  });
  it.each(['urgent referral needed?', 'what are the red flags?', 'does she need a same-day assessment?'])(
    '"%s" still gets the red-flag card',
    (text) => {
      expect(first(text)).toMatch(/^\*\*Red flags/);
    },
  );
});

describe('an AGE/SEX field gives both', () => {
  it.each([
    ['AGE/SEX: 77 F\nLABS: creatinine 150 µmol/L; weight 55 kg', 77, 'female'],
    ['Age/Sex: 69 / M, CLBP 2 yrs', 69, 'male'],
    ['Age 58, sex M, chronic LBP', 58, 'male'],
  ])('"%s"', (text, age, sex) => {
    const facts = factsOf(text);
    expect(facts.age).toBe(age);
    expect(facts.sex).toBe(sex);
  });
  it('a low creatinine clearance follows from the field (Cockcroft-Gault needs the sex)', () => {
    const facts = factsOf('AGE/SEX: 77 F\nchronic LBP with L5 leg pain\nLABS: creatinine 150 µmol/L; weight 55 kg');
    expect(facts.renal?.creatinineMgDl).toBeCloseTo(1.7, 1);
    expect(facts.weightKg).toBe(55);
  });
});

describe('review of the merged round: a line or bracket ends an item; a planned "back on"', () => {
  it("a household list said not to be the patient's stays out; the bracket's words still reach", () => {
    const text =
      "MEDICATIONS: naproxen 500 mg PO BID (14 weeks); metformin 1 g PO BID\nHOUSEHOLD MEDICATIONS (carer info, not the patient's): daughter – fluoxetine 40 mg daily";
    expect(drugsOf(text)).not.toContain('fluoxetine');
  });
  it('"NOT ON:" on the line after a bracketed outcome denies every drug', () => {
    expect(
      drugsOf('AGE/SEX: 66 F\nMEDS: naproxen 500 bd (6/52, no benefit)\nNOT ON: tramadol, sertraline, warfarin'),
    ).toEqual(['naproxen']);
  });
  it.each([
    ['MME: oxycodone 20 qds, aim to get back on 10 bd by March', /Total 120 MME/],
    ['MME: oxycodone 10 qds, plan back on 5 qds next month', /Total 60 MME/],
    // contrast: back on the old dose after a failed cut is the dose now
    ['oxycodone 20mg tds - tried to cut to 10 tds but couldnt cope, back on 20 tds. MME?', /Total 90 MME/],
  ])('"%s"', (text, total) => {
    const reply = handleTurn(undefined, coreInput(text, 1), CORE_OPTIONS).output.messages[0]?.text ?? '';
    expect(reply).toMatch(total);
  });
});
