import { describe, expect, it } from 'vitest';
import { aspirinDose } from '../../dialogs/answers/aspirin-dose.js';
import { aspirinDoseOf } from '../../src/clinical/knowledge/aspirin-dose-reading.js';
import { findDrugs } from '../../src/clinical/language/find-drugs.js';
import { runScenario, textOf } from './drive.js';

/**
 * Branch fc18: the case reads the aspirin dose as the quick answers do (one reading, aspirin-dose-reading.ts). Low dose
 * (75-100 mg a dose) is an antiplatelet: with an NSAID, GI bleeding. An analgesic dose (300 mg or more a dose, the
 * project's cut) is an NSAID already in use: with another NSAID, "not recommended"; the low-dose blunting line goes.
 */
const first = (text: string) => textOf(runScenario({ name: text.slice(0, 40), turns: [{ say: text }] }).outputs[0]!);
const TWO_NSAIDS = /Two NSAIDs \(or an NSAID with aspirin at analgesic doses\)[^\n]*not recommended/;
const BLEED = /NSAID \+ anticoagulant or antiplatelet: risk of GI bleeding/;
const BLUNT = /Ibuprofen with low-dose aspirin/;

describe('aspirin dose in a case', () => {
  it.each([
    '58M CLBP 3 yrs, on naproxen 500 bd, RF neg, eGFR 80, aspirin 600 mg qds',
    'Pt 61F, chronic LBP 2y. Meds: ibuprofen 400mg TDS (current), aspirin 600mg QDS. No red flags. eGFR 75',
    'EHR: Medications - Naproxen 500 mg PO BID; Aspirin 900 mg PO QID prn. Problem: chronic low back pain 18 months. Red flags: none.',
  ])('analgesic dose with an NSAID: "%s"', (text) => {
    const out = first(text);
    expect(out).toMatch(TWO_NSAIDS);
    expect(out).toMatch(/analgesic dose: an NSAID in use \(this project reads 300 mg or more/);
    expect(out).not.toMatch(BLUNT);
  });

  it.each([
    '58M CLBP 3 yrs, on naproxen 500 bd, RF neg, eGFR 80, aspirin 75 mg od',
    "G'day, 66M, back pain 2 yrs, on ibuprofen 400 tds, aspirin 100 mg daily for his stent, no red flags",
  ])('contrast, low dose: antiplatelet, GI bleeding, not an NSAID in use: "%s"', (text) => {
    const out = first(text);
    expect(out).toMatch(BLEED);
    expect(out).toMatch(/low dose, antiplatelet/);
    expect(out).not.toMatch(/analgesic dose: an NSAID in use/);
  });

  it('contrast, low dose with ibuprofen keeps the blunting line', () => {
    expect(first('66M CLBP 2 yrs, on ibuprofen 400 tds, aspirin 81 mg daily, RF neg, eGFR 70')).toMatch(BLUNT);
  });

  it('analgesic aspirin and no other NSAID: the NSAID option carries the two-NSAID row, not the blunting line', () => {
    const out = first(
      '58M CLBP 3 yrs, paracetamol 1 g qds failed 6 wk, RF neg, eGFR 80, takes aspirin 600 mg qds for the pain',
    );
    expect(out).toMatch(TWO_NSAIDS);
    expect(out).not.toMatch(BLUNT);
  });

  it('one reading: the quick answers and the case classify each dose alike', () => {
    for (const [q, mg] of [
      ['aspirin 75 mg od', 75],
      ['aspirin 81 mg daily', 81],
      ['aspirin 300 mg qds', 300],
      ['aspirin 600 mg qds', 600],
      ['aspirin 150 mg daily', 150],
    ] as const) {
      const m = findDrugs(q).find((x) => x.matched === 'aspirin')!;
      expect(aspirinDose(q, m)).toBe(aspirinDoseOf(mg));
    }
  });
});

describe('aspirin of analgesic size once a day: antiplatelet use, not an NSAID in use', () => {
  const ONCE = /once daily: antiplatelet use \(this project reads aspirin once a day as antiplatelet/;
  it.each([
    '66M CLBP 1y, no red flags, no leg pain. On aspirin 300 mg od since his stroke last month. Failed paracetamol. Ibuprofen 400 tds?',
    'GP: 70F, back pain 2 yrs, no red flags, aspirin 300 mg once daily after her TIA, paracetamol no help - can I add ibuprofen 400 tds?',
    'NP: 68M CLBP x 2y, RF neg, no radic, aspirin 300 od post CVA, failed paracetamol. ibuprofen 400 tds?',
  ])('the ibuprofen question leads with the pair rows: "%s"', (text) => {
    const out = first(text);
    expect(out).toMatch(ONCE);
    expect(out).not.toMatch(/analgesic dose: an NSAID in use/);
    expect(out).not.toMatch(TWO_NSAIDS);
    const lead = out.split('New case')[0]!;
    expect(lead).toMatch(BLEED);
    expect(lead).toMatch(/ibuprofen can blunt aspirin's antiplatelet effect/);
  });

  it('contrast: 600 mg four times a day is still an analgesic dose', () => {
    expect(first('58M CLBP 3 yrs, on naproxen 500 bd, RF neg, eGFR 80, aspirin 600 mg qds')).toMatch(TWO_NSAIDS);
  });

  it('the quick answer reads the same dose the same way', () => {
    const q = 'aspirin 300 mg od post stroke, ibuprofen 400 tds ok?';
    const m = findDrugs(q).find((x) => x.matched === 'aspirin')!;
    expect(aspirinDose(q, m)).toBe(aspirinDoseOf(300, false, 1));
    expect(aspirinDoseOf(300, false, 1)).toBe('once-daily');
  });
});
