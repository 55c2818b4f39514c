import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { EITHER_ROWS, eitherRow } from '../../dialogs/answers/either-option.js';

const answer = (q: string): string => ask(q).join('\n\n');

describe('either rows: the example pair holds, the counter pair does not', () => {
  it.each(EITHER_ROWS.map((r) => [r.id, r]))('%s', (_id, row) => {
    expect(eitherRow(row.example)?.id).toBe(row.id);
    expect(eitherRow(row.counter)?.id).not.toBe(row.id);
  });
});

/** Two options the guideline offers as alternatives: either is one; the patient's facts decide; each one's dose. */
describe('a choice between two guideline alternatives', () => {
  it.each([
    [
      'naproxen or Cymbalta to start with, otherwise healthy 50M?',
      ['naproxen 500 mg twice daily', 'duloxetine 30 mg daily'],
    ],
    ['ibuprofen vs duloxetine for a 45F?', ['ibuprofen 600-800 mg', 'duloxetine 30 mg daily']],
    ['GP here, 52 y/o F - would you go naproxen or duloxetine first?', ['naproxen 500 mg', 'duloxetine 30 mg']],
    ['Lyrica or Neurontin for his leg pain?', ['pregabalin 150-300 mg twice daily', 'gabapentin 300-1200 mg']],
    ['gabapentin vs pregabalin for sciatica in a 40 yo male', ['pregabalin 150-300 mg', 'gabapentin 300-1200 mg']],
  ])('%s', (q, doses) => {
    const text = answer(q);
    expect(text).toContain('either is a guideline option');
    expect(text).toContain('What decides');
    for (const d of doses) expect(text).toContain(d);
  });

  it('a fact that rules one out routes: the other or the next option, never "either"', () => {
    const text = answer('naproxen or duloxetine, 60M CrCl 25?');
    expect(text).toContain('not for this patient');
    expect(text).not.toContain('either is a guideline option');
  });

  it('the two taken together is still the interaction answer', () => {
    expect(answer('naproxen with duloxetine - interaction?')).not.toContain('either is a guideline option');
  });

  it('a single drug dose question is unchanged', () => {
    expect(answer('duloxetine dose?')).not.toContain('either is a guideline option');
  });
});
