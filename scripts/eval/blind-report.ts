import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleTurn } from '../../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput } from './question-suite.js';

/**
 * Scores the blind question sets (test/fixtures/blind-v2/, written from the guideline and the clinical reference
 * only, never from the code) through the pure turn core. A "mid-case" item carries its case inline as
 * "[case so far: ...] question": the case is opened with that text first, then the question is asked.
 * `npm run blind-report` (add --verbose for each failure). Not a test: the sets are scored, then fixed by class.
 */
type Expect = string | { anyOf: string[] };
interface BlindQuestion {
  id: string;
  q: string;
  context?: 'none' | 'mid-case';
  must: Expect[];
  mustNot: string[];
}

const DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'blind-v2');
const DEAD_END = ["didn't recognise", 'does not cover that', 'not covered by this pathway'];
const CASE_PREFIX = /^\[case so far: ([^\]]*)\]\s*/i;

function reply(item: BlindQuestion, n: number): string {
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

function problems(item: BlindQuestion, text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const e of item.must) {
    const options = typeof e === 'string' ? [e] : e.anyOf;
    if (!options.some((o) => lower.includes(o.toLowerCase()))) out.push(`missing ${JSON.stringify(options)}`);
  }
  for (const s of item.mustNot) if (lower.includes(s.toLowerCase())) out.push(`contains "${s}"`);
  return out;
}

const verbose = process.argv.includes('--verbose');
let n = 0;
for (const file of ['dosing-questions.json', 'guideline-questions.json']) {
  const items = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as BlindQuestion[];
  let passed = 0;
  let deadEnds = 0;
  for (const item of items) {
    const text = reply(item, n++);
    const found = problems(item, text);
    if (found.length === 0) passed++;
    if (DEAD_END.some((d) => text.toLowerCase().includes(d))) deadEnds++;
    if (verbose && found.length > 0) console.log(`${item.id} ${item.q}\n  ${found.join('; ')}`);
  }
  const pct = ((passed / items.length) * 100).toFixed(1);
  console.log(`${file.padEnd(26)} ${passed}/${items.length} (${pct} %), dead ends ${deadEnds}`);
}
