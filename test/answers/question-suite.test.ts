import { describe, expect, it } from 'vitest';
import { evaluate, loadQuestions } from '../../scripts/eval/question-suite.js';

const questions = loadQuestions();

describe('question suite (test/fixtures/questions)', () => {
  it('holds at least 150 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
  });

  it.each(questions.map((q, i) => [`${q.file}: ${q.q}`, q, i] as const))('%s', (_name, question, i) => {
    const verdict = evaluate(question, i);
    expect(verdict.problems, verdict.text).toEqual([]);
  });
});
