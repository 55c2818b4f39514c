import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: legs or feet getting weaker, plural as well as singular, is a progressive motor deficit: an emergency
 * (clinical-reference.md section 6). A worsening dated years back ("a couple of years ago ... stable since") is
 * history, not a deficit now.
 */
let n = 0;
const text = (q: string): string => converse([q], { key: `legs-weaker-${n++}` }).replies.join('\n');

describe('plural legs getting weaker', () => {
  it.each([
    ['GP chatty', '45M CLBP 5 mo. His legs have got weaker over the last fortnight.'],
    ['NP shorthand', '52F chronic LBP, her feet are getting weaker this wk'],
    ['dictated', 'fifty year old man with chronic low back pain, his legs have become weaker over the past two weeks'],
    ['AU', '60M CLBP 8 mo, says his ankles have gotten weaker since Monday'],
  ])('%s: %j', (_style, q) => {
    expect(text(q)).toMatch(/emergency, same-day assessment/);
  });

  it.each([
    [
      'years ago, stable',
      '45M CLBP 5 mo. Weakness got worse a couple of years ago after his discectomy, stable since.',
    ],
    ['dated', '58F CLBP 1 yr. Her legs got weaker in 2019 after surgery, unchanged since.'],
  ])('contrast, %s: %j', (_style, q) => {
    expect(text(q)).not.toMatch(/emergency, same-day assessment/);
  });
});
