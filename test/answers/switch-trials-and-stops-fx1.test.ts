import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/** The whole reply, and its first line. */
const reply = (text: string): string => ask(text).join('\n');
const headline = (text: string): string => ask(text)[0]!.split('\n')[0]!;

describe('a switch after several trials judges every drug tried', () => {
  it.each([
    'failed duloxetine 60 x8wk and naproxen 500bd x6wk. tramadol next?',
    'duloxetine 60 mg daily 8 weeks no relief, naproxen 500 bd 6 weeks no relief - switch to tramadol?',
    'Tried cymbalta 60mg for 2 months and ibuprofen 600 tds for 6/52, neither helped. Move to tramadol?',
    'Rx tramadol 50 q6h. Failed duloxetine 60 x 8 wk and naproxen 500 bd x 6 wk. ok to dispense?',
  ])('%s', (text) => {
    expect(headline(text)).not.toMatch(/next option: an NSAID/);
  });

  it('the reviewer input: tramadol is the next option after both', () => {
    const out = reply('failed duloxetine 60 x8wk and naproxen 500bd x6wk. tramadol next?');
    expect(out.split('\n')[0]).toMatch(/Tramadol: yes, the guideline's next option .*duloxetine and naproxen/);
    expect(out).toMatch(/Naproxen at the guideline dose for 6 weeks/);
  });

  it.each([
    'duloxetine 60mg x 8 weeks no relief, switch to tramadol?',
    'duloxetine 60 mg for 8 weeks, no better - change to tramadol?',
    'cymbalta 60 od x 8/52 no help. switch to tramadol?',
  ])('one option failed, a later one asked: the earlier option is asked about, not re-offered: %s', (text) => {
    const out = reply(text);
    expect(out.split('\n')[0]).toMatch(
      /Tramadol: not the next step yet; next option: an NSAID\. Was an NSAID tried at an adequate dose, or is it ruled out/,
    );
    expect(out).toMatch(/when duloxetine and NSAIDs are contraindicated or ineffective/);
  });

  it('contrast: one of the trials too short is judged first', () =>
    expect(headline('duloxetine 60 x 8 wk failed, naproxen 500 bd x 2 wk failed. switch to tramadol?')).toMatch(
      /judge the naproxen trial first \(not a failure yet: 2 weeks is too short\)/,
    ));
});

describe('"<drug> next?" after a failed trial is a switch, not a pair', () => {
  it.each([
    ['naproxen 500 bd 6 weeks no help. duloxetine next?', /^\*\*Duloxetine: yes, the guideline's next option/],
    ['ibuprofen 800 tid 4 weeks, no relief. duloxetine next?', /^\*\*Duloxetine: yes, the guideline's next option/],
    ['naproxen 500 bd x 6/52, no good. cymbalta now?', /^\*\*Cymbalta \(duloxetine\): yes|^\*\*Duloxetine: yes/],
    ['naproxen 500 bd 6 weeks no help. try diclofenac?', /Diclofenac.*another NSAID is not the next step/],
    ['ibuprofen 600 tds 6 weeks no relief. what about meloxicam?', /Meloxicam.*another NSAID is not the next step/],
  ])('%s', (text, want) => {
    expect(headline(text)).toMatch(want);
    expect(headline(text)).not.toMatch(/\+|two NSAIDs/i);
  });

  it('the asked NSAID is out with the tried one for the kidney', () => {
    const out = reply('naproxen 500 bd for 6 weeks no help, eGFR 25. switch to meloxicam?');
    expect(out.split('\n')[0]).toMatch(
      /meloxicam \(other NSAID\) too \(an NSAID with CrCl < 30\); next option: tramadol/,
    );
    expect(out).toMatch(/NSAID with CKD: risk of renal decompensation/);
  });

  it.each([
    ['naproxen 500 bd 6 weeks no help, add duloxetine?', /Naproxen \+ Duloxetine: caution/],
    ['on naproxen 500 bd. duloxetine ok?', /Naproxen \+ Duloxetine: caution/],
    ['naproxen 500 bd 6 weeks no help, duloxetine on top?', /Naproxen \+ Duloxetine: caution/],
  ])('contrast, a drug added or taken beside: the pair stays: %s', (text, want) =>
    expect(headline(text)).toMatch(want),
  );
});

describe('trials and a co-medication, "next?": the next option, never "not covered"', () => {
  it.each([
    'duloxetine 60 x 8 wk failed, naproxen 500 bd x 6 wk failed, on sertraline. next?',
    'failed naproxen 500 bd 6 weeks and duloxetine 60 8 weeks. pt on citalopram. what now?',
    'Meds: sertraline 100 daily. Duloxetine 60 mg x 8 weeks - no relief. Ibuprofen 600 tds x 6 weeks - no relief. Plan: next?',
  ])('%s', (text) => {
    const out = reply(text);
    expect(out).not.toMatch(/not covered/);
    expect(out.split('\n')[0]).toMatch(/next option: tramadol|next step.*Tramadol 50-100 mg/);
    expect(out).toMatch(/Tramadol \+ an SSRI/);
  });

  it('an MAOI takes tramadol out too: referral, saying why', () => {
    const out = reply('duloxetine 60 x 8 wk failed, naproxen 500 bd x 6 wk failed, on phenelzine. next?');
    expect(out.split('\n')[0]).toMatch(/no guideline drug option left: referral/);
    expect(out).toMatch(/Tramadol, ruled out \(on an MAOI\)/);
  });
});

describe('"not yet, start after the stop" only when the stop is the only reason', () => {
  it.each([
    ['stopping his sertraline in 2 weeks, wants to start duloxetine, egfr 25', /next option: tramadol/],
    ['stopping sertraline next week, also on cipro 500 bd. start duloxetine?', /next option: an NSAID/],
    ['coming off the sertraline next week but eGFR 22 - ok to start cymbalta?', /next option: tramadol/],
  ])('another reason rules it out now: %s', (text, next) => {
    const out = reply(text);
    expect(out).not.toMatch(/not yet/i);
    expect(out.split('\n')[0]).toMatch(/(?:Duloxetine|Cymbalta \(duloxetine\)) not for this patient/);
    expect(out.split('\n')[0]).toMatch(next);
  });

  it('a drug the stop does not rule out never waits for it; the warfarin pair stays', () => {
    const out = reply('coming off sertraline next week; on warfarin. duloxetine or naproxen?');
    expect(out).toMatch(/Duloxetine: not yet/);
    expect(out).not.toMatch(/naproxen: not yet|or naproxen: not yet|start duloxetine or naproxen/i);
    expect(out).toMatch(/NSAID \+ anticoagulant or antiplatelet/);
  });

  it.each([
    'stopping sertraline next week, can I start duloxetine?',
    "she's coming off her citalopram next month - cymbalta after?",
  ])('contrast, the stop the only reason: not yet: %s', (text) => expect(reply(text)).toMatch(/not yet/));
});

describe('a plan given up is no plan', () => {
  it('the reviewer case: the MAOI not started rules nothing out', () => {
    const out = reply(
      '50F CLBP 1y, no red flags, no leg pain. failed naproxen 500 bd 6 wks. Psych was going to start phenelzine but decided against it. Next?',
    );
    expect(out).not.toMatch(/on an MAOI/);
    expect(out).toMatch(/Add duloxetine 30 mg daily/);
  });

  it.each([
    'psych decided against starting phenelzine. duloxetine ok?',
    'psych not going to start phenelzine after all. tramadol?',
    "psych won't be starting phenelzine. duloxetine?",
    'phenelzine plan dropped. tramadol ok?',
    'Psych suggested phenelzine but changed her mind. duloxetine?',
  ])('%s', (text) => {
    expect(headline(text)).not.toMatch(/MAOI|\+/);
  });

  it('contrast: a plan kept still rules out', () =>
    expect(headline('psych plan to start phenelzine next week. duloxetine?')).toMatch(
      /not for this patient \(on an MAOI\)/,
    ));
});

describe('a stop wished: no start lines', () => {
  it.each(['pt wants to stop duloxetine 60, any advice?', 'keen to come off the cymbalta - anything to know?'])(
    '%s',
    (text) => {
      const out = reply(text);
      expect(out.split('\n')[0]).toMatch(/stopping/);
      expect(out).not.toMatch(/Add duloxetine|even more appropriate/);
    },
  );

  it('contrast: the pregabalin taper stays', () =>
    expect(reply('keen to come off the pregabalin - anything to know?')).toMatch(/taper over at least 1 week/));
});

describe('a swap of the antidepressant for duloxetine is a planned change', () => {
  it.each([
    ['open to swapping the fluoxetine for duloxetine if psychiatry agree - sensible?', 'fluoxetine'],
    ['could we switch her citalopram to duloxetine?', 'citalopram'],
    ['thinking of switching from sertraline to duloxetine, ok?', 'sertraline'],
    ['Plan: replace escitalopram with duloxetine. Any issues?', 'escitalopram'],
  ])('%s', (text, ssri) => {
    const out = reply(text);
    expect(out.split('\n')[0]).toMatch(/Duloxetine not yet/);
    expect(out).not.toMatch(/next option/);
    expect(out).toMatch(
      new RegExp(`start duloxetine after the stop\\. The reference gives no washout interval after ${ssri}`),
    );
    expect(out).toMatch(/never both together: plan the switch with the \w+.s prescriber/i);
  });

  it('contrast: on an SSRI, no swap said: duloxetine is out', () =>
    expect(headline('on fluoxetine 20 daily. duloxetine ok?')).toMatch(/Duloxetine not for this patient/));
});
