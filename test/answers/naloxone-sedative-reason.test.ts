import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * The naloxone line beside an opioid + CNS depressant pair (reviewer item 11): the naloxone text lists a
 * benzodiazepine, not a muscle relaxant or a hypnotic, so for those the line states its own reason, the reference's
 * opioid + CNS depressant row (the same warning as a benzodiazepine). With a benzodiazepine the line is as before.
 */
const naloxone = (text: string): string =>
  ask(text)
    .join('\n')
    .split('\n')
    .find((l) => l.includes('Naloxone')) ?? '';
const OWN_REASON = /a CNS depressant with an opioid, the same warning as a benzodiazepine/;

describe('opioid + a non-benzodiazepine CNS depressant: the line says why', () => {
  it.each([
    ['GP', 'on oxycodone 5 mg bd and cyclobenzaprine, should I offer naloxone?'],
    ['NP shorthand', 'tramadol 50 qid and zopiclone, anything I should offer?'],
    ['UK', 'codeine 30 qds plus methocarbamol - do I need to offer naloxone?'],
  ])('%s: %s', (_style, text) => {
    expect(naloxone(text)).toMatch(OWN_REASON);
  });
});

describe("contrast: a benzodiazepine is the line's own risk factor", () => {
  it.each([
    'on oxycodone 5 mg bd and diazepam, should I offer naloxone?',
    'tramadol 50 qid + lorazepam prn, anything I should offer?',
  ])('%s', (text) => {
    const line = naloxone(text);
    expect(line).toContain('Offer naloxone');
    expect(line).not.toMatch(OWN_REASON);
  });
});
