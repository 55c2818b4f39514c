import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * A review note mid-case that gives pain scores before and after and asks what next is the case's to answer: the
 * quick "meaningful change" answer (dialogs/answers/score-change.ts) takes only a question about the change itself.
 */
const OPEN = '67F chronic LBP 2 yrs, naproxen 500 bd 8 wks failed, duloxetine 30 started, RF neg, eGFR 70';
let n = 0;
const replies = (...turns: string[]) => converse(turns, { key: `review-note-${n++}` }).replies;

describe('a review note with scores', () => {
  it.each([
    'Review after 6 weeks on 60 mg: back pain 8/10 → 4/10, walking 30 min daily, back at lawn bowls. Dry mouth only. Where to from here?',
    'f/u 6/52 on dulox 60: pain 8 -> 4, walking daily. plan?',
    'Seen today, duloxetine 60 mg for 6 weeks, pain from 8 to 4, sleeping better. What now?',
  ])('%s', (note) => {
    const last = replies(OPEN, note).at(-1)!;
    expect(last).not.toMatch(/^\*\*Pain 8\/10 to 4\/10/);
  });

  it('a question about the change itself still gets the change worked out', () => {
    const last = replies(OPEN, 'pain from 8 to 5 but doing nothing more at home - a win?').at(-1)!;
    expect(last).toMatch(/3 points|meets the minimal important change/);
  });
});
