import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/** The whole reply, and its first line. */
const reply = (text: string): string => ask(text).join('\n');
const headline = (text: string): string => ask(text)[0]!.split('\n')[0]!;

describe('a trial reported with "refer?", "next?", "what now?": judged, next option, referral criteria', () => {
  it.each([
    // GP chatty, terse, UK/AU shorthand, NP shorthand, dictated
    [
      'duloxetine 60 for 6/52, still sore, refer?',
      /Duloxetine 60 mg for 6 weeks: yes, a failed adequate trial; next option: an NSAID/,
    ],
    ['58M chronic LBP, duloxetine 60 x6/52, no better. next step?', /a failed adequate trial; next option: an NSAID/],
    ['3/12 of duloxetine 60mg, no better, what now?', /Duloxetine 60 mg for 13 weeks: yes, a failed adequate trial/],
    [
      "So this lady has been on duloxetine sixty milligrams for about eight weeks now and honestly she's still in pain, should I refer her?",
      /Duloxetine 60 mg for 8 weeks: yes, a failed adequate trial/,
    ],
    ['eGFR 25, duloxetine 60 mg 8 weeks no relief, what next?', /next option: tramadol, adjusted for this patient/],
  ])('%s', (text, want) => {
    const out = reply(text);
    expect(out.split('\n')[0]).toMatch(want);
    expect(out).toMatch(
      /Refer to a multidisciplinary pain centre or pain specialist when pain persists despite 12 weeks/,
    );
  });

  it('a length with no dose asks the dose and says the step if it was the guideline dose', () => {
    expect(headline('6 weeks on duloxetine, still sore, refer?')).toMatch(
      /what dose was it\? If it was, next option: an NSAID/,
    );
  });

  it.each([
    ['naproxen 500 bd x3/52 no help, what next?', /3 weeks is too short/],
    ['ibu 400 tds 8 weeks no relief - next?', /not an adequate trial: below the guideline dose/],
  ])('not a failure yet, no step up: %s', (text, want) => {
    const out = reply(text);
    expect(out.split('\n')[0]).toMatch(want);
    expect(out).not.toMatch(/Next option/);
  });

  it.each(['duloxetine 60 mg daily for 8 weeks, helping a lot, next review?', 'duloxetine 60 mg daily, next review?'])(
    'contrast, no failed trial reported: %s',
    (text) => {
      expect(headline(text)).not.toMatch(/failed adequate trial/);
    },
  );
});

describe('mid-question switch to another NSAID, judged against the trial and the patient', () => {
  it.each([
    [
      'ibuprofen 600 tds 6/52 no better - switch to naproxen?',
      /Naproxen: the NSAID option has failed .*next option: duloxetine/,
    ],
    ['pt failed ibuprofen 800 tid x 6 wks, can I change him to celecoxib?', /another NSAID is not the next step/],
    [
      '50F chronic LBP, meloxicam 15 daily for 8 weeks no relief. switch to naproxen?',
      /if meloxicam .*was taken at an adequate dose, the NSAID option has failed .*next option: duloxetine/,
    ],
  ])('%s', (text, want) => {
    expect(headline(text)).toMatch(want);
  });

  it('a co-medication is a fact, not a choice: its interaction is said', () => {
    const out = reply('on warfarin, naproxen not helping, can I change her to celecoxib?');
    expect(out.split('\n')[0]).toMatch(/Celecoxib .*judge the naproxen trial first/);
    expect(out).toMatch(/NSAID \+ anticoagulant or antiplatelet: risk of GI bleeding/);
  });

  it('contrast: a switch question with no failed trial keeps the drug answer', () => {
    expect(headline('switch to naproxen?')).not.toMatch(/NSAID option has failed/);
  });
});

describe('switch to another option after a trial: the guideline order and the patient decide', () => {
  it.each([
    [
      'duloxetine 60 mg 8 weeks no relief, switch to naproxen?',
      /Naproxen: yes, the guideline's next option after a failed adequate trial of duloxetine/,
    ],
    ['naproxen 500 bd 6/52 no relief, switch to duloxetine?', /Duloxetine: yes, the guideline's next option/],
    [
      'hx GI bleed on apixaban, duloxetine 60 mg 8 weeks no help. switch to naproxen?',
      /Naproxen: not for this patient \(anticoagulant or antiplatelet with a prior GI bleed\); next option: tramadol/,
    ],
    [
      'eGFR 25, duloxetine 60mg 8 wks failed, switch to ibuprofen?',
      /Duloxetine and ibuprofen: not for this patient .*next option: tramadol, adjusted/,
    ],
    [
      'duloxetine 60 mg for 8 weeks, no better - change to tramadol?',
      /Tramadol: not the next step yet; next option: an NSAID\. Was an NSAID tried at an adequate dose/,
    ],
    [
      'duloxetine 30 mg 2 weeks no better, switch to naproxen?',
      /judge the duloxetine trial first \(not a failure yet: 2 weeks is too short\)/,
    ],
  ])('%s', (text, want) => {
    expect(headline(text)).toMatch(want);
  });
});

describe('a safety fact routes before a trial is judged: the drug tried and the drug asked, checked for this patient', () => {
  it.each([
    // terse, UK shorthand, NP shorthand, GP chatty, dictated, EHR paste
    [
      'duloxetine 30 od x 6/52, still sore, eGFR 25, next?',
      /^\*\*Duloxetine 30 mg daily for 6 weeks: not for this patient \(Avoid duloxetine if CrCl < 30\); next option: tramadol, adjusted/,
      /Tramadol with CrCl < 30: every 12 hours, maximum 200 mg\/day/,
    ],
    [
      'ibuprofen 400 tds x 6/52, still sore, cirrhosis, what now?',
      /^\*\*Ibuprofen 400 mg three times daily for 6 weeks: not for this patient \(Avoid NSAIDs in cirrhosis.*next option: tramadol, adjusted/,
      /Tramadol in cirrhosis: 50 mg every 12 hours/,
    ],
    [
      "She's been on naproxen 500 bd for 6 weeks, still in pain, her eGFR is 24 now - what now?",
      /^\*\*Naproxen 500 mg twice daily for 6 weeks: not for this patient .*next option: tramadol, adjusted/,
      /Tramadol with CrCl < 30/,
    ],
    [
      'Pt w/ cirrhosis. Meds: duloxetine 60 mg daily x 8 weeks. Response: no relief. Plan: next?',
      /^\*\*Duloxetine 60 mg[^:]*: not for this patient \(Avoid duloxetine in chronic liver disease.*next option: tramadol/,
      /Tramadol in cirrhosis: 50 mg every 12 hours/,
    ],
  ])('trial + next?: %s', (text, want, row) => {
    const out = reply(text);
    expect(out).toMatch(want);
    expect(out).toMatch(row);
    expect(out).not.toMatch(/raise it|an adequate trial\./);
  });

  it.each([
    [
      'tramadol 100 qid x 8/52, age 80, still sore, what now?',
      /failed adequate trial; above this patient's maximum of 300 mg\/day/,
      /Tramadol over age 75: maximum 300 mg\/day/,
    ],
    [
      'tramadol 100 mg q6h x 6 weeks, eGFR 20, no better, next?',
      /failed adequate trial; above this patient's maximum of 200 mg\/day/,
      /Tramadol with CrCl < 30: every 12 hours, maximum 200 mg\/day/,
    ],
    [
      'Pt 80yo, tramadol 50 tds for 8 wks, no better. Next?',
      /tramadol adjusted for this patient \(maximum 300 mg\/day\); next option: duloxetine/,
      /Tramadol over age 75: maximum 300 mg\/day/,
    ],
    [
      'duloxetine 90 mg daily x 8/52, no relief, next?',
      /failed adequate trial; above the guideline range of 30-60 mg\/day; no added benefit above 60 mg\/day/,
      /at or above the guideline dose/,
    ],
  ])("the tried drug's rows for this patient join its verdict: %s", (text, want, row) => {
    const out = reply(text);
    expect(out.split('\n')[0]).toMatch(want);
    expect(out).toMatch(row);
    // the referral criterion is said once
    expect(out.match(/Refer to a multidisciplinary pain centre/g)).toHaveLength(1);
  });

  it.each([
    [
      'duloxetine 60mg 8 weeks, still sore, cirrhosis, switch to naproxen?',
      /^\*\*Duloxetine and naproxen: not for this patient \(Avoid duloxetine in chronic liver disease.*; Avoid NSAIDs in cirrhosis.*next option: tramadol, adjusted/,
    ],
    [
      'duloxetine for 8 weeks, no relief, eGFR 22, switch to ibuprofen?',
      /^\*\*Duloxetine and ibuprofen: not for this patient \(Avoid duloxetine if CrCl < 30; Ibuprofen is not recommended.*next option: tramadol, adjusted/,
    ],
    ['Rx naproxen 500 bd - pt failed cymbalta 30mg daily x 8 wks, cirrhotic. ok to dispense?', /not for this patient/],
    [
      'duloxetine 30mg daily for 8 weeks, no relief, cirrhosis, switch to naproxen?',
      /^\*\*Duloxetine and naproxen: not for this patient .*next option: tramadol/,
    ],
  ])('switch: %s', (text, want) => {
    const out = reply(text);
    expect(out).toMatch(want);
    expect(out).not.toMatch(/judge the duloxetine trial first|raise it/);
  });

  it('the drug asked is out and the trial not yet failed: why not, then the trial first', () => {
    const out = reply('duloxetine 30 mg 2 weeks no better, hx GI bleed on apixaban, switch to naproxen?');
    expect(out.split('\n')[0]).toMatch(/Naproxen: not for this patient \(.*\); judge the duloxetine trial first/);
  });

  it.each([
    ['duloxetine 30 od x 6/52, still sore, next?', /not an adequate trial: below the guideline dose/],
    [
      'tramadol 100 qid x 8/52, age 60, still sore, what now?',
      /^\*\*Tramadol 100 mg four times daily for 8 weeks: yes, a failed adequate trial; next option: duloxetine\*\*/,
    ],
    ['duloxetine 30mg daily for 8 weeks, no relief, switch to naproxen?', /Naproxen: judge the duloxetine trial first/],
  ])('contrast, no safety fact: the trial answer stays: %s', (text, want) => {
    const out = reply(text);
    expect(out).toMatch(want);
    expect(out).not.toMatch(/not for this patient|adjusted for this patient/);
  });
});

describe('an option passed over on the way to the next one says why', () => {
  it.each([
    [
      'duloxetine 60 od x 8/52, no relief, EF 30%, refer?',
      /An NSAID, ruled out \(heart failure\):\*\* Avoid NSAIDs in heart failure/,
    ],
    ['naproxen 500 bd, eGFR 25, ok?', /Duloxetine, ruled out .*Avoid duloxetine if CrCl < 30/],
    [
      'Rx ibuprofen 600 tds for 6 weeks - failed. eGFR 26. Next?',
      /Duloxetine, ruled out .*Avoid duloxetine if CrCl < 30/,
    ],
  ])('%s', (text, want) => {
    const out = reply(text);
    expect(out).toMatch(want);
    expect(out).toMatch(/Next option:\*\* Tramadol/);
  });

  it('contrast, nothing passed over: no "ruled out" line', () => {
    expect(reply('duloxetine 60 od x 8/52, no relief, refer?')).not.toMatch(/ruled out/);
  });

  it.each([
    ['duloxetine 60 8 weeks, still sore, switch to naproxen?', /^Naproxen: yes, the guideline's next option/],
    [
      'duloxetine 60 8 weeks, still sore, mother had cirrhosis, switch to naproxen?',
      /^Naproxen: yes, the guideline's next option/,
    ],
  ])('a bare strength before a length is the dose: %s', (text, want) => {
    expect(headline(text).replace(/\*\*/g, '')).toMatch(want);
  });
});

describe('acetaminophen tried, "next?": an adjunct only, and the guideline options follow', () => {
  it.each([
    ['paracetamol 500 2 qds x6/52, no better, next?', /an adjunct only; next option: duloxetine/],
    ['tylenol 1g qid for 2 months, no relief, what now?', /an adjunct only; next option: duloxetine/],
    ['paracetamol 1g qds x 6/52 no better, cirrhosis, next?', /an adjunct only; next option: tramadol, adjusted/],
  ])('%s', (text, want) => {
    const out = reply(text);
    expect(out.split('\n')[0]).toMatch(want);
    expect(out).toMatch(/Do not rely on acetaminophen alone/);
    expect(out).toMatch(/Next option:\*\* /);
  });

  it('contrast, no trial reported: the dose check stays', () => {
    expect(headline('on paracetamol 1g qds, next?')).toMatch(/at the label maximum of 4,000 mg\/day/);
  });
});

it('a reason already said for the named drug is not repeated for the option passed over', () => {
  const out = reply('tramadol with phenelzine');
  expect(out.match(/Duloxetine or tramadol with an MAOI/g)).toHaveLength(1);
});
