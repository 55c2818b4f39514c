import { describe, expect, it } from 'vitest';
import { ask } from '../../scripts/eval/question-suite.js';
import { GUIDELINE_INTENTS } from '../../dialogs/answers/guideline-intents.js';

const reply = (text: string): string => ask(text).join('\n\n');

describe('a patient expecting no pain: functional goals, modest pain reduction (never a dead end)', () => {
  it.each([
    'pt expects to be pain free, how do I set expectations?',
    'My patient keeps saying she wants zero pain before she goes back to work. What should the goal be?',
    'pt wants 0/10 pain - realistic?',
    'dictated: patient expects complete resolution of pain with medication comma what are realistic goals period',
    "he's hoping duloxetine will get rid of the pain completely, is that realistic?",
    'NP note: pt insists on no pain at all before RTW. counsel?',
  ])('%s', (q) => {
    const text = reply(q);
    expect(text).toContain('rather than complete pain elimination');
    expect(text).toContain('modest pain reduction, not elimination');
    expect(text).not.toMatch(/Which part of the pathway|Did you mean/);
  });

  it('row example reaches the row', () => {
    const row = GUIDELINE_INTENTS.find((r) => r.name === 'pain-free-expectation');
    expect(row && reply(row.example)).toContain('rather than complete pain elimination');
  });

  it.each([
    ['pain free after two weeks of naproxen, stop it?', 'Naproxen'],
    ['no pain on straight leg raise, MRI?', 'Imaging'],
  ])('an outcome or a sign, not a wish, keeps its answer: %s', (q, title) => {
    const text = reply(q);
    expect(text).toContain(`**${title}`);
    expect(text).not.toContain('Expecting no pain');
  });
});
