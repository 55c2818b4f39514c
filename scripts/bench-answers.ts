/**
 * Answers benchmark (npm run bench:answers): median and p99 time per quick answer through the pure handleTurn (no
 * I/O), over every question of the question suite. Target: median under 2 ms.
 */
import { handleTurn } from '../dialogs/turn-core.js';
import { CORE_OPTIONS, coreInput, loadQuestions } from '../test/answers/question-suite-runner.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const questions = loadQuestions();

// Warm-up: module load (the minisearch index is built once) and JIT.
for (const q of questions) handleTurn(undefined, coreInput(q.q), CORE_OPTIONS);

const samples: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  questions.forEach((q, i) => {
    const input = coreInput(q.q, i);
    const t0 = performance.now();
    handleTurn(undefined, input, CORE_OPTIONS);
    samples.push(performance.now() - t0);
  });
}
samples.sort((a, b) => a - b);
const at = (p: number): number => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
const median = at(0.5);
console.log(`answers in the turn core: ${samples.length} turns (${questions.length} questions x ${ROUNDS})`);
console.log(`median ${median.toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${samples.at(-1)!.toFixed(3)} ms (target: median < 2 ms)`);
process.exitCode = median < 2 ? 0 : 1;
