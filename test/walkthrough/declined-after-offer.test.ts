import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/** An offer turned down after a comma ("duloxetine offered, pt declined due to fear of side effects") is declined. */
let n = 0;
const all = (text: string) => converse([text], { key: `declined-offer-${n++}` }).replies.join('\n');

describe('an offer declined for fear of side effects is declined, not not tolerated', () => {
  it.each([
    [
      'terse',
      '55F CLBP 1 yr. Naproxen 500 bd 6 wks failed. Duloxetine offered, pt declined due to fear of side effects. Next?',
    ],
    [
      'GP chatty',
      'Lady of 55, back pain a year, naproxen 500 bd 6 weeks no good. Duloxetine offered but declined as she is worried about side effects. What next?',
    ],
    ['NP', '55F CLBP 12/12, naproxen failed x6/52, duloxetine offered, patient declined d/t fear of SEs. next?'],
  ])('%s: "%s"', (_style, text) => {
    const reply = all(text);
    expect(reply).toContain('duloxetine: declined by the patient');
    expect(reply).not.toContain('duloxetine: not tolerated');
  });

  it.each([
    '55F CLBP 1 yr. Naproxen 500 bd 6 wks failed. Duloxetine tried, stopped due to side effects. Next?',
    '55F CLBP 1 yr. Naproxen 500 bd 6 wks failed. Duloxetine offered, took it 2 weeks, stopped for nausea. Next?',
  ])('contrast: taken and stopped for side effects stays not tolerated "%s"', (text) => {
    expect(all(text)).toMatch(/duloxetine[^:\n]*: not tolerated/);
  });
});
