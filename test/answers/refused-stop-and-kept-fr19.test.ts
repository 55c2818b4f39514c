import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/** The whole reply, and its first line. */
const reply = (text: string): string => ask(text).join('\n');
const headline = (text: string): string => ask(text)[0]!.split('\n')[0]!;

describe('acetaminophen above its maximum in a trial + next answer: the day total and the limit lead', () => {
  it.each([
    'acetaminophen 1500 mg qid for 6 weeks, not helping. next?',
    'tylenol 1g q4h x 6 weeks no help, next?',
    'paracetamol 1.5 g qds x 6/52, no better. what now?',
    'Tried APAP 1500mg four times a day for six weeks, not much better - next step?',
  ])('%s', (text) => {
    expect(headline(text)).toMatch(/6,000 mg\/day, above the label maximum of 4,000 mg\/day/);
    expect(headline(text)).toMatch(/next option: duloxetine/);
  });

  it.each(['paracetamol 1g qds 6 weeks no better, next?', 'acetaminophen 500 mg tid x 6 weeks, next?'])(
    'contrast, within the maximum: %s',
    (text) => expect(headline(text)).not.toMatch(/above the label maximum/),
  );

  it('the dose answer says the same', () =>
    expect(headline('paracetamol 1.5g qds ok?')).toMatch(/6,000 mg\/day: above the label maximum of 4,000/));
});

describe('a refusal of something else near a drug taken is no refusal of the drug', () => {
  it.each([
    ['phenelzine - he said no to stopping it. tramadol?', /Tramadol not for this patient \(on an MAOI\)/],
    ['on tramadol and refuses to stop it. start duloxetine?', /Tramadol \+ Duloxetine/],
    ['Pt refuses to stop tramadol. ok to add duloxetine?', /Tramadol \+ Duloxetine/],
    [
      'on apixaban and says no bleeding. naproxen ok?',
      /Apixaban \(anticoagulants\) \+ Naproxen: Naproxen check first \(on an anticoagulant or antiplatelet\); caution/,
    ],
    [
      'on clopidogrel - not keen on ppi. naproxen ok?',
      /Clopidogrel \(antiplatelets\) \+ Naproxen: Naproxen check first \(on an anticoagulant or antiplatelet\); caution/,
    ],
    [
      'Rx naproxen 500 bd. Pt on warfarin, says no bruising. ok to dispense?',
      /Naproxen \+ Warfarin \(anticoagulants\)/,
    ],
  ])('%s', (text, want) => expect(headline(text)).toMatch(want));

  it('a case: the MAOI kept rules duloxetine out', () => {
    const out = reply(
      '50F CLBP 1y, no red flags, no leg pain. failed naproxen 500 bd 6 wks. On phenelzine - she said no to stopping it. Next?',
    );
    expect(out).not.toMatch(/Add duloxetine/);
  });

  it('a case: a drug "not keen on but still takes" is taken, not declined', () => {
    const out = reply(
      '60M CLBP 2y, no red flags, no leg pain. Failed naproxen 500 bd 6 wks. Tramadol 50 bd - not keen on it but still takes it. Next?',
    );
    expect(out).not.toMatch(/declined by the patient/);
    expect(out).toMatch(/Duloxetine \+ tramadol: risk of serotonin syndrome/);
  });

  it('a case: "says no bleeds" keeps the anticoagulant', () => {
    const out = reply(
      '68M CLBP 2y no red flags no leg pain. On warfarin and says no bleeds. failed paracetamol. plan naproxen 500 bd?',
    );
    expect(out).toMatch(/on an anticoagulant or antiplatelet/);
  });

  it.each([
    ['apixaban - pt declined. naproxen ok?', /^\*\*Naproxen\*\*/],
    ['cardiology suggested apixaban but he said no - can he have naproxen?', /^\*\*Naproxen/],
    ['warfarin - pt refused it. naproxen ok?', /^\*\*Naproxen/],
    ['Psych suggested sertraline but she declined. tramadol?', /^\*\*Tramadol/],
  ])('contrast, the drug itself refused stays declined: %s', (text, want) => {
    expect(headline(text)).toMatch(want);
    expect(headline(text)).not.toMatch(/\+/);
  });
});

describe('"does not want to stop / come off it" is no planned stop: the drug is continued', () => {
  it.each([
    [
      'on warfarin - doesnt want to stop it. naproxen ok?',
      /Warfarin \(anticoagulants\) \+ Naproxen: Naproxen check first \(on an anticoagulant or antiplatelet\); caution/,
    ],
    ["she doesn't want to stop the gabapentin, is oxycodone ok with it?", /Gabapentin \+ Oxycodone: caution/],
    ["pt on warfarin, won't come off it. ibuprofen ok?", /Warfarin \(anticoagulants\) \+ Ibuprofen/],
  ])('%s', (text, want) => {
    const out = reply(text);
    expect(out.split('\n')[0]).toMatch(want);
    expect(out).not.toMatch(/not yet|planned stop|until it is stopped/i);
  });

  it('a case: the SSRI kept, tramadol with its SSRI caution', () => {
    const out = reply(
      '55M CLBP 1y no red flags. failed naproxen 500 bd 6 wks. Sertraline 100 mg od (he doesnt want to come off it). Next?',
    );
    expect(out).toMatch(/Tramadol \+ an SSRI/);
    expect(out).not.toMatch(/planned stop/);
  });

  it.each([
    ['on warfarin, plans to stop it next week. naproxen ok?', /planned stop/],
    ['she wants to stop the gabapentin, is oxycodone ok with it?', /until it is stopped/],
  ])('contrast, a stop planned stays planned: %s', (text, want) => expect(reply(text)).toMatch(want));
});

describe('a switch to an anticoagulant still to come is a planned start: NSAID + anticoagulant', () => {
  it.each([
    ['switching to apixaban next week. naproxen ok?', /Apixaban \(anticoagulants\) \+ Naproxen: caution/],
    [
      'coming off warfarin next week, switching to apixaban. naproxen ok after that?',
      /Warfarin \(anticoagulants\) \+ Naproxen: caution/,
    ],
    ['Rx ibuprofen 400 tds - pt changing over to apixaban on monday. ok to dispense?', /Apixaban|anticoagulant/],
  ])('%s', (text, want) => {
    const out = reply(text);
    expect(out.split('\n')[0]).toMatch(want);
    expect(out).toMatch(/NSAID \+ anticoagulant or antiplatelet: risk of GI bleeding/);
    expect(out).not.toMatch(/not covered|start naproxen after the stop/);
  });

  it('contrast: a switch done is taken now', () =>
    expect(headline('switched to apixaban last month. naproxen ok?')).toMatch(
      /Apixaban \(anticoagulants\) \+ Naproxen/,
    ));
});
