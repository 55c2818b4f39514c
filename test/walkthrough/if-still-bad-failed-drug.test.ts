import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * "If still bad, tramadol?" when the case has tramadol failed already: no trial of it to come; the reply says it failed
 * and gives the next step (referral when pain persists, opioids only as a last resort once the gate is met).
 */
let n = 0;
const second = (first: string, text: string) => converse([first, text], { key: `still-bad-${n++}` }).replies[1]!;

const FAILED_ALL =
  '45F CLBP 1 yr. Naproxen 500 bd 6 wks failed. Duloxetine 60 8 wks failed. Tramadol 50 qid 6 wks no help.';

describe('if still bad, a drug the case has failed already', () => {
  it.each([
    ['terse', FAILED_ALL, 'if still bad, tramadol?'],
    ['GP', FAILED_ALL, 'And if she is still no better after all that, could we go to tramadol?'],
    [
      'NP',
      '50M CLBP 18/12, naproxen 500 bd x6/52 failed, duloxetine 60 x8/52 failed, tramadol 50 qds x6/52 not tolerated (nausea)',
      'if still bad - tramadol?',
    ],
  ])('%s: "%s" then "%s"', (_style, first, text) => {
    const reply = second(first, text);
    expect(reply).toMatch(/^\*\*If still no better: not tramadol, it already (?:failed|not tolerated) for case A/);
    expect(reply).toContain('Opioids: last resort, only once the gate is met');
    expect(reply).toContain('Refer to a multidisciplinary pain centre');
  });

  it('contrast: tramadol not yet tried is judged for this patient now', () => {
    const reply = second(
      '45F CLBP 1 yr. Naproxen 500 bd 6 wks failed. Duloxetine 60 8 wks failed.',
      'if still bad, tramadol?',
    );
    expect(reply).not.toContain('not tramadol, it already');
    expect(reply).toContain('Tramadol 50-100 mg');
  });
});
