import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';

/**
 * The question suite: realistic clinician questions (test/fixtures/questions/*.json), each with the strings its
 * answer must and must not contain (case-insensitive). Shared by the vitest suite, the report and the benchmark.
 */
export interface Question {
  file: string;
  q: string;
  must: string[];
  mustNot: string[];
}

export interface Verdict {
  question: Question;
  ok: boolean;
  problems: string[];
  text: string;
}

/** Never acceptable in any answer. */
const ALWAYS_FORBIDDEN = ['undefined', 'NaN', '[object', 'Infinity'];

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'questions');

export function loadQuestions(): Question[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Omit<Question, 'file'>[]).map((q) => ({ ...q, file })),
    );
}

export function coreInput(text: string, n = 0): TurnInput {
  return {
    kind: 'message',
    conversationKey: `suite-${n}`,
    scope: 'personal',
    userId: 'suite-user',
    text,
    receivedAt: '2026-01-15T10:00:00.000Z',
  };
}

export const CORE_OPTIONS = { retentionDays: 30 };

/** Ask the pure turn core with a fresh conversation and return the text of every message (card fallbacks included). */
export function ask(text: string, n = 0): string[] {
  return handleTurn(undefined, coreInput(text, n), CORE_OPTIONS).output.messages.map((m) => m.text);
}

export function evaluate(question: Question, n = 0): Verdict {
  const messages = ask(question.q, n);
  const text = messages.join('\n\n');
  const lower = text.toLowerCase();
  const problems: string[] = [];
  if (messages.length !== 1) problems.push(`expected one message, got ${messages.length}`);
  for (const s of question.must) if (!lower.includes(s.toLowerCase())) problems.push(`missing "${s}"`);
  for (const s of question.mustNot) if (lower.includes(s.toLowerCase())) problems.push(`contains "${s}"`);
  // Case-sensitive: "NaN" is a bug, "pregnancy" is not.
  for (const s of ALWAYS_FORBIDDEN) if (text.includes(s)) problems.push(`contains "${s}"`);
  return { question, ok: problems.length === 0, problems, text };
}
