import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import { blindReply, type BlindQuestion, expectsNotCovered } from '../../scripts/eval/blind-report.js';
import { CORE_OPTIONS, coreInput, loadQuestions } from '../../scripts/eval/question-suite.js';

/**
 * Issue 14: no reply to an in-scope question or case is the generic fallback ("I didn't recognise that") or the
 * generic "This pathway does not cover that". In scope: every question-suite item and blind question whose
 * expectations do not ask for "not covered", and every turn of the case corpus and the blind case sets.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const GENERIC = ["didn't recognise that", 'this pathway does not cover that'];
const NOT_COVERED_ASKED = /not covered|does not cover|doesn'?t cover|outside|no answer/i;

const dead = (text: string) => GENERIC.find((g) => text.toLowerCase().includes(g));
const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const suite = loadQuestions().filter((q) => !q.must.some((m) => NOT_COVERED_ASKED.test(m)));

const blindQuestions: BlindQuestion[] = [
  'blind-v2/dosing-questions.json',
  'blind-v2/guideline-questions.json',
  'blind-v4/dosing-questions.json',
  'blind-v4/guideline-questions.json',
  'blind-v11/dosing-questions.json',
  'blind-v11/guideline-questions.json',
  'blind-v13/dosing-questions.json',
  'blind-v13/guideline-questions.json',
  'blind-v14/dosing-questions.json',
  'blind-v14/guideline-questions.json',
]
  .map((f) => join(FIXTURES, f))
  .filter(existsSync)
  .flatMap((f) => json<BlindQuestion[]>(f))
  .filter((q) => !expectsNotCovered(q));

interface CaseTurns {
  id: string;
  turns: string[];
}
const caseDir = join(FIXTURES, 'cases');
const corpusCases: CaseTurns[] = [
  ...readdirSync(caseDir).filter((f) => f.endsWith('.json')),
  ...readdirSync(join(caseDir, 'held-out')).map((f) => `held-out/${f}`),
].flatMap((f) =>
  json<{ cases: { id: string; text: string }[] }>(join(caseDir, f)).cases.map((c) => ({
    id: `${f}:${c.id}`,
    turns: [c.text],
  })),
);
const blindCases: CaseTurns[] = [
  ...json<{ id: string; text: string }[]>(join(FIXTURES, 'blind-v2', 'cases.json')).map((c) => ({
    id: `blind-v2:${c.id}`,
    turns: [c.text],
  })),
  ...['blind-v3', 'blind-v4', 'blind-v12']
    .map((d) => join(FIXTURES, d, 'cases-multiturn.json'))
    .filter(existsSync)
    .flatMap((f) =>
      json<{ id: string; turns: { text: string }[] }[]>(f).map((c) => ({
        id: c.id,
        turns: c.turns.map((t) => t.text),
      })),
    ),
];

function caseReplies(c: CaseTurns, n: number): string[] {
  let state: unknown;
  return c.turns.map((text, i) => {
    const r = handleTurn(state, { ...coreInput(text, n), receivedAt: `2026-01-15T10:0${i}:00.000Z` }, CORE_OPTIONS);
    state = r.state ?? undefined;
    return r.output.messages.map((m) => m.text).join('\n\n');
  });
}

describe('no dead ends on in-scope text (issue 14)', () => {
  it('covers the question suite, the blind questions and the case corpora', () => {
    expect(suite.length).toBeGreaterThan(400);
    expect(blindQuestions.length).toBeGreaterThan(100);
    expect(corpusCases.length + blindCases.length).toBeGreaterThan(150);
  });

  it.each(suite.map((q, i) => [q.q, i] as const))('question suite: %s', (q, i) => {
    const text = handleTurn(undefined, coreInput(q, i), CORE_OPTIONS)
      .output.messages.map((m) => m.text)
      .join('\n\n');
    expect(dead(text), text).toBeUndefined();
  });

  it.each(blindQuestions.map((q, i) => [`${q.id} ${q.q}`, q, i] as const))('blind: %s', (_name, q, i) => {
    const text = blindReply(q, i);
    expect(dead(text), text).toBeUndefined();
  });

  it.each([...corpusCases, ...blindCases].map((c, i) => [c.id, c, i] as const))('case %s', (_id, c, i) => {
    for (const [turn, text] of caseReplies(c, i).entries())
      expect(dead(text), `turn ${turn + 1}: ${text}`).toBeUndefined();
  });
});
