import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a combination product told late in a case (turn 2-3, while a question is open: "oh and she takes
 * co-codamol 30/500 2 qds", "also Percocet prn", "Tylenol #3 at night") counts in the case's acetaminophen total
 * with the paracetamol products already recorded, and its opioid in the MME (clinical-reference.md sections 2 and 4).
 * The reply leads with the acetaminophen total when it is over the adult maximum, then the MME.
 */
let n = 0;
const last = (turns: string[]): string => converse(turns, { key: `late-combo-${n++}` }).replies.at(-1)!;
const PARACETAMOL_CASE = '58F chronic LBP 6 months, on paracetamol 1g qds, tried naproxen';

describe('a combination product told late: both totals, the one over its limit first', () => {
  it.each([
    ['GP chatty', 'oh and she takes co-codamol 30/500 2 qds', '8,000 mg/day: above', 'codeine) is 36 MME/day'],
    ['UK terse', 'co-codamol 30/500 2 qds too', '8,000 mg/day: above', 'is 36 MME/day'],
    ['US brand', 'oh and she takes Tylenol #3 2 tabs qid', '6,400 mg/day: above', 'is 36 MME/day'],
    ['NP shorthand', 'also percocet 5/325 1 tab q6h prn', '5,300 mg/day', 'is 30 MME/day'],
    [
      'dictated',
      'she is also taking co-codamol 30/500 two tablets four times a day',
      '8,000 mg/day: above',
      'is 36 MME/day',
    ],
  ])('%s: %s', (_style, late, acetaminophen, mme) => {
    const text = last([PARACETAMOL_CASE, late]);
    const first = text.split('\n')[0]!;
    expect(first).toContain('Acetaminophen taken now');
    expect(first).toContain(acetaminophen);
    expect(text).toContain(mme);
    expect(text.indexOf('Acetaminophen taken now')).toBeLessThan(text.indexOf('Opioids taken now'));
  });

  it('within the maximum: both totals still said, the MME first', () => {
    const text = last(['60F LBP 4 months, on Tylenol 500mg 2 tabs tid', 'oh and she takes Tylenol #3 at night']);
    expect(text).toMatch(/3,300 mg\/day/);
    expect(text).toMatch(/4\.5 MME\/day/);
  });

  it('an opioid told late with another recorded: the MME sums both', () => {
    const text = last(['52M chronic LBP 5 months, on tramadol 50 qds', 'oh and he takes co-codamol 30/500 2 qds']);
    expect(text).toContain('Opioids taken now');
    expect(text).toMatch(/tramadol.*40 MME\/day/);
    expect(text).toMatch(/36 MME\/day/);
  });

  it.each([
    // a medicine with neither an opioid nor acetaminophen: noted only
    ['oh and she takes sertraline 50 mg daily', /^Noted for case A/],
    // stopped: counted in neither total
    ['oh and she stopped co-codamol last year', /^Noted for case A|^Case A/],
  ])('not a totals lead: %s', (late, opening) => {
    const text = last([PARACETAMOL_CASE, late]);
    expect(text).toMatch(opening);
    expect(text).not.toMatch(/Acetaminophen taken now/);
  });
});
