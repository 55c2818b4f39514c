import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * An SNRI or SSRI class word said as not taken ("not on an SNRI", "was on an SSRI years ago") makes no duplicate
 * antidepressant pair with duloxetine (reviewer item 9): the article "an" between the status words and the class word
 * is read by the quick answers' not-taken reader and the case reader's stop rows alike. Taken now, the pair stays.
 */
const reply = (text: string): string => ask(text).join('\n');
const PAIR = /not for this patient \(on an SSRI or SNRI|SNRIs other than duloxetine \+ Duloxetine|SSRIs \+ Duloxetine/;

describe('class word not taken now: duloxetine answered on its own', () => {
  it.each([
    ['terse', 'not on an SNRI, ok to start duloxetine?'],
    ['GP chatty', "She's not on an SSRI or anything like that - ok to start duloxetine?"],
    ['NP shorthand', 'was on an SNRI years ago, duloxetine 30 ok?'],
    ['UK', 'previously on an SSRI, duloxetine 30 mg od ok?'],
    ['pharmacist', 'Rx duloxetine 30 mg daily, pt no longer on an SSRI - ok to dispense?'],
  ])('%s: %s', (_style, text) => {
    expect(reply(text)).not.toMatch(PAIR);
  });
});

describe('contrasts: taken now keeps the pair', () => {
  it.each([
    ['pt on an SNRI, add duloxetine?'],
    ['pt on an SSRI, duloxetine ok?'],
    ['on sertraline, duloxetine 30 ok?'],
  ])('%s', (text) => {
    expect(reply(text)).toMatch(PAIR);
  });
});
