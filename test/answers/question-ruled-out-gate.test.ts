import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayRuleOut, ruledOutAsCase, questionRuledOut } from '../../dialogs/answers/question-context.js';
import { VARIED } from '../../scripts/bench-cases.js';
import { loadQuestions } from '../../scripts/eval/question-suite.js';

/**
 * Issue 16: a quick question is read as a case (to rule out the options its own co-medications and conditions
 * exclude) only when it names a drug that is no guideline option or a condition. The gate must never hide a rule-out:
 * over every question the project holds, a question the gate passes over is one the full reading rules nothing out.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function blindQuestions(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(FIXTURES).filter((d) => d.startsWith('blind-v'))) {
    for (const file of ['dosing-questions.json', 'guideline-questions.json']) {
      let items: { q?: unknown }[] = [];
      try {
        items = JSON.parse(readFileSync(join(FIXTURES, dir, file), 'utf8'));
      } catch {
        continue;
      }
      for (const item of items) if (typeof item.q === 'string') out.push(item.q);
    }
    // case turns too: a case-style text asked as a question must be gated the same way
    try {
      const cases: { turns?: { text?: unknown }[] }[] = JSON.parse(
        readFileSync(join(FIXTURES, dir, 'cases-multiturn.json'), 'utf8'),
      );
      for (const c of cases) for (const t of c.turns ?? []) if (typeof t.text === 'string') out.push(t.text);
    } catch {
      // the set has no multi-turn cases
    }
  }
  return out;
}

const texts = [...loadQuestions().map((q) => q.q), ...VARIED, ...blindQuestions()].map((t) => t.toLowerCase());

describe('the question rule-out gate', () => {
  it('passes over no question whose own facts rule an option out', () => {
    const hidden = texts.filter((t) => !mayRuleOut(t) && Object.keys(ruledOutAsCase(t)).length > 0);
    expect(hidden).toEqual([]);
  });

  it('is tested on questions that do rule options out, and skips most others', () => {
    const ruling = texts.filter((t) => Object.keys(ruledOutAsCase(t)).length > 0);
    const skipped = texts.filter((t) => !mayRuleOut(t));
    expect(texts.length).toBeGreaterThan(1000);
    expect(ruling.length).toBeGreaterThan(50);
    expect(skipped.length).toBeGreaterThan(texts.length / 3);
  });

  it.each([
    ['pt on phenelzine - duloxetine or tramadol?', ['duloxetine', 'tramadol']],
    ['has HF, ok to start naproxen 500 bd?', ['nsaid']],
    ['takes fluvoxamine; duloxetine dose?', ['duloxetine']],
  ])('reads the co-medication or condition in %s', (q, out) => {
    expect(mayRuleOut(q)).toBe(true);
    expect(Object.keys(questionRuledOut(q))).toEqual(expect.arrayContaining(out));
  });

  it.each(['duloxetine dose?', 'odi 40 to 28, meaningful?', 'when do i refer to a pain clinic?'])(
    'does not read %s as a case',
    (q) => {
      expect(mayRuleOut(q)).toBe(false);
      expect(questionRuledOut(q)).toEqual({});
    },
  );
});
