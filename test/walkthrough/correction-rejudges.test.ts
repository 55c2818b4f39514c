import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { converse } from '../helpers/conversation.js';

/**
 * A mid-case correction of age, kidney function or a co-medication's status re-judges every option: the reply says
 * what changed (the fact, any new warning, and each plan line the correction changed), never "could not read".
 */
let n = 0;
const lastReply = (...says: string[]) => {
  const { replies } = converse(says, { key: `correction-rejudges-${n++}` });
  return replies.at(-1) ?? '';
};

const FAILED_FIRST_LINE =
  'chronic LBP 1 yr, no red flags, naproxen 500 bid 6 wks no relief, duloxetine 60 mg daily 8 wks no relief';

describe('age corrected past 75: the tramadol line takes the age cap', () => {
  it.each([
    ['61F', 'correction: she is 81, not 61'],
    ['72M', "sorry he's 78"],
    ['60F', 'typo - age 79 not 60'],
    ['64M', 'Correction, patient is 77 years old'],
  ])('%s then "%s"', (opening, correction) => {
    const text = lastReply(`${opening} ${FAILED_FIRST_LINE}. What next?`, correction);
    expect(text).not.toMatch(/could not read/);
    expect(text).toMatch(/Changed for this patient/);
    expect(text).toMatch(
      /Tramadol[^\n]*for this patient: 50-100 mg every 6-8 hours, maximum 300 mg\/day \(age \d\d > 75\)/,
    );
  });

  it('an age corrected under 75 changes no tramadol line', () => {
    const text = lastReply(`66F ${FAILED_FIRST_LINE}. What next?`, 'correction: she is 68, not 66');
    expect(text).not.toMatch(/maximum 300 mg\/day/);
  });
});

describe('kidney function corrected: the kidney rows re-judge', () => {
  it.each([
    ['eGFR 48', 'eGFR is 28 not 48'],
    ['eGFR 48', 'sorry, the eGFR was 28, not 48'],
    ['CrCl 52', 'correction - CrCl 24'],
  ])('%s then "%s": tramadol every 12 hours', (kidney, correction) => {
    const text = lastReply(`60M ${FAILED_FIRST_LINE}, ${kidney}`, correction);
    expect(text).toMatch(/Changed for this patient/);
    expect(text).toMatch(/every 12 hours, maximum 200 mg\/day/);
  });

  it("an old eGFR and today's creatinine and weight: the Cockcroft-Gault CrCl re-judges the NSAID", () => {
    const text = lastReply(
      '70M chronic LBP 2 yrs, RF neg, failed duloxetine 60 daily 6 wk, eGFR 65',
      'that eGFR was from 2021; today Cr 1.9 mg/dL, wt 90 kg',
    );
    expect(text).toMatch(/Cockcroft-Gault CrCl 46/);
    expect(text).toMatch(/Check before an NSAID: [^\n]*CrCl 46 < 60/);
  });
});

describe("a co-medication's status corrected", () => {
  const OPENING = '66F chronic LBP 1 yr, no red flags, duloxetine 60 mg daily 8 wks no relief';
  it.each([
    'the apixaban was stopped 6 months ago, the list was old',
    'apixaban discontinued last spring - med list out of date',
    'Correction: no longer on apixaban',
  ])('"%s": the NSAID check no longer names the anticoagulant', (correction) => {
    const text = lastReply(`${OPENING}, on apixaban 5 bid. next?`, correction);
    expect(text).toMatch(/apixaban[^\n]*stopped/);
    expect(text).toMatch(/Check before an NSAID: age 66 > 65 \[\d\]\./);
    expect(text).not.toMatch(/could not read/);
  });

  it.each([
    'warfarin was NOT stopped, the entry was an error',
    "warfarin wasn't discontinued - charting error",
    'correction: still on warfarin',
    'pharmacy: warfarin has not been stopped, still dispensed monthly',
  ])('"%s": the anticoagulant holds the NSAID back again', (correction) => {
    const text = lastReply(`${OPENING}, warfarin stopped. next?`, correction);
    expect(text).toMatch(/warfarin: current/);
    expect(text).toMatch(/NSAID \+ anticoagulant or antiplatelet/);
    expect(text).toMatch(/Check before an NSAID: [^\n]*on an anticoagulant or antiplatelet/);
    expect(text).not.toMatch(/not covered|could not read/);
  });

  it('a plain note that changes no option adds no "Changed" section', () => {
    const text = lastReply(`${OPENING}, on apixaban 5 bid. next?`, 'she does yoga twice a week');
    expect(text).not.toMatch(/Changed for this patient/);
  });
});

describe('the words a correction reads', () => {
  const read = (text: string) => extractCaseFacts(text, '2026-11-29T10:00:00.000Z').patch;
  it.each([
    ['warfarin was NOT stopped', 'current'],
    ["apixaban hasn't been discontinued", 'current'],
    ['clopidogrel never stopped', 'current'],
    ['naproxen not stopped, no relief', 'ineffective'],
  ])('"%s": %s', (text, outcome) => {
    expect(read(text).medications?.[0]?.outcome).toBe(outcome);
  });

  it('"warfarin was stopped" is still a stop', () => {
    expect(read('warfarin was stopped in May').medications?.[0]?.stopped).toBe(true);
  });

  it.each(['sorry, the eGFR was 28, not 48', 'eGFR is actually 28', 'eGFR should be 28', 'eGFR 28'])(
    '"%s": eGFR 28',
    (text) => {
      expect(read(text).renal?.egfr).toBe(28);
    },
  );
});
