import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { normalize } from '../../src/clinical/language/normalize.js';
import { alcoholStopped } from '../../src/clinical/language/stopped.js';

/**
 * Regressions of a round's merges (reviewer fy1), each fixed as a class: what a case or a text rules out, who takes a
 * drug, whose "none now" it is, what is declined or prescribed, and the increase answer's safety checks.
 */
const AT = '2026-12-07T10:00:00.000Z';
let n = 0;
const run = (...says: string[]) => converse(says, { key: `fy1-${n++}`, at: AT }).replies;
const reply = (text: string): string => ask(text).join('\n');
const meds = (text: string) => extractCaseFacts(text, AT).patch.medications ?? [];
const taken = (text: string) => meds(text).filter((m) => !m.declined && !m.startPlanned && !m.stopped);
const stopped = (text: string) => alcoholStopped(normalize(text), AT);

describe('1. a bare class word in an open case: the case rules it out or adjusts it first', () => {
  it.each([
    ['58M chronic LBP 8 months, no leg pain, eGFR 22. acetaminophen 1 g tid tried, no help.', 'nsaids?'],
    ['GP: 66F CLBP 1 yr, CrCl 25, paracetamol no good', 'NSAID?'],
    ['NP: 70M LBP x 9/12, eGFR 18, failed APAP', 'anti-inflammatories?'],
  ])('%j then %j: not for this patient, next option', (note, q) => {
    const out = run(note, q)[1]!;
    expect(out).toMatch(/not for this patient \((?:eGFR|CrCl) \d+ < 30\); next option: tramadol/);
    expect(out).not.toMatch(/a first-line option when initial medications fail/);
  });

  it('a case on warfarin: the pair with the case medicine', () => {
    const out = run('70M CLBP, on warfarin. acetaminophen failed.', 'anti-inflammatories?')[1]!;
    expect(out).toMatch(/NSAID \+ anticoagulant or antiplatelet: risk of GI bleeding/);
  });

  it.each([
    [['nsaids?']],
    [['45M CLBP 6 months, no leg pain, eGFR 90. acetaminophen failed.', 'nsaids?']],
    [['snris?']],
  ])('contrast, nothing rules the class out: the guideline row (%j)', (says) => {
    expect(run(...says).at(-1)).toMatch(/^\*\*NSAIDs: a first-line option|^\*\*SNRI|duloxetine/i);
  });
});

describe("2. a relative's drug the PATIENT uses is the patient's", () => {
  it.each([
    "68F CLBP 1 yr, acetaminophen and naproxen failed. She pinches her husband's oxycodone 10 mg most days. Also on diazepam 5 mg nocte. next step?",
    "68F CLBP 1 yr, acetaminophen and naproxen failed. She has been taking 2 of her husband's oxycodone 5 mg a day. Also on diazepam 5 mg nocte. next step?",
    "EHR: 68F CLBP. Hx: takes one of her son's oxycodone 5 mg at night. diazepam 5 mg nocte. plan?",
    "dictated: sixty eight year old lady, uses her husband's oxycodone ten milligrams most days, also diazepam five at night, next step",
  ])('%j: the opioid + benzodiazepine boxed warning and naloxone', (text) => {
    const out = reply(text);
    expect(out).toMatch(/Boxed warning/i);
    expect(out).toMatch(/Naloxone/);
  });

  it.each([
    "68F CLBP 1 yr, acetaminophen failed. Husband's Percocet 2 tabs most nights - helps. Also Tylenol 1 g qid.",
    "UK: 70F, husband's co-codamol 30/500 two at night, helps a bit",
  ])('a note item with a regimen and an effect: %j', (text) => {
    expect(taken(text).some((m) => m.drug === 'oxycodone' || m.drug === 'codeine')).toBe(true);
  });

  it.each([
    [
      "68F CLBP 1 yr, naproxen 500 bd 6 wks no help, no red flags. Her husband's oxycodone is in the house.",
      'oxycodone',
    ],
    ["70F, husband's tramadol kept in the kitchen drawer, pt on paracetamol 1 g qds", 'tramadol'],
    ['64M LBP 9/12, ibuprofen no help. wife is on tramadol', 'tramadol'],
  ])("contrast, the relative's own: %j", (text, drug) => {
    expect(taken(text).map((m) => m.drug)).not.toContain(drug);
  });
});

describe('3. a drug asked about for the patient is checked for the patient', () => {
  it.each([
    "her husband's tramadol ok with her sertraline?",
    "can she use her daughter's tramadol with her sertraline 100?",
    "pt on sertraline - wife's tramadol ok for him?",
  ])('%j: tramadol + SSRI', (text) => {
    expect(reply(text)).toMatch(/Tramadol \+ an SSRI/);
  });
});

describe('4. "none now" is the alcohol\'s only when said of the alcohol item', () => {
  it.each([
    '55M CLBP 1 yr, no leg pain. EtOH 40 units/wk, IVDU none now. acetaminophen 1 g qid helps a bit. next?',
    '55M CLBP 1 yr, no leg pain. Drinks 6 beers a day, smoking none now. acetaminophen 1 g qid. next?',
  ])('%j: the drinking stays', (text) => {
    expect(stopped(text)).toBe(false);
    expect(reply(text)).not.toMatch(/no heavy alcohol use/);
  });

  it.each([
    'GP: 50M, heavy drinker, cannabis nil now, LBP 1 yr',
    'EHR paste: EtOH: 30 units/week; tobacco: none currently',
  ])('another substance\'s "none now": %j', (text) => expect(stopped(text)).toBe(false));

  it.each([
    '55M CLBP 1 yr. hx EtOH excess, none now.',
    '55M CLBP. ETOH: previously heavy, nil now.',
    '60F CLBP, ETOH heavy in past - none now',
    'ETOH none now',
  ])('contrast, said of the alcohol: %j', (text) => {
    expect(stopped(text)).toBe(true);
  });
});

describe('5. an opioid increase with no current dose keeps the ceilings and the pairs', () => {
  it('above the label maximum', () =>
    expect(reply('increase tramadol to 100 mg 5 times a day?')).toMatch(
      /500 mg\/day is above the label maximum of 400/,
    ));
  it('the renal cap', () =>
    expect(reply('eGFR 20. increase tramadol to 100 mg qid?')).toMatch(/adjusted maximum for this patient of 200/));
  it.each(['72F on diazepam. up the oxycodone to 10 q4h?', 'pt takes diazepam 5 nocte, titrate oxy up to 10 q4h?'])(
    '%j: the boxed warning and the benzodiazepine rule',
    (text) => {
      const out = reply(text);
      expect(out).toMatch(/Boxed warning/);
      expect(out).toMatch(/Do not prescribe benzodiazepines/);
    },
  );
  it("the open case's kidneys and benzodiazepine", () => {
    const out = run(
      '70F CLBP 2 yrs, eGFR 22, on diazepam 5 mg nocte and tramadol 50 bd, duloxetine failed.',
      'increase tramadol to 100 mg qid?',
    )[1]!;
    expect(out).toMatch(/adjusted maximum for this patient of 200/);
    expect(out).toMatch(/Boxed warning/);
  });
});

describe("6. a relative's list runs past a comma with a duration", () => {
  it.each([
    '70F CLBP, naproxen failed. Husband is on warfarin, oxycodone 10 mg bd for years. next?',
    'NP: 66M LBP, wife takes sertraline, tramadol 50 bd x 2 yrs',
  ])("%j: not the patient's", (text) => {
    expect(taken(text).map((m) => m.drug)).not.toContain(/tramadol/.test(text) ? 'tramadol' : 'oxycodone');
  });

  it('contrast, an outcome about the patient ends the list', () => {
    const drugs = taken('lives with son who takes tramadol, naproxen 500 bd 6 wks failed').map((m) => m.drug);
    expect(drugs).toContain('naproxen');
    expect(drugs).not.toContain('tramadol');
  });
});

describe('7. a declined drug stays declined whatever follows "declined"', () => {
  it.each([
    '60F CLBP, tramadol declined by patient, naproxen 500 bd 6 wks failed, acetaminophen failed. next?',
    '60F CLBP, tramadol - pt declined (worried about addiction), naproxen 500 bd 6 wks failed. next?',
    '58M clbp. duloxetine declined after discussion. naproxen failed. next?',
    'UK: 62F, amitriptyline refused as worried about drowsiness, naproxen no help',
  ])('%j', (text) => {
    const declined = meds(text).filter((m) => m.declined);
    expect(declined.length).toBe(1);
    expect(taken(text).map((m) => m.drug)).not.toContain(declined[0]!.drug);
  });

  it.each([
    ['on tramadol and refuses to stop it', 'tramadol'],
    ['Tramadol 50 bd - not keen on it but still takes it', 'tramadol'],
    ['on clopidogrel - not keen on ppi', 'antiplatelet'],
  ])('contrast, kept: %j', (text, drug) => {
    expect(taken(text).map((m) => m.drug)).toContain(drug);
  });
});

describe('8. an Rx list: a comma then another regimen is still prescribed', () => {
  it.each([
    '64M CLBP 1 yr, acetaminophen and naproxen 500 bd x 6 wks failed. Rx: duloxetine 30 mg od, tramadol 50 mg qid prn. Review 4 wks.',
    'Rx: naproxen 500 mg bd, tramadol 50 mg qid for 70M. ok to dispense?',
  ])('%j: tramadol planned, not taken', (text) => {
    expect(taken(text).map((m) => m.drug)).not.toContain('tramadol');
  });

  it.each([
    ['Rx duloxetine 60 mg od, 72F on naproxen 500 bd - ok to dispense?', 'naproxen'],
    ['Rx: duloxetine 30 mg od, eGFR 40, on tramadol 50 bd', 'tramadol'],
  ])('contrast, the patient text after it: %j', (text, drug) => {
    expect(taken(text).map((m) => m.drug)).toContain(drug);
  });
});
