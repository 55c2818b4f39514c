import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/**
 * A drug stopped for a side effect, then "next?": not tolerated is a failed option with no trial length needed, and
 * the guideline's next option steps up (trial-next.ts), in every clinician style. Contrasts keep their own answers.
 */
const reply = (text: string): string => ask(text).join('\n\n');

describe('a drug stopped for a side effect steps to the next option', () => {
  it.each([
    ['duloxetine was discontinued owing to nausea. What next?', 'Duloxetine', 'next option: an NSAID'],
    ['stopped naproxen - dyspepsia. next step?', 'Naproxen', 'next option: duloxetine'],
    ["couldn't tolerate the gabapentin, too drowsy. what now for her back?", 'Gabapentin (drowsiness)', 'next option'],
    ["hi! so she came off Cymbalta, made her feel sick :( what's next for her back?", 'Duloxetine', 'an NSAID'],
    ["pt c/o LBP. dulox d/c'd d/t nausea. next?", 'Duloxetine', 'next option: an NSAID'],
    [
      'Stop the pregabalin because of the swelling full stop what next for her chronic back pain',
      'Pregabalin (swelling)',
      'next option',
    ],
    ['ibuprofen ceased - indigestion. where to from here?', 'Ibuprofen', 'next option: duloxetine'],
  ])('%s', (q, name, next) => {
    const text = reply(q);
    expect(text).toContain(`${name}: not tolerated (not a failed trial): no trial length is needed`);
    expect(text).toContain(next);
    expect(text).not.toMatch(/Stopping or tapering opioids|taper when stopping/);
  });

  it('a letter with a failed NSAID and an intolerant duloxetine steps to tramadol', () => {
    const text = reply(
      'Dear Dr, I reviewed this 55 year old with chronic low back pain. Naproxen 500 mg twice daily for 8 weeks gave no benefit. Duloxetine 60 mg was discontinued after 3 weeks owing to nausea. I would be grateful for advice on next steps.',
    );
    expect(text).toContain('duloxetine 60 mg x 3 wk: not tolerated');
    expect(text).toContain('Tramadol 50-100 mg every 6-8 hours');
  });
});

describe('contrasts keep their answers', () => {
  it('a side effect carried through, no relief after an adequate trial: a failed trial, not intolerance', () => {
    const text = reply('duloxetine 60 x 8/52, bit of nausea but carrying on, no real help. next?');
    expect(text).toContain('a failed adequate trial');
    expect(text).not.toContain('not tolerated');
  });

  it('a stop after days with side effects denied is not intolerance', () => {
    expect(reply('duloxetine 30 mg stopped after 10 days, no side effects. next?')).not.toContain('not tolerated');
  });

  it('a stop because it worked is not intolerance', () => {
    expect(reply('naproxen 500 bd x 8 weeks, stopped because it worked. next?')).not.toContain('not tolerated');
  });

  it('a failed trial with no side effect keeps its trial verdict', () => {
    expect(reply('naproxen 500 bd x 8 weeks, no better. next?')).toContain('a failed adequate trial');
  });
});

describe('partial adherence is not an adequate trial', () => {
  it.each([
    'duloxetine 60 mg daily for 8 weeks but she only takes it 3 days out of 7, no help. next?',
    'NP: dulox 60 od x 6/52, poor adherence, pain unchanged. next?',
    'naproxen 500 bd x 8 wks, misses lots of doses, no better. what now?',
    'duloxetine 60 daily, 2 days a week, 6 weeks, not helping - counts as failed?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('not an adequate trial: not taken regularly at the guideline dose');
    expect(text).not.toContain('a failed adequate trial');
  });

  it('taken every day, no relief after an adequate trial: a failed trial', () => {
    expect(reply('naproxen 500 bd x 8 wks, takes it every day, no better. what now?')).toContain(
      'a failed adequate trial',
    );
  });
});
