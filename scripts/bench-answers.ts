/**
 * Answers benchmark (npm run bench:answers): median and p99 time per quick answer through the pure handleTurn (no
 * I/O), over every question of the question suite. Target: median under 2 ms.
 */
import { handleTurn } from '../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput, loadQuestions } from './eval/question-suite.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const questions = loadQuestions();

function round(): number[] {
  return questions.map((q, i) => {
    const input = coreInput(q.q, i);
    const t0 = performance.now();
    handleTurn(undefined, input, CORE_OPTIONS);
    return performance.now() - t0;
  });
}

function report(label: string, samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  console.log(
    `${label}: ${sorted.length} turns, median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${sorted.at(-1)!.toFixed(3)} ms`,
  );
  return at(0.5);
}

// Load the modules (the minisearch index is built once at load) with one unrelated turn.
handleTurn(undefined, coreInput('help'), CORE_OPTIONS);
// First pass: every question once, before the language layer's per-word fuzzy cache has seen its words.
report('first pass (cold word cache)', round());
const warm: number[] = [];
for (let r = 0; r < ROUNDS; r++) warm.push(...round());
const median = report(`steady state (${questions.length} questions x ${ROUNDS})`, warm);
console.log('target: median < 2 ms');
process.exitCode = median < 2 ? 0 : 1;
