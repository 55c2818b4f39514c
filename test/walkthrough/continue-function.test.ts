import { describe, expect, it } from 'vitest';
import { runScenario, textOf } from './drive.js';

/**
 * "Continue?" after an adequate trial (the guideline dose for 4 weeks or more) with scores said right after it: function
 * decides (guideline: judge by function, do not continue ineffective medicines; reference section 2 adequate trial).
 * No meaningful ODI gain is a failed trial, answered "no"; a meaningful gain continues; a trial too short is judged at
 * 4 weeks.
 */
const headline = (text: string) =>
  textOf(runScenario({ name: text.slice(0, 40), turns: [{ say: text }] }).outputs[0]!).split('\n')[0]!;
const OPENING = '55F CLBP 1y, RF neg, eGFR 85.';

describe('an adequate trial without a meaningful gain in function is not continued', () => {
  it.each([
    ['terse', `${OPENING} On duloxetine 60 mg for 8 wk. Pain 7/10 -> 4/10, ODI 40% -> 42%. Continue?`],
    [
      'GP chatty',
      `${OPENING} She's been on duloxetine 60 mg daily for 6 weeks now. Pain 6/10 -> 5/10, ODI 44% -> 40%. Should I keep her on it?`,
    ],
    ['NP shorthand', `${OPENING} on dulox 60 qd x 10 wks, pain 8 -> 5, ODI 50 -> 46. continue?`],
  ])('%s', (_style, text) => {
    const h = headline(text);
    expect(h).toMatch(/^\*\*Answer: no\.\*\*/);
    expect(h).not.toMatch(/judge it after 4 weeks/);
  });
});

describe('contrasts: function improved, a trial too short', () => {
  it('a meaningful ODI gain continues', () => {
    expect(headline(`${OPENING} On duloxetine 60 mg for 8 wk. Pain 7/10 -> 4/10, ODI 40% -> 24%. Continue?`)).toMatch(
      /^\*\*Answer: yes\.\*\* .*continue, 8 weeks in/,
    );
  });
  it('2 weeks in: judged at 4 weeks', () => {
    expect(headline(`${OPENING} On duloxetine 60 mg for 2 wk. Pain 7/10 -> 6/10, ODI 40% -> 42%. Continue?`)).toMatch(
      /^\*\*Answer: yes\.\*\* .*judge it after 4 weeks/,
    );
  });
});
