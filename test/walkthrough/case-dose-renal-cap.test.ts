import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/** A cap below the guideline's dose (renal) is the case's dose answer's headline, the guideline's dose said above it. */
let n = 0;
const second = (first: string, text: string) =>
  converse([first, text], { key: `one-reply-${n++}` }).replies.slice(-1)[0]!;

const CASE_EGFR_22 = '58M CLBP 2 yrs with sciatica. Naproxen 500 bd 6 wks failed. Duloxetine 60 8 wks failed. eGFR 22.';

describe('the renal cap in the case dose answer headline', () => {
  it.each([
    ['terse', CASE_EGFR_22, 'He stopped the gabapentin due to dizziness. Pregabalin instead. Dose?'],
    ['GP', CASE_EGFR_22, 'what dose of pregabalin would you start him on?'],
    ['NP', CASE_EGFR_22, 'lyrica dose for him?'],
  ])('%s: the renal cap leads "%s"', (_style, first, text) => {
    const reply = second(first, text);
    expect(reply).toMatch(
      /^\*\*Answer: pregabalin for this patient: at most 150 mg\/day \(renal\), below the guideline's dose/,
    );
    expect(reply).toContain("Guideline (above this patient's maximum)");
  });

  it('contrast: no kidney limit: no cap in the answer', () => {
    const reply = second(
      '58M CLBP 2 yrs with sciatica. Naproxen 500 bd 6 wks failed. Duloxetine 60 8 wks failed. eGFR 75.',
      'He stopped the gabapentin due to dizziness. Pregabalin instead. Dose?',
    );
    expect(reply).toContain('pregabalin 150-300 mg twice daily');
    expect(reply).not.toContain('below the guideline');
  });
});
