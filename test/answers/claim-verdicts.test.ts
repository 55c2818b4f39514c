import { describe, expect, it } from 'vitest';
import { CLAIM_ROWS, claimVerdict } from '../../dialogs/answers/claim-verdicts.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { ask, CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

/**
 * Claim-checking questions: a verdict line leads when a row settles the claim; otherwise the topic answers without
 * one. Every row's examples are sent cold through the turn core.
 */
const reply = (text: string): string => handleTurn(undefined, coreInput(text), CORE_OPTIONS).output.messages[0]!.text;
const verdictOf = (text: string): string | undefined =>
  /^- \*\*(True|False|Yes|No|Not settled by these sources):\*\*/m.exec(reply(text))?.[1];

describe('claim verdicts', () => {
  it.each(CLAIM_ROWS.flatMap((row) => row.examples.map((example) => [row.name, example, row] as const)))(
    '%s: "%s"',
    (_, example, row) => {
      expect(claimVerdict(example.toLowerCase())?.name).toBe(row.name);
      const verdict = verdictOf(example);
      expect(verdict, reply(example).slice(0, 200)).toBeDefined();
      if (row.outside) expect(verdict).toBe('Not settled by these sources');
      else expect(verdict === 'True' || verdict === 'Yes').toBe(row.holds);
    },
  );

  it.each([
    "I heard it's illegal to prescribe over 90 MME in Washington, is that right?",
    'true or false: 90 MME/day is the legal max',
    'is it true that going over 50 MME is against the law?',
    'T/F state law caps opioids at ninety MME a day',
  ])('the law is in neither source: no ruling on legality, the sources\' words cited: "%s"', (q) => {
    const text = reply(q);
    expect(text).not.toMatch(/\*\*(?:True|False):\*\*|not a legal ceiling/);
    expect(text).toContain('outside this pathway');
    expect(text).toContain('avoid or carefully justify >= 90 MME/day');
  });

  it('quotes the source in the verdict line', () => {
    expect(reply('True or false: opioids are first line for chronic low back pain')).toContain(
      '**False:** the guideline says: "Opioids should only be considered after documented failure',
    );
    expect(reply('Is it OK not to try physio before duloxetine?')).toContain('**No:** the guideline says');
  });

  it.each([
    // Claims no row settles: the topic, without a verdict.
    'is it true that acupuncture helps chronic back pain?',
    'true or false: yoga is better than tai chi',
    'I heard gabapentin is great for back pain, is that right?',
    // Not claim-shaped: the ordinary answer.
    'opioids first line?',
    'MRI for chronic back pain?',
  ])('no verdict: "%s"', (text) => {
    expect(verdictOf(text)).toBeUndefined();
    expect(reply(text)).not.toMatch(/didn't recognise|^This pathway does not cover that/);
  });

  it('a negation turns the row off rather than flipping it', () => {
    expect(claimVerdict('true or false: opioids should not be first line')?.name).not.toBe('opioids first line');
    expect(claimVerdict('true or false: no routine imaging for chronic lbp')?.name).toBe('no routine imaging');
  });
});

describe('no verdict where the claim is about a patient or is turned around', () => {
  it.each([
    ['am I right that duloxetine is the next step for a pt on phenelzine?', /not for this patient|contraindicated/i],
    ['is it true that duloxetine is preferred second line with CrCl 20?', /not for this patient/i],
  ])('%s: the drug answer, with its rule-out', (q, said) => {
    const reply = ask(q, 1).join('\n');
    expect(reply).not.toMatch(/\*\*(?:True|False):\*\*/);
    expect(reply).toMatch(said);
  });

  it.each([
    ['is it true that opioids should never be stopped abruptly?'],
    ["true or false: long-acting opioids shouldn't be used first"],
    ['ER opioids should be avoided initially, right?'],
  ])('%s: no verdict (the rule would read it the other way round)', (q) => {
    expect(ask(q, 1).join('\n')).not.toMatch(/\*\*(?:True|False):\*\*/);
  });
});

describe('the step order: tramadol said ahead of duloxetine is false', () => {
  it.each([
    'True or false: once first-line analgesia has failed, tramadol is preferred ahead of duloxetine',
    'heard tramadol goes before duloxetine these days, is that right?',
    'T/F: after NSAIDs, tramadol over Cymbalta',
  ])('"%s": False first, then the order with the tramadol condition', (q) => {
    const text = reply(q);
    expect(text).toMatch(/^- \*\*False:\*\* the guideline says: "Add duloxetine/m);
    expect(text).toContain('when duloxetine and NSAIDs are contraindicated or ineffective');
  });

  it.each([
    ['true or false: duloxetine is preferred ahead of tramadol', 'True'],
    ['is it true tramadol is used if duloxetine is contraindicated?', undefined],
    ['true or false: tramadol is not preferred over duloxetine', undefined],
  ])('contrast "%s" -> %s', (q, verdict) => {
    expect(verdictOf(q)).toBe(verdict);
  });
});
