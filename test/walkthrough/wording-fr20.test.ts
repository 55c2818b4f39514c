import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Wording that must say what the sources say: a gabapentinoid with an opioid is a warning, not the benzodiazepine's
 * boxed warning; a gabapentinoid taken as needed at this patient's most is not "titrated" to the same dose; a washout
 * with no stop date asks, it does not claim.
 */
let n = 0;
const all = (...turns: string[]) => converse(turns, { key: `wording-fr20-${n++}` }).replies.join('\n');

describe('fr20 wording', () => {
  it.each([
    ['terse', 'increase oxycodone 10 bd to 20 bd? also on pregabalin 150 bd'],
    ['GP', '66M CLBP 3 yrs. Oxycodone 10 bd, gabapentin 300 tds. Could I increase the oxycodone to 20 bd?'],
  ])('%s: an opioid raised beside a gabapentinoid: a warning, not boxed "%s"', (_style, text) => {
    const out = all(text);
    expect(out).toContain('warning (opioid + gabapentinoid: serious breathing problems)');
    expect(out).not.toContain('boxed warning (opioid + benzodiazepine');
  });

  it('contrast: beside a benzodiazepine the boxed warning stays', () => {
    expect(all('increase oxycodone 10 bd to 20 bd? also on diazepam 5 bd')).toContain(
      'boxed warning (opioid + benzodiazepine or other sedative)',
    );
  });

  it.each([
    '55M CLBP with sciatica 1 yr. Gabapentin 300 tds, pregabalin 75 bd prn. Naproxen 500 bd 6 wks failed. eGFR 25. Next?',
    '60F CLBP + sciatica 2y. Lyrica 75 bd prn. naproxen failed x6/52. eGFR 20. next?',
  ])('as needed at this patient\'s most: no titration to the same dose "%s"', (text) => {
    const out = all(text);
    expect(out).toContain('already the most (150 mg/day');
    expect(out).not.toMatch(/titrate to 75 mg twice daily/);
    expect(out).not.toContain('as needed,:');
  });

  it('contrast: as needed below the target still titrates', () => {
    expect(
      all('55M CLBP with sciatica 1 yr. Pregabalin 75 bd prn. Naproxen 500 bd 6 wks failed. eGFR 70. Next?'),
    ).toContain('below target; titrate to 150 mg twice daily');
  });
});
