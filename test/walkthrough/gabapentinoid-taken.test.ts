import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { SIDE_EFFECT_ROWS, sideEffectsIn } from '../../src/clinical/language/side-effects.js';
import { converse } from '../helpers/conversation.js';

/**
 * The radicular branch for a patient already on gabapentin or pregabalin: the dose taken is judged against the
 * guideline's range, the label's target and this patient's kidney row (CrCl by Cockcroft-Gault when creatinine, age,
 * weight and sex are given): below target -> titrate up (a named regimen and the target or ceiling); above the kidney
 * range -> reduce; at target without functional benefit -> failed; side effects named; no radicular symptoms -> not
 * for this patient; older with no kidney figure -> ask creatinine and weight before dosing.
 */
let n = 0;
const reply = (text: string) => converse([text], { key: `gabapentinoid-taken-${n++}` }).replies[0] ?? '';
const FAILED = 'failed naproxen 500 bid 6 wk and duloxetine 60 daily 8 wk';

describe('below target: titrate up, to a named regimen', () => {
  it.each([
    [
      `68F chronic LBP 2 years with sciatica down the left leg, red flags negative, ${FAILED}. On gabapentin 300 mg tid for 3 weeks. Cr 1.4 mg/dL, wt 60 kg. What now?`,
      /below target; titrate to 700 mg twice daily \(1,400 mg\/day, most for Cockcroft-Gault CrCl 36 < 60\)/,
    ],
    [
      `52M CLBP w/ L5 radic, RF neg, ${FAILED}, gabapentin 300 tds x 6/52. next?`,
      /titrate to 600 mg three times daily \(1,800 mg\/day, label neuropathic target\)/,
    ],
    [
      `pt is a 45 yo woman, back pain two years with sciatica down the right leg, no red flags, ${FAILED}, she takes pregabalin 75 mg twice a day, what should I do`,
      /Pregabalin 75 mg twice daily \(150 mg\/day\): below target; titrate to 150 mg twice daily \(300 mg\/day/,
    ],
  ])('%s', (text, line) => {
    const out = reply(text);
    expect(out).toMatch(line);
    expect(out).not.toMatch(/Continue: (?:gabapentin|pregabalin)/);
  });
});

describe("above this patient's kidney range: reduce, never continue", () => {
  it.each([
    `72M CLBP 2y, sciatica R leg, RF neg, ${FAILED}. On gabapentin 1200 tds. Cr 1.9 mg/dL, 70 kg. ok?`,
    `EHR: Age 72 Sex M | Dx chronic LBP with R radiculopathy | RF: none | ${FAILED} | Meds: gabapentin 1200 mg TID | Wt 70 kg | Cr 168 umol/L`,
  ])('%s', (text) => {
    const out = reply(text);
    expect(out).toMatch(
      /Reduce the dose: gabapentin 1200 mg three times daily \(3,600 mg\/day\) is above this patient's range \(Cockcroft-Gault CrCl 3\d\): Gabapentin with CrCl 30-59: 400-1400 mg\/day in 2 doses/,
    );
    expect(out).not.toMatch(/Continue: gabapentin/);
  });

  it("the same dose with normal kidneys is in range but above the label's neuropathic target: reviewed", () => {
    const out = reply(`44M CLBP with sciatica, RF neg, ${FAILED}. On gabapentin 1200 tds x 2 wks. Cr 0.9 mg/dL, 80 kg`);
    expect(out).toMatch(
      /Review the dose: gabapentin 1200 mg three times daily \(3,600 mg\/day\) is above the label's neuropathic target of 1,800 mg\/day \(no added benefit shown above it\) \[/,
    );
    expect(out).not.toMatch(/Reduce the dose|Continue: gabapentin|check the CrCl/);
  });
});

describe('at target without functional benefit: failed, the next option steps up', () => {
  it.each([
    `55M chronic LBP 1 yr, radicular pain L5, no red flags. ${FAILED}. Currently gabapentin 1200 mg tid x 8 weeks, no functional improvement. Next?`,
    `55M CLBP + L5 radic, RF neg, ${FAILED}, gabapentin 600 tds 10/52 - function no better`,
  ])('%s', (text) => {
    const out = reply(text);
    expect(out).toMatch(/gabapentin failed/);
    expect(out).toMatch(/consider pregabalin/);
    expect(out).not.toMatch(/Continue: gabapentin/);
  });

  it('the same words below target: titrate, not failed', () => {
    const out = reply(`55M CLBP + L5 radic, RF neg, ${FAILED}, gabapentin 300 tds 10/52, no functional improvement`);
    expect(out).toMatch(/below target; titrate to/);
    expect(out).not.toMatch(/gabapentin failed/);
  });
});

describe('side effects are named in the plan', () => {
  it.each([
    [
      `79F chronic back pain with leg pain below the knee, RF neg, ${FAILED}. On pregabalin 150 mg bid, dizzy and unsteady. Cr 110 umol/L, 52 kg.`,
      /pregabalin not tolerated \(dizziness, unsteadiness\)/,
    ],
    [
      `81M CLBP, sciatica, RF neg, ${FAILED}, gabapentin 300 tid made him too drowsy`,
      /gabapentin not tolerated \(drowsiness\)/,
    ],
  ])('%s', (text, line) => {
    expect(reply(text)).toMatch(line);
  });

  it.each(SIDE_EFFECT_ROWS.map((r) => [r.example, r.counter, r.name] as const))(
    '"%s" names it, "%s" does not',
    (example, counter, name) => {
      expect(sideEffectsIn(example)).toContain(name);
      expect(sideEffectsIn(counter)).not.toContain(name);
    },
  );
});

describe('no radicular symptoms: not for this patient', () => {
  it.each([
    `50M CLBP no leg symptoms, axial only, RF neg, ${FAILED}, on gabapentin 300 tid. next?`,
    `Pharmacist here - 60F axial LBP, no radicular sx, RF neg, ${FAILED}, taking pregabalin 75 bd. OK to dispense?`,
  ])('%s', (text) => {
    // taken now: it stops, tapered (option-lines.ts stopLines)
    expect(reply(text)).toMatch(
      /Stop (?:gabapentin|pregabalin)[^\n]*: not for this patient \(no radicular symptoms\); taper over at least 1 week/,
    );
  });
});

describe('older or low-weight with no CrCl: the kidney figure first', () => {
  it('no kidney figure: ask creatinine and weight', () => {
    expect(reply(`78F CLBP with L leg radicular pain, RF neg, ${FAILED}. next?`)).toMatch(
      /Before dosing gabapentin or pregabalin \(age 78\): ask for creatinine and weight/,
    );
  });

  it('a younger patient with no kidney figure is not held up', () => {
    expect(reply(`48F CLBP with L leg radicular pain, RF neg, ${FAILED}. next?`)).not.toMatch(/Before dosing/);
  });

  it("a weight in the creatinine's sentence is the patient's", () => {
    const f = extractCaseFacts('79F LBP. On pregabalin. Cr 110 umol/L, 52 kg.', '2026-11-29T10:00:00.000Z').patch;
    expect(f.weightKg).toBe(52);
  });
});

describe('a gabapentinoid done with but still taken: how to come off it', () => {
  it.each([
    // the reviewer's case: failed above the kidney range
    '72F CLBP 2 yrs with L leg sciatica. On gabapentin 600 mg tds x 8 wks, no help. Cr 130 umol/L, 55 kg. No red flags.',
    '72F CLBP 2 yrs with L leg sciatica. On gabapentin 600 mg tds x 8 wks, some help. Cr 130 umol/L, 55 kg. No red flags.',
    'EHR: Age 72 Sex F | chronic LBP, L sciatica | RF: none | Meds: gabapentin 600 mg TDS 8/52 - no benefit | Cr 130 umol/L | Wt 55 kg',
    'dictated: seventy two year old woman, back pain two years with left sciatica, no red flags, on gabapentin 600 mg three times a day for eight weeks and it has not helped, creatinine 130 umol/L, weight 55 kg',
  ])('above the kidney range: the range, the taper, no pregabalin on top: %s', (text) => {
    const out = reply(text);
    expect(out).toMatch(
      /gabapentin 600 mg three times daily \(1,800 mg\/day\) is above this patient's range \(Cockcroft-Gault CrCl 3\d\): Gabapentin with CrCl 30-59: 400-1400 mg\/day in 2 doses; taper over at least 1 week when stopping; pregabalin only once it is stopped \(duplicate therapy\)/i,
    );
    expect(out).not.toMatch(/Continue: gabapentin/);
  });

  it('a failed trial within the range: the taper alone', () => {
    const out = reply(
      `55M CLBP + L5 radic, RF neg, failed naproxen 500 bid 6 wk and duloxetine 60 daily 8 wk, gabapentin 600 tds 10/52 - function no better`,
    );
    expect(out).toMatch(
      /Gabapentin, if still taken: taper over at least 1 week when stopping; pregabalin only once it is stopped/,
    );
    expect(out).not.toMatch(/is above this patient's range/);
  });

  it.each([
    '58F CLBP 2y, no red flags, no leg pain. On pregabalin 150 bd 3 months, helping. Failed naproxen 500 bd 6 wks.',
    'NP: 60F axial LBP only, no radicular sx, RF neg, failed naproxen 500 bd 6/52, on pregabalin 75 bd, helping. next?',
  ])('not for this patient (no radicular symptoms): stopped with a taper, said once: %s', (text) => {
    const out = reply(text);
    expect(out).toMatch(
      /Stop pregabalin [^:]*: not for this patient \(no radicular symptoms\); taper over at least 1 week/,
    );
    expect(out).not.toMatch(/Pregabalin: taper over at least 1 week when stopping/);
  });

  it('a stopped gabapentinoid gets no taper line', () => {
    const out = reply(
      '58F CLBP 2y with L sciatica, no red flags. Previously on gabapentin 600 tds 8 wks, no help, stopped. Failed naproxen 500 bd 6 wks.',
    );
    expect(out).not.toMatch(/taper over at least 1 week when stopping/);
  });
});

describe('older with no kidney figure: the dose waits for the CrCl', () => {
  it.each([
    '79F CLBP 2y, sciatica, no red flags. On gabapentin 300 mg tds 3 wks, some help.',
    'GP here, lovely 81 yo lady with back pain and sciatica for years, no red flags, she is on gabapentin 300mg three times a day for a few weeks, it helps a bit',
  ])('below target: no titration dose yet: %s', (text) => {
    const out = reply(text);
    expect(out).toMatch(/below target; the dose to titrate to waits for the CrCl \(creatinine and weight\)/);
    expect(out).not.toMatch(/titrate to \d/);
    expect(out).toMatch(/ask for creatinine and weight/);
  });

  it.each([
    '79F CLBP 2y, sciatica, no red flags. On gabapentin 1200 mg tds, helping.',
    '83M chronic LBP w/ radic, RF neg, gabapentin 1200 TID, helping',
  ])("3,600 mg/day: above the label's neuropathic target, CrCl first: %s", (text) => {
    const out = reply(text);
    expect(out).toMatch(
      /Review the dose: gabapentin 1200 mg three times daily \(3,600 mg\/day\) is above the label's neuropathic target of 1,800 mg\/day \(no added benefit shown above it\); check the CrCl \(creatinine and weight\) first/,
    );
    expect(out).not.toMatch(/at target/);
  });

  it('a younger patient at the neuropathic target is continued at target', () => {
    const out = reply('48M CLBP with sciatica, RF neg, on gabapentin 600 tds x 2 wks, helping');
    expect(out).toMatch(/Continue: gabapentin 600 mg three times daily \(1,800 mg\/day\)/);
    expect(out).not.toMatch(/Review the dose/);
  });
});

describe('older with only an eGFR: its caveat is said', () => {
  it.each([
    '80M CLBP sciatica, gabapentin 300 tds 2 wks, eGFR 40. no red flags',
    '77F chronic low back pain with left leg radicular pain, red flags negative, gabapentin 300 mg three times daily for 2 weeks, eGFR 45',
  ])('%s', (text) => {
    expect(reply(text)).toMatch(
      /titrate to 700 mg twice daily \(1,400 mg\/day, most for eGFR 4\d < 60, read as CrCl\); eGFR overestimates clearance in older and low-weight patients \(age \d\d\)/,
    );
  });

  it('a younger patient with an eGFR gets no caveat', () => {
    expect(reply('50M CLBP sciatica, gabapentin 300 tds 2 wks, eGFR 40. no red flags')).not.toMatch(/overestimates/);
  });
});
