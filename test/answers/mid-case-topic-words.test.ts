import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../dialogs/walkthrough/read-text.js';

const AT = '2026-01-01T00:00:00.000Z';

/**
 * Mid-case, topic words make a question for the answers ("spinal manipulation evidence"), but the same words in a
 * finding stay a fact for the case ("no evidence of radiculopathy"). Impossible calculator input is the
 * calculator's to refuse, never a score recorded for the case.
 */
describe('topic words mid-case: question or fact', () => {
  it.each([
    'spinal manipulation evidence',
    'acupuncture evidence',
    'evidence for yoga',
    'first-line options for refractory back pain',
    'interaction between naproxen and duloxetine',
    'sources',
    'common mistakes in managing chronic back pain',
    'STarT Back 1 1 1',
    'STarT Back total 2 psych 5',
    'oswestry 7 7 7',
  ])('question: %s', (text) => {
    expect(looksLikeQuestion(text, AT)).toBe(true);
  });

  it.each([
    'no evidence of radiculopathy',
    'exam: no evidence of nerve root tension',
    'PT done, no evidence',
    'no other options tried',
    'STarT Back 7/9, psychosocial 4',
    'STarT Back high risk',
  ])('fact: %s', (text) => {
    expect(looksLikeQuestion(text, AT)).toBe(false);
  });
});
