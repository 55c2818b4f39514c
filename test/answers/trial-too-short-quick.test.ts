import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a trial too short asked as a failure ("duloxetine 60 x 2 wk - counts as failed?", "been on naproxen 10
 * days, not helping, failed?", "2/52 of pregabalin, no better - move on?") is not a failure: the reply says the
 * trial is too short (the reference's adequate trial: the guideline dose for at least 4 weeks, [7]) and what to do
 * (continue to 4 weeks at the guideline dose, with the guideline's dose line cited). Contrast: an adequate trial at
 * the guideline dose that did not help is a failure. Several clinician styles; no identifiers.
 */
let n = 0;
const answer = (q: string): string => converse([q], { key: `trial-quick-${n++}` }).replies[0] ?? '';
const TOO_SHORT = /not a failure yet: [\w ]+ is too short/;
const READING = /An adequate trial is the guideline dose taken for at least 4 weeks; [\w ]+ is not one yet\. \[\d+\]/;

describe('a trial under 4 weeks is too short, never a failure', () => {
  it.each([
    [
      'terse',
      'duloxetine 60 x 2 wk - counts as failed?',
      /Continue duloxetine at the guideline dose \(60 mg once daily\) to 4 weeks/,
    ],
    [
      'lay wording',
      'been on naproxen 10 days, not helping, failed?',
      /Continue naproxen at the guideline dose \(500 mg twice daily\) to 4 weeks/,
    ],
    [
      'UK 2/52',
      '2/52 of pregabalin, no better - move on?',
      /Continue pregabalin at the guideline dose \(150-300 mg twice daily\) to 4 weeks/,
    ],
    ['GP note', 'Cymbalta 60mg daily, 14 days so far, pain the same. Call it a failure?', /Continue duloxetine/],
    [
      'NP shorthand',
      'pt on gabapentin 300 tds x 3/52, nil benefit, time to switch?',
      /Continue gabapentin at the guideline dose \(300-1,200 mg three times daily\)/,
    ],
    ['AU fortnight', 'on gabapentin 300 tds for a fortnight, nil benefit, switch?', /Continue gabapentin/],
    ['asked as a question', 'is 2 weeks of duloxetine enough to call it failed?', /Continue duloxetine/],
    [
      'dictated',
      'tramadol fifty four times a day for one week, not helping, failed?',
      /Continue tramadol at the guideline dose \(50-100 mg every 6-8 hours\)/,
    ],
  ])('%s: %s', (_style, q, continueLine) => {
    const text = answer(q);
    expect(text).toMatch(TOO_SHORT);
    expect(text).toMatch(READING);
    expect(text).toMatch(continueLine);
    expect(text).toMatch(/judge it on pain and function\. \[1\]/);
    expect(text).not.toMatch(/yes, a failed|failed adequate trial/);
  });

  it('below the guideline dose too: raise it, then the full 4 weeks', () => {
    expect(answer('ibuprofen 400 tds 3 weeks no help, counts as failure?')).toMatch(
      /Raise ibuprofen to the guideline dose \(600-800 mg three times daily\) and continue it to 4 weeks/,
    );
  });
});

describe('contrasts', () => {
  it.each([
    [
      'naproxen 500 bd for 6 weeks, no relief - failed?',
      /Naproxen 500 mg twice daily for 6 weeks: yes, a failed adequate trial/,
    ],
    [
      'duloxetine 60 daily x 8 wk - counts as failed?',
      /Duloxetine 60 mg daily for 8 weeks: yes, a failed adequate trial/,
    ],
    [
      'ibuprofen 600 tds x 1/12 no better - failed?',
      /Ibuprofen 600 mg three times daily for 1 month: yes, a failed adequate trial/,
    ],
    ['pregabalin 150 bd for 6 weeks no help, move on?', /yes, a failed adequate trial/],
  ])('an adequate trial at the guideline dose that did not help is a failure: %s', (q, verdict) => {
    const text = answer(q);
    expect(text).toMatch(verdict);
    expect(text).toMatch(/Do not continue ineffective medications indefinitely/);
  });

  it('a long trial below the guideline dose keeps the dose verdict', () => {
    expect(answer('naproxen 250 bd x 8 wks failed?')).toMatch(
      /Naproxen 250 mg a dose is below the guideline's adequate dose/,
    );
  });

  it('a long trial with no dose asks the dose', () => {
    expect(answer('naproxen 6 weeks no help - failed?')).toMatch(
      /a failure only if taken at the guideline dose \(500 mg twice daily\): what dose was it\?/,
    );
  });

  it('pain under 12 weeks stays the not-yet-chronic answer', () => {
    expect(answer('5 wks LBP, ibuprofen failed, start duloxetine per pathway?')).toMatch(/not (?:yet )?chronic/i);
  });

  it('the general question keeps the general answer', () => {
    // the general answer: the reading with every option's adequate dose (class fa20)
    expect(answer('how long is an adequate trial?')).toMatch(
      /An adequate trial: the guideline's adequate dose for at least 4 weeks \(duloxetine 60 mg once daily;/,
    );
  });
});
