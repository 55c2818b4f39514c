import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from './question-suite.js';

/**
 * Scores the blind question sets (test/fixtures/blind-v2/ and blind-v4/, written from the guideline and the clinical
 * reference only, never from the code) through the pure turn core. A "mid-case" item carries its case inline as
 * "[case so far: ...] question": the case is opened with that text first, then the question is asked.
 * `npm run blind-report` (every set); `--set v2`, `v4`, `v11`, `v13`, `v14`, `v15` or `v16` scores one; `--verbose` prints each failure.
 * Not a test: the sets are scored, the first run is recorded in docs/evaluation.md, then fixed by class.
 * A reply that is the generic fallback or an honest "not covered" counts as a dead end; for an item whose
 * expectations do not ask for "not covered", a dead end is also a failure whatever the other strings say.
 */
type Expect = string | { anyOf: string[] };
export interface BlindQuestion {
  id: string;
  q: string;
  style?: string;
  context?: 'none' | 'mid-case';
  must: Expect[];
  mustNot: string[];
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
export const DEAD_END = ["didn't recognise", 'does not cover that', 'not covered by this pathway'];
const CASE_PREFIX = /^\[case so far: ([^\]]*)\]\s*/i;
const NOT_COVERED_ASKED = /not covered|does not cover|doesn'?t cover|outside|not in (?:the|this)/i;

export function blindReply(item: BlindQuestion, n: number): string {
  const m = CASE_PREFIX.exec(item.q);
  let state: unknown;
  let question = item.q;
  if (m) {
    state = handleTurn(undefined, coreInput(m[1]!, n), CORE_OPTIONS).state;
    question = item.q.slice(m[0].length);
  }
  return handleTurn(state, { ...coreInput(question, n), receivedAt: '2026-01-15T10:01:00.000Z' }, CORE_OPTIONS)
    .output.messages.map((x) => x.text)
    .join('\n\n');
}

/** The item asks for an honest "not covered" (a question the sources do not answer). */
export function expectsNotCovered(item: BlindQuestion): boolean {
  return item.must.some((e) => (typeof e === 'string' ? [e] : e.anyOf).some((o) => NOT_COVERED_ASKED.test(o)));
}

export const isDeadEnd = (text: string): boolean => DEAD_END.some((d) => text.toLowerCase().includes(d));

export function blindProblems(item: BlindQuestion, text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const e of item.must) {
    const options = typeof e === 'string' ? [e] : e.anyOf;
    if (!options.some((o) => lower.includes(o.toLowerCase()))) out.push(`missing ${JSON.stringify(options)}`);
  }
  for (const s of item.mustNot) if (lower.includes(s.toLowerCase())) out.push(`contains "${s}"`);
  if (isDeadEnd(text) && !expectsNotCovered(item)) out.push('dead end on an in-scope question');
  return out;
}

const SETS: Record<string, string[]> = {
  v2: ['blind-v2/dosing-questions.json', 'blind-v2/guideline-questions.json'],
  v4: ['blind-v4/dosing-questions.json', 'blind-v4/guideline-questions.json'],
  v11: ['blind-v11/dosing-questions.json', 'blind-v11/guideline-questions.json'],
  v13: ['blind-v13/dosing-questions.json', 'blind-v13/guideline-questions.json'],
  v14: ['blind-v14/dosing-questions.json', 'blind-v14/guideline-questions.json'],
  v15: ['blind-v15/dosing-questions.json', 'blind-v15/guideline-questions.json'],
  v16: ['blind-v16/dosing-questions.json', 'blind-v16/guideline-questions.json'],
  v17: ['blind-v17/dosing-questions.json', 'blind-v17/guideline-questions.json'],
  v18: ['blind-v18/dosing-questions.json', 'blind-v18/guideline-questions.json'],
  v19: ['blind-v19/dosing-questions.json', 'blind-v19/guideline-questions.json'],
  v20: ['blind-v20/dosing-questions.json', 'blind-v20/guideline-questions.json'],
  v21: ['blind-v21/dosing-questions.json', 'blind-v21/guideline-questions.json'],
  v22: ['blind-v22/dosing-questions.json', 'blind-v22/guideline-questions.json'],
};

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const setIdx = args.indexOf('--set');
  const only = setIdx !== -1 ? args[setIdx + 1] : undefined;
  let n = 0;
  for (const [set, files] of Object.entries(SETS)) {
    if (only && set !== only) continue;
    for (const file of files) {
      const path = join(FIXTURES, file);
      if (!existsSync(path)) {
        console.log(`${file.padEnd(34)} does not exist yet: skipped`);
        continue;
      }
      const items = JSON.parse(readFileSync(path, 'utf8')) as BlindQuestion[];
      let passed = 0;
      let deadEnds = 0;
      const byStyle = new Map<string, { pass: number; total: number }>();
      for (const item of items) {
        const text = blindReply(item, n++);
        const found = blindProblems(item, text);
        const style = byStyle.get(item.style ?? '-') ?? { pass: 0, total: 0 };
        style.total++;
        if (found.length === 0) {
          passed++;
          style.pass++;
        }
        byStyle.set(item.style ?? '-', style);
        if (isDeadEnd(text)) deadEnds++;
        if (verbose && found.length > 0) console.log(`${item.id} ${item.q}\n  ${found.join('; ')}`);
      }
      const pct = ((passed / items.length) * 100).toFixed(1);
      console.log(`${file.padEnd(34)} ${passed}/${items.length} (${pct} %), dead ends ${deadEnds}`);
      if (byStyle.size > 1)
        console.log(`  by style: ${[...byStyle].map(([k, v]) => `${k} ${v.pass}/${v.total}`).join(', ')}`);
    }
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
