import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { runScenario, textOf } from './drive.js';

/**
 * A relative's medicine said in a case, with an event it caused ("Father had a GI bleed on warfarin") or as theirs
 * ("Lives with wife who is on phenelzine", "His daughter takes sertraline"), stays out of the patient's case
 * (companion-drugs.ts), and "Next?" is still answered with the case's next step, not about that drug. The patient's
 * own event on a drug ("Had a GI bleed on warfarin") stays the patient's.
 */
const AT = '2026-11-29T10:00:00.000Z';
const drugsOf = (text: string) => (extractCaseFacts(text, AT).patch.medications ?? []).map((m) => m.drug);
const first = (text: string) => textOf(runScenario({ name: text.slice(0, 40), turns: [{ say: text }] }).outputs[0]!);
const OPENING = '58M CLBP 2y, RF neg, eGFR 80. Duloxetine 60 x 10 wk failed.';

describe("a relative's drug is not the patient's, and Next? answers the case", () => {
  it.each([
    ['event on', `${OPENING} Father had a GI bleed on warfarin. Next?`, 'anticoagulant'],
    [
      'GP chatty',
      `${OPENING} His mum developed a nasty bleed while on apixaban, so he's worried. What next?`,
      'anticoagulant',
    ],
    [
      'NP shorthand',
      '58M cLBP 2y, no red flags, eGFR 80, dulox 60 x10wk failed. brother died of an overdose on oxycodone. next step?',
      'oxycodone',
    ],
    ['lives with', `${OPENING} Lives with wife who is on phenelzine. Next?`, 'maoi'],
    ['takes', `${OPENING} His daughter takes sertraline. Next?`, 'ssri'],
    ['UK', `${OPENING} Wife's on citalopram. What would you do next?`, 'ssri'],
  ])('%s', (_style, text, drug) => {
    expect(drugsOf(text)).not.toContain(drug);
    const out = first(text);
    expect(out).toMatch(/is not counted in/);
    expect(out).toMatch(/\*\*Answer: next step:\*\* Before declaring NSAID failure/);
    expect(out).not.toMatch(/not one of the pathway's options/);
  });
});

describe("contrasts: the patient's own drug, a relative's drug asked about", () => {
  it.each([
    ['own event', `${OPENING} Had a GI bleed on warfarin last year, still on it. Next?`],
    ['own, relative reports', `${OPENING} Wife says he is on warfarin. Next?`],
  ])('%s: held', (_style, text) => {
    expect(drugsOf(text)).toContain('anticoagulant');
  });
  it("a question about the relative's drug is answered for the patient", () => {
    const text = `${OPENING} His wife takes pregabalin - worth trying for him?`;
    expect(drugsOf(text)).not.toContain('pregabalin');
    expect(first(text)).toMatch(/\*\*Answer: not yet\.\*\* pregabalin is for radicular/);
  });
});
