import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';

/** What a drug is taken for ("for pain", "for headaches") is a symptom, never an interaction partner. */
const reply = (text: string): string => ask(text).join('\n\n');

describe('a symptom is no drug partner', () => {
  it.each([
    ['terse', 'aspirin 600 mg for pain plus naproxen 500 bd?', /^\*\*Aspirin \(antiplatelets\) \+ Naproxen: avoid\*\*/],
    ['GP', 'she takes ibuprofen for headaches, ok with duloxetine together?', /^\*\*Ibuprofen \+ Duloxetine: caution/],
    ['NP', 'naproxen for sciatica + sertraline, any ixn?', /^\*\*Naproxen \+ Sertraline[^*]*: caution/],
  ])('%s: "%s"', (_style, text, title) => {
    const out = reply(text);
    expect(out).toMatch(title);
    expect(out).not.toMatch(/\b(?:Pain|Headaches|Sciatica)\b[^\n]*not checked by this pathway/);
  });

  it('contrast: an unknown medicine is still an unchecked partner', () => {
    expect(reply('naproxen plus lisinopril?')).toContain('Naproxen + lisinopril: not checked by this pathway');
  });
});
