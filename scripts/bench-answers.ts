/**
 * Answers benchmark (npm run bench:answers): median and p99 time per quick answer through the pure handleTurn (no
 * I/O), over every question of the question suite. Target: median under 2 ms.
 *
 * BENCH_VARIED=1 instead runs the `npm run bench` varied list (scripts/bench-cases.ts: questions never answered
 * from the stateless-answer cache), each in a fresh conversation, and prints the mean CPU µs per question over
 * BENCH_ROUNDS rounds, and the median and best rounds' means (the figures least disturbed by other work on a shared
 * machine).
 */
import { handleTurn } from '../dialogs/turn-core.js';
import { VARIED } from './bench-cases.js';
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

function variedMode(): void {
  /** One pass over the list: the mean CPU µs per question (the process's CPU time, GC threads too; not wall time). */
  const pass = (): number => {
    const t0 = process.cpuUsage();
    for (const [i, text] of VARIED.entries()) handleTurn(undefined, coreInput(text, i), CORE_OPTIONS);
    const used = process.cpuUsage(t0);
    return (used.user + used.system) / VARIED.length;
  };
  // Warm up: load the modules, fill the per-word caches and let the JIT settle.
  for (let r = 0; r < 5; r++) pass();
  const means = Array.from({ length: ROUNDS }, pass).sort((a, b) => a - b);
  const mean = means.reduce((a, b) => a + b, 0) / means.length;
  const median = means[Math.floor(means.length / 2)]!;
  console.log(
    `varied: ${VARIED.length} questions x ${ROUNDS} rounds, mean ${mean.toFixed(0)} µs/question, median round ${median.toFixed(0)} µs, best round ${means[0]!.toFixed(0)} µs`,
  );
}

if (process.env.BENCH_VARIED === '1') {
  variedMode();
  process.exit(0);
}

// Load the modules with one unrelated turn (the retrieval index is built by the first question that searches).
handleTurn(undefined, coreInput('help'), CORE_OPTIONS);
// First pass: every question once, before the language layer's per-word fuzzy cache has seen its words.
report('first pass (cold word cache)', round());
const warm: number[] = [];
for (let r = 0; r < ROUNDS; r++) warm.push(...round());
const median = report(`steady state (${questions.length} questions x ${ROUNDS})`, warm);
console.log('target: median < 2 ms');
process.exitCode = median < 2 ? 0 : 1;
