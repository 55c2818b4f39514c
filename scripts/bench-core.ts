/**
 * Turn-core benchmark (npm run bench:core): median and p99 time per walk-through turn, and per 1,000-character
 * narrative, through the pure handleTurn (no I/O). Targets: under 5 ms and under 2 ms median.
 */
import { handleTurn } from '../dialogs/turn-core.js';
import type { TurnInput } from '../dialogs/turn-types.js';
import { NARRATIVES, caseConversation } from './bench-cases.js';

const WALK = [
  "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT",
  'no',
  'not sure',
  'why',
  'duloxetine dose?',
  'skip',
  'plan',
  '4 weeks later, duloxetine 60 mg, pain unchanged, ODI 48',
  'back',
  'note',
  '8 weeks later, still no improvement, she did 8 weeks of PT',
  'cases',
];

const NARRATIVE_BASE =
  '62 yo F with chronic low back pain for about 14 months, no red flags (denies saddle anesthesia, bladder or bowel change, fever, weight loss, trauma). ' +
  'Tried naproxen 250 mg bid for 6 wks with minimal relief, then ibuprofen 600 tid x 4 weeks, stopped for dyspepsia. Acetaminophen 1 g tid prn, no real help. ' +
  'Intermittent tingling down the left leg to the foot, ?radicular, no weakness. No prior MRI. Did 6 weeks of PT last spring, partial benefit; no CBT, no acupuncture. ' +
  'eGFR 72, no CKD, no GI bleed history, on no anticoagulants. Mild depression, catastrophizing on review. STarT Back 6, psychosocial 4. ODI 44%. ';
const NARRATIVE = (NARRATIVE_BASE + NARRATIVE_BASE).slice(0, 1_000);

const options = { retentionDays: 30 };
let seq = 0;
const input = (text: string, key: string): TurnInput => ({
  kind: 'message',
  conversationKey: key,
  scope: 'personal',
  userId: 'bench',
  text,
  activityId: `b-${seq++}`,
  receivedAt: new Date(Date.parse('2026-11-29T10:00:00Z') + seq * 60_000).toISOString(),
});

function stats(samples: number[]): { median: number; p99: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99), n: sorted.length };
}

function walkthroughTurns(rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let state: unknown;
    for (const text of WALK) {
      const t0 = performance.now();
      state = handleTurn(state, input(text, `bench-${r}`), options).state;
      samples.push(performance.now() - t0);
    }
  }
  return samples;
}

function narratives(rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    handleTurn(undefined, input(NARRATIVE, `narr-${r}`), options);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** The HTTP benchmark's case conversations, one case per conversation: µs per turn, by turn (mean over rounds). */
function caseTurns(rounds: number): number[][] {
  const byTurn = caseConversation(NARRATIVES[0]!).map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    for (const [n, narrative] of NARRATIVES.entries()) {
      let state: unknown;
      for (const [i, text] of caseConversation(narrative).entries()) {
        const t0 = performance.now();
        state = handleTurn(state, input(text, `case-${r}-${n}`), options).state;
        byTurn[i]!.push((performance.now() - t0) * 1000);
      }
    }
  }
  return byTurn;
}

caseTurns(30);
const cases = caseTurns(Number(process.env.BENCH_CASE_ROUNDS ?? 200));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const turnNames = ['narrative', ...caseConversation('').slice(1)];
console.log('case conversation, mean µs per turn through handleTurn:');
for (const [i, xs] of cases.entries()) console.log(`  ${turnNames[i]!.padEnd(28)} ${mean(xs).toFixed(0).padStart(6)}`);
console.log(`  ${'all turns'.padEnd(28)} ${mean(cases.flat()).toFixed(0).padStart(6)}`);
if (process.env.BENCH_CASES_ONLY) process.exit(0);
walkthroughTurns(30);
narratives(100);
const turn = stats(walkthroughTurns(200));
const narr = stats(narratives(1_000));
const fmt = (s: { median: number; p99: number; n: number }) =>
  `median ${s.median.toFixed(3)} ms, p99 ${s.p99.toFixed(3)} ms (n=${s.n})`;
console.log(`walk-through turn:            ${fmt(turn)}  target: median < 5 ms`);
console.log(
  `1,000-character narrative:    ${fmt(narr)}  target: median < 2 ms (narrative is ${NARRATIVE.length} chars)`,
);
process.exitCode = turn.median < 5 && narr.median < 2 ? 0 : 1;
