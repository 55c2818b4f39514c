import { describe, expect, it } from 'vitest';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { ask } from '../../scripts/eval/question-suite.js';
import { runScenario, textOf } from '../walkthrough/drive.js';

/** Defects a review of the v17 round's merged change found, each with the wordings that must still be read. */
const AT = '2026-12-07T09:00:00.000Z';
const answer = (q: string) => ask(q).join('\n');
const first = (t: string) => textOf(runScenario({ name: t.slice(0, 30), turns: [{ say: t }] }).outputs[0]!);

describe('liver disease is not read from a denied or negative finding', () => {
  it.each([
    '58F CLBP 1 yr, fatty liver on ultrasound, no raised LFTs.',
    '58F CLBP 1 yr, fatty liver, LFTs not raised, ALT normal.',
    '58F CLBP 1 yr, hep C screen negative.',
    '58F CLBP 1 yr, HCV PCR negative after treatment.',
    '58F CLBP 1 yr, hep B immune.',
  ])('%s', (t) => {
    expect(extractCaseFacts(t, AT).patch.conditions?.['liver-disease']).not.toBe('yes');
  });

  it.each(['hep C screen negative - duloxetine ok?', 'HCV PCR negative after treatment, duloxetine ok?'])(
    'duloxetine stays the option: %s',
    (q) => {
      expect(answer(q)).not.toMatch(/not for this patient/);
    },
  );

  it.each(['chronic hep C with some fibrosis - cymbalta ok?', 'fatty liver with raised LFTs, can I start duloxetine?'])(
    'still liver disease: %s',
    (q) => {
      expect(answer(q)).toMatch(/not for this patient \(Avoid duloxetine in chronic liver disease/);
    },
  );

  it('a fatty liver with normal tests leaves the first-line plan as it was', () => {
    const out = first(
      '58F chronic LBP 1 yr, RF neg, eGFR 80, fatty liver on ultrasound, no raised LFTs. Failed naproxen 500 bd 8 wk.',
    );
    expect(out).toMatch(/Add duloxetine 30 mg daily/);
    expect(out).not.toMatch(/liver disease/);
  });
});

describe('drinking with liver tests: asked, never a rule-out of its own', () => {
  it('light drinking and ALT at the upper limit of normal: duloxetine offered', () => {
    const out = first(
      '52M chronic LBP 2 yrs, RF neg, eGFR 80, failed naproxen 500 bid 6 wks, light drinker, ALT 1x ULN.',
    );
    expect(out).toMatch(/Add duloxetine 30 mg daily/);
    expect(out).not.toMatch(/Not for this patient: duloxetine/);
  });

  it('drinking with raised ALT, heaviness not said: asked, not ruled out', () => {
    const text = answer('drinks 2 glasses of wine at weekends, ALT raised - duloxetine ok?');
    expect(text).toMatch(/heavy/);
    expect(text).not.toMatch(/not for this patient/);
  });

  it('heavy drinking with raised liver tests: out', () => {
    expect(answer('heavy drinker, ALT 3x ULN, duloxetine ok?')).toMatch(/not for this patient/);
  });
});

describe('patches described by their wear time', () => {
  it.each([
    ['fentanyl 72-hour patch 25 mcg/hr, MME?', /Total 60 MME\/day/],
    ['the 72-hour patch 25 mcg/hr MME?', /Total 60 MME\/day/],
    ['she uses a weekly patch for contraception and takes oxycodone 10 mg bid - MME?', /Total 30 MME\/day/],
    ['on clonidine weekly patch and oxycodone 5 mg qid, MME?', /Total 30 MME\/day/],
  ])('%s', (q, expected) => {
    const text = answer(q);
    expect(text).toMatch(expected);
    if (!/the 72|fentanyl/.test(q)) expect(text).not.toMatch(/buprenorphine|Read as/i);
  });

  it('the once-a-week opioid patch is still read as buprenorphine', () => {
    expect(answer('she is on the once-a-week opioid patch 10 mcg/hr, MME?')).toMatch(/buprenorphine/i);
  });
});

describe('a start refused is no planned start', () => {
  it.each(['pt refused to start apixaban - naproxen ok?', 'she declined to start apixaban, naproxen ok?'])(
    '%s',
    (q) => {
      expect(answer(q)).not.toMatch(/start is planned/);
    },
  );

  it('a planned start is still said', () => {
    expect(answer('will start apixaban on Monday - naproxen ok?')).toMatch(/start is planned/);
  });
});
