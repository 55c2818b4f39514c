import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from '../../scripts/eval/question-suite.js';

describe('review: a product not counted never leaves the acetaminophen headline "within" or "at" the maximum', () => {
  const headline = (q: string) =>
    handleTurn(undefined, coreInput(q, 7), CORE_OPTIONS).output.messages[0]?.text.split('\n')[0] ?? '';
  it.each([
    ['ultracet 2 tabs qid with tylenol 2 tabs tid', 'give its strength to compare with the adult maximum'],
    ['Panadeine Forte 2 tabs qid plus panadol 1g qid, paracetamol total?', 'above the adult maximum'],
  ])('%j', (q, said) => {
    const h = headline(q);
    expect(h).toContain(said);
    expect(h).not.toMatch(/within the adult maximum|: at the adult maximum/);
  });
});
