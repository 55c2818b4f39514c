import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * Class: a reduction already made, said from one dose to another ("reduced from 20 tid to 10 tid", "weaned from 20
 * tid down to 10 tid"), with "MME?": the dose now is the later one (clinical-reference.md section 4).
 */
let n = 0;
const head = (q: string): string => (converse([q], { key: `reduced-from-${n++}` }).replies[0] ?? '').split('\n')[0]!;

describe('a reduction made, MME of the dose now', () => {
  it.each([
    ['terse', 'oxycodone reduced from 20 tid to 10 tid last month, MME?', 'Total 45 MME/day'],
    ['UK wean', 'oxycodone weaned from 20 tid down to 10 tid, MME?', 'Total 45 MME/day'],
    [
      'dictated',
      'morphine was decreased from 30 mg twice daily to 15 mg twice daily, what is the MME',
      'Total 30 MME/day',
    ],
    ['NP', 'hydrocodone tapered from 10 qid to 5 qid. mme?', 'Total 20 MME/day'],
  ])('%s: %j', (_style, q, total) => {
    expect(head(q)).toContain(total);
  });

  it('contrast: a plain regimen keeps its dose', () => {
    expect(head('oxycodone 20 tid, MME?')).toContain('Total 90 MME/day');
  });
});
