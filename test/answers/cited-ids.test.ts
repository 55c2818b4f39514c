import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citedIds } from '../../dialogs/feedback.js';
import { knowledge } from '../../src/clinical/knowledge/knowledge-base.js';
import { ask, loadQuestions } from '../../scripts/eval/question-suite.js';

/**
 * citedIds (dialogs/feedback.ts) looks only for the entries whose rarest character pair the message holds: it must
 * find exactly what searching the message for every entry's text finds, in knowledge order, at most 30.
 */
function everyEntry(text: string): string[] {
  const ids: string[] = [];
  for (const entry of knowledge) {
    if (entry.text.length >= 20 && text.includes(entry.text)) ids.push(entry.id);
    if (ids.length === 30) break;
  }
  return ids;
}

describe('citedIds finds what a search for every entry finds', () => {
  it('in the answers to the question suite', () => {
    const answers = loadQuestions().map((q, i) => ask(q.q, i).join('\n\n'));
    expect(answers.filter((a) => citedIds(a).length > 0).length).toBeGreaterThan(100);
    for (const a of answers) expect(citedIds(a)).toEqual(everyEntry(a));
  });

  it('in texts made of entry texts, their parts and other characters', () => {
    const texts = knowledge.map((e) => e.text);
    const piece = fc.oneof(
      fc.constantFrom(...texts),
      fc.constantFrom(...texts).map((t) => t.slice(0, t.length - 1)),
      fc.constantFrom(...texts).map((t) => t.slice(1)),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        expect(citedIds(text)).toEqual(everyEntry(text));
      }),
      { numRuns: 300 },
    );
  });
});
