import { describe, expect, it } from 'vitest';
import { converse } from '../helpers/conversation.js';

/**
 * The other gabapentinoid asked while one is taken now: the strictest finding leads, not in addition (duplicate
 * therapy, reference section 3); a switch, the one taken tapered first (its label: over at least 1 week).
 */
let n = 0;
const first = (text: string) => converse([text], { key: `dup-gaba-${n++}` }).replies[0]!;

describe('adding a second gabapentinoid to one taken now', () => {
  it.each([
    [
      'terse',
      '55M CLBP with sciatica 1 yr. On gabapentin 600 tds 8 wks, partial help. Naproxen 500 bd 6 wks failed. Add pregabalin 75 bd?',
      'gabapentin',
      'pregabalin',
    ],
    [
      'GP chatty',
      '60F, back pain with sciatica for 2 years, she is on pregabalin 150 bd for 3 months which helps a bit, naproxen 500 bd 6 weeks failed. Could I add gabapentin 300 tds?',
      'pregabalin',
      'gabapentin',
    ],
    [
      'NP',
      '58M CLBP + radic sx 1y, gaba 300 tds x 8/52 partial, naproxen failed x6/52. add lyrica 75 bd?',
      'gabapentin',
      'pregabalin',
    ],
  ])('%s: "%s"', (_style, text, taken, asked) => {
    const reply = first(text);
    expect(reply).toContain(
      `**Answer: not in addition to ${taken}: switch instead (${taken}: taper over at least 1 week first, then ${asked})`,
    );
    expect(reply).toContain('duplicate therapy');
    expect(reply).not.toContain('yes, with caution');
  });

  it('contrast: the first one stopped: the other is a yes', () => {
    const reply = first(
      '55M CLBP with sciatica 1 yr. Gabapentin 600 tds 8 wks stopped, dizzy. Naproxen 500 bd 6 wks failed. Pregabalin 75 bd?',
    );
    expect(reply).toContain('**Answer: yes.**');
    expect(reply).not.toContain('not in addition');
  });
});
