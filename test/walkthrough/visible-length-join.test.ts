import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  joinedPlainLength,
  plainLength,
  plainPiece,
  visibleLength,
  visibleText,
} from '../../dialogs/visible-length.js';
import { collapsibleMessage } from '../../dialogs/walkthrough/step-message.js';

/** Lines made of the characters the measure treats specially: markers, underscores, white space. */
const line = fc
  .array(fc.constantFrom('*', '**', '_', '__', '`', ' ', '  ', '\n', '\t', 'a', 'b', '- ', '[1]', '⚠️'), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

describe('joinedPlainLength', () => {
  it('equals plainLength of the lines joined by line breaks', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        expect(joinedPlainLength(lines)).toBe(plainLength(lines.join('\n')));
      }),
      { numRuns: 5000 },
    );
  });

  it('measures each line as plainLength does, plain lines (no marker, no underscore, single spaces) included', () => {
    const plainish = fc
      .array(fc.constantFrom('a', 'B', '1', ' ', '-', '[2]', '.', '\u00a0', '\t', '⚠️', '*', '_', '`'), {
        maxLength: 14,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(plainish, (text) => {
        const piece = plainPiece(text);
        expect(piece.length).toBe(plainLength(text));
        expect(piece.opens).toBe(text.replace(/\*\*|__|`/g, '').startsWith('_'));
        expect(piece.closes).toBe(text.replace(/\*\*|__|`/g, '').endsWith('_'));
      }),
      { numRuns: 5000 },
    );
  });

  it('measures whole a line closing with "_" before one opening with "_"', () => {
    expect(joinedPlainLength(['_a_', '_b_'])).toBe(plainLength('_a_\n_b_'));
    expect(joinedPlainLength(['**x_**', '`_y`'])).toBe(plainLength('**x_**\n`_y`'));
  });
});

/**
 * collapsibleMessage measures its candidate summaries as text, not as cards (step-message.ts): the summary's lines,
 * the note and the button. That holds while the card lists every source its text cites in its details, so that
 * render.ts adds none under it (visible-length.ts addedSources).
 */
describe('collapsibleMessage', () => {
  it('shows what it measured: no source line added under the card', () => {
    const m = collapsibleMessage({
      full: ['**Do now**', '- Start naproxen 500 mg twice daily [1]', '- Exercise therapy [2]'],
      summary: [
        { heading: '**Do now**', lines: ['- Start naproxen 500 mg twice daily [1]', '- Exercise therapy [2]'] },
      ],
      toggle: 'Show details',
      limit: 600,
      citations: [
        { position: 1, name: 'Guideline', abstract: 'The guideline' },
        { position: 2, name: 'Review', abstract: '' },
      ],
    });
    const visible = visibleText(m);
    expect(visible).not.toContain('[1] The guideline');
    expect(visible).not.toContain('[2] Review');
    expect(visibleLength(m)).toBe(
      joinedPlainLength([
        '**Do now**',
        '- Start naproxen 500 mg twice daily [1]',
        '- Exercise therapy [2]',
        '_Under "Show details": the sources._',
        'Show details',
      ]),
    );
  });
});
