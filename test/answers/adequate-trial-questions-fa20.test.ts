import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: what counts as an adequate trial / a treatment failure, asked in many wordings. The reply leads with the
 * reference's reading (the guideline's adequate dose for at least 4 weeks, [7]) and the named drug's adequate dose
 * (every option's when none is named), then what comes next; a stated trial is judged: below the adequate dose or
 * taken as needed is no adequate trial, under 4 weeks is too short, poor tolerance is not a failure (the next option
 * steps up). Several clinician styles; contrasts that must not change.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `fa20-${n++}` }).replies[0] ?? '';

const READING = /the guideline adequate dose taken for at least 4 weeks/;

describe('what counts as a failure: the adequate trial leads, not the escalation steps', () => {
  it.each([
    ['GP chatty', "how many weeks before I can say duloxetine didn't work?", /duloxetine: 60 mg once daily/i],
    ['non-native', 'how much week before i can say duloxetin not work?', /duloxetine: 60 mg once daily/i],
    ['terse', 'when can I call the NSAID a flop', /naproxen 500 mg twice daily or ibuprofen 600-800 mg/],
    ['NP shorthand', 'how long shld I trial duloxetine before moving on', /duloxetine: 60 mg once daily/i],
    ['UK', 'is it a proper trial of NSAID yet, how long do I give it before I call it a failure?', /naproxen 500 mg/],
    ['tramadol', "what's an adequate trial of tramadol?", /tramadol: 50-100 mg every 6-8 hours/i],
  ])('%s: %s', (_style, q, dose) => {
    const text = answer(q);
    expect(text).toMatch(/^\*\*An adequate trial of [\w ]+: [^*]*for at least 4 weeks/);
    expect(text).toMatch(READING);
    expect(text).toMatch(dose);
    expect(text).not.toMatch(/Escalation when initial medications fail/);
  });

  it('the next option follows the named drug (duloxetine -> an NSAID; tramadol -> referral, opioids last)', () => {
    expect(answer('how many weeks before I can say duloxetine failed?')).toMatch(/if it fails, next option: an NSAID/);
    expect(answer('how long is an adequate trial of tramadol?')).toMatch(
      /if it fails: referral, or opioids as a last resort/,
    );
  });

  it.each([
    ['define treatment failure for step 1'],
    ['how long do I give each drug before calling it'],
    ['what counts as an adequate trial?'],
    ['Dictated: how many weeks before we can declare a treatment failure question mark'],
  ])("none named: every option's adequate dose: %s", (q) => {
    const text = answer(q);
    expect(text).toMatch(
      /duloxetine 60 mg once daily; naproxen 500 mg twice daily or ibuprofen 600-800 mg three times daily; tramadol 50-100 mg every 6-8 hours/,
    );
    expect(text).toMatch(READING);
  });
});

describe('occasional as-needed use is not an adequate trial', () => {
  it.each([
    ['tramadol prn once or twice a week, does that count as tried?'],
    ['pt uses tramadol as needed maybe twice a month - does that count as a trial?'],
  ])('%s', (q) => {
    const text = answer(q);
    expect(text).toMatch(/not an adequate trial/);
    expect(text).toMatch(/50-100 mg every 6-8 hours/);
    expect(text).toMatch(/regularly for at least 4 weeks/);
  });

  it('a prn trial with a length is judged the same way', () => {
    expect(answer('tramadol 50 prn for 2 months, no help, failed?')).toMatch(
      /not an adequate trial: taken as needed, not regularly at the guideline dose/,
    );
  });
});

describe('a stated trial judged against the adequate dose and 4 weeks', () => {
  it.each([
    ['UK bd', 'naproxen 250 bd for 2 months, useless, failed?', /below the adequate dose \(500 mg twice daily\)/],
    ['US tid', 'ibuprofen 400 three times a day 8 weeks, is that NSAID failure?', /below the adequate dose/],
    [
      'dictated',
      'Patient has been taking ibuprofen four hundred milligrams three times a day for eight weeks with no benefit full stop is that an NSAID failure question mark',
      /not an adequate trial: below the guideline dose/,
    ],
    ['tramadol below its range', 'pt on tramadol 50 once daily 6 wks, adequate trial?', /not an adequate trial: below/],
  ])('below the adequate dose: not an adequate trial (%s)', (_style, q, verdict) => {
    const text = answer(q);
    expect(text).toMatch(verdict);
    expect(text).not.toMatch(/yes, a failed adequate trial/);
  });

  it.each([
    [
      'brand',
      'Anaprox DS one bd for 6 weeks, no help, failed?',
      /Anaprox DS = naproxen 500 mg twice daily for 6 weeks: yes, a failed adequate trial; next option: duloxetine/,
    ],
    [
      'EHR',
      'Anaprox DS 550 bid x 6/52, nil effect. adequate trial?',
      /Anaprox DS = naproxen 500 mg twice daily for 6 weeks: yes, a failed adequate trial/,
    ],
    [
      'statement',
      'duloxetine 60 for 5 weeks no change',
      /Duloxetine 60 mg for 5 weeks: yes, a failed adequate trial; next option: an NSAID/,
    ],
    ['chatty', "he's been on cymbalta 60 for like 5 wks, zero change, can we call it?", /yes, a failed adequate trial/],
  ])('at the adequate dose for 4 weeks or more: it counts (%s)', (_style, q, verdict) => {
    const text = answer(q);
    expect(text).toMatch(verdict);
    expect(text).toMatch(/Next option/);
  });

  it('Anaprox DS is naproxen sodium 550 mg = naproxen 500 mg (reference)', () => {
    expect(answer('Anaprox DS one bd for 6 weeks, no help, failed?')).toMatch(/550 mg = 500 mg/);
  });

  it.each([['duloxetine 60 x 10 days, failed?'], ['dulox 60 od x10/7, nil change, failed?']])(
    'too short: not yet an adequate trial (%s)',
    (q) => {
      const text = answer(q);
      expect(text).toMatch(/not a failure yet: 10 days is too short/);
      expect(text).toMatch(/at least 4 weeks/);
    },
  );

  it.each([
    ["naproxen 500 bd 6 weeks, couldn't tolerate it, GI upset. failed?"],
    ['naproxen 500 bd 3 weeks, gastritis, stopped. counts as failed?'],
  ])('poor tolerance is not a failure; the next option steps up: %s', (q) => {
    const text = answer(q);
    expect(text).toMatch(/not tolerated \(not a failed trial\)[^*]*next option: duloxetine/);
    expect(text).not.toMatch(/Continue naproxen/);
  });
});

describe('contrasts that must not change', () => {
  it('a dose question stays the dose answer', () => {
    const text = answer('naproxen dose?');
    expect(text).toMatch(/^\*\*Naproxen\*\*/);
    expect(text).not.toMatch(/An adequate trial/);
  });

  it('the escalation question stays the escalation answer', () => {
    expect(answer('what after duloxetine fails?')).toMatch(/^\*\*Escalation when initial medications fail\*\*/);
  });

  it('"how many weeks before I see her again" is no trial question', () => {
    expect(answer('how many weeks before I see her again?')).not.toMatch(/An adequate trial/);
  });

  it('pain of under 12 weeks is still the pathway-scope answer', () => {
    expect(answer('5 weeks of low back pain, ibuprofen no help, failed?')).toMatch(/not yet chronic/);
  });
});
