import { beforeAll, describe, expect, it } from 'vitest';
import { factKeySchema, type FactKey } from '../../src/clinical/case/case-facts.js';
import type { ConversationState } from '../../dialogs/conversation-state.js';
import { handleTurn } from '../../dialogs/turn-core.js';
import { MAX_TEXT_CHARS, type TurnInput } from '../../dialogs/turn-types.js';

/**
 * The whole pure core (handleTurn: routing, extraction, answers, walk-through) on messages built to make a regular
 * expression backtrack, at the largest size the core reads (MAX_TEXT_CHARS; a card's text is capped at 500 by its
 * schema). Each input is sent as a new message, as a statement to an open case, as the typed answer to every
 * question the walk-through can have pending, and as a card answer to each. No turn may take 20 ms or more.
 *
 * Before the regex fixes the 34-digit message below froze the server for minutes (each extra digit doubled it) and
 * 20,000 dots or semicolons cost about a second each.
 */
const BUDGET_MS = 20;
const CARD_TEXT_MAX = 500;
const NOW = Date.parse('2026-11-29T10:00:00.000Z');
const CASE = '58M, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no red flags';
/** The message of the first finding: 34 digits and a stray letter between two drug names. */
const FINDING_1 = 'duloxetine 1111111111111111111111111111111111z naproxen';

/** `unit` repeated to exactly `n` characters. */
const fill = (unit: string, n = MAX_TEXT_CHARS): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** `head` + a run of `unit` + `tail`, `MAX_TEXT_CHARS` long in all. */
const between = (head: string, unit: string, tail: string): string =>
  head + fill(unit, MAX_TEXT_CHARS - head.length - tail.length) + tail;

const PUNCTUATION = ['.', '!', '?', ';', ',', '/', '-', ':', '|', '+', '&', '%', '(', ')', '"', "'"];
const INPUTS: [string, string][] = [
  ['finding 1 (34 digits and a letter between drugs)', FINDING_1],
  ['digits between drug names', between('duloxetine ', '1', ' naproxen')],
  ['digits and a stray letter between drug names', between('duloxetine ', '1', 'z naproxen')],
  ['decimal digits between drug names', between('duloxetine ', '1.1', 'z naproxen')],
  ['digit-space runs between drug names', between('duloxetine ', '1 ', 'z naproxen')],
  ['digits then percent-less text', between('oswestry ', '1', ' x')],
  ...PUNCTUATION.flatMap((p): [string, string][] => [
    [`run of "${p}"`, fill(p)],
    [`run of "${p}" after a drug, before a letter`, between('naproxen ', p, 'x')],
    [`"${p} " repeated`, fill(`${p} `)],
  ]),
  ['spaces between words', between('naproxen', ' ', 'x')],
  ['tabs between words', between('failed', '\t', 'x')],
  ['line breaks between words', between('plan', '\n', 'x')],
  ['line break then spaces, repeated', fill('\n \n plan ')],
  ['no-break spaces', between('gfr', '\u00a0', 'x')],
  ['repeated drug list', fill('duloxetine, naproxen, ')],
  ['repeated drug list with doses', fill('duloxetine 60 mg and naproxen 500 bid, ')],
  ['repeated dose fragments', fill('10 mg ')],
  ['repeated numbers and units', fill('10 mg 2 wks q6h ')],
  ['repeated negations', fill('no ')],
  ['repeated question words', fill('what is ')],
  ['repeated "failed" and spaces', fill('failed    ')],
  ['repeated "gfr" and spaces', fill('gfr    ')],
  ['repeated "(none"', fill('(n')],
  ['combining marks', fill('e\u0301\u0323')],
  ['emoji', fill('\u{1F600}\u{1F9B4}')],
  ['right-to-left text', fill('\u0645\u0631\u062d\u0628\u0627 \u200f')],
  ['nested brackets', fill('(', MAX_TEXT_CHARS / 2) + fill(')', MAX_TEXT_CHARS / 2)],
  ['nested square and curly brackets', fill('[{', MAX_TEXT_CHARS / 2) + fill('}]', MAX_TEXT_CHARS / 2)],
  ['case narrative repeated', fill(`${CASE}. `)],
];

const input = (text: string, over: Partial<TurnInput> = {}): TurnInput => ({
  kind: 'message',
  conversationKey: 'msteams/t/worst-case',
  scope: 'personal',
  userId: 'u-1',
  text,
  receivedAt: new Date(NOW).toISOString(),
  ...over,
});
const options = { retentionDays: 30 };

/** A conversation with case A open, asking `pending` (or nothing). */
function caseState(pending: FactKey | undefined): ConversationState {
  const opened = handleTurn(undefined, input(CASE, { receivedAt: new Date(NOW - 60_000).toISOString() }), options)
    .state as ConversationState;
  expect(opened.cases).toHaveLength(1);
  const [record] = opened.cases;
  return { ...opened, cases: [{ ...record!, pendingQuestion: pending }] };
}

let clock = NOW;
/** CPU time of this thread in ms: a turn's own work, not the time the scheduler gave other processes. */
const threadMs = (): number => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/**
 * The fastest of three runs of one turn, in ms of this thread's CPU time (of up to twenty while it is over budget): the
 * bound is on the work, not on the machine's other load (the suite runs test files in parallel on two cores), and a
 * turn that is really slow is slow every time. Each run has its own receivedAt:
 * the walk-through keeps the last extraction for the same text and time, which would make a repeated turn free.
 */
function turnMs(saved: unknown, turn: TurnInput): number {
  let best = Infinity;
  for (let i = 0; i < 3 || (i < 20 && best >= BUDGET_MS); i++) {
    clock += 1000;
    const fresh = { ...turn, receivedAt: new Date(clock).toISOString() };
    // Garbage left by earlier turns is collected first, so a major collection it triggers is not charged here.
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = threadMs();
    const r = handleTurn(saved, fresh, options);
    best = Math.min(best, threadMs() - t0);
    expect(r.output.messages.length).toBeGreaterThan(0);
  }
  return best;
}

function expectAllFast(times: [string, number][]): void {
  if (process.env.WORST_CASE_TIMES)
    for (const [what, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 5))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${what}`);
  const slow = times.filter(([, ms]) => ms >= BUDGET_MS).map(([what, ms]) => `${what}: ${ms.toFixed(1)} ms`);
  expect(slow, `turns at or over ${BUDGET_MS} ms`).toEqual([]);
}

// The bound under test is each turn's time; a test runs a few hundred such turns (5-12 s on an idle 2-core machine),
// so its own timeout is generous: a loaded machine must not fail it on the total.
describe(`worst-case inputs through the core: every turn under ${BUDGET_MS} ms`, { timeout: 120_000 }, () => {
  beforeAll(() => {
    // Compile the core's code paths first, so the first timed turn measures the work rather than the JIT.
    for (const pending of [undefined, 'nsaidTrial'] as const)
      for (const [, text] of INPUTS.slice(0, 8)) handleTurn(caseState(pending), input(text), options);
  });

  it('each input is at the message size limit (or is the finding itself)', () => {
    for (const [what, text] of INPUTS) if (text !== FINDING_1) expect(text.length, what).toBe(MAX_TEXT_CHARS);
  });

  it(`finding 1, "${FINDING_1}", as a new message and with a case open`, () => {
    expect(FINDING_1).toHaveLength(55);
    expectAllFast([
      ['new message', turnMs(undefined, input(FINDING_1))],
      ['statement to an open case', turnMs(caseState(undefined), input(FINDING_1))],
      ['typed answer to nsaidTrial', turnMs(caseState('nsaidTrial'), input(FINDING_1))],
      [
        'card answer to nsaidTrial',
        turnMs(
          caseState('nsaidTrial'),
          input('', { value: { command: 'answer', case: 'A', key: 'nsaidTrial', text: FINDING_1 } }),
        ),
      ],
    ]);
  });

  it('as a new message', () => {
    expectAllFast(INPUTS.map(([what, text]) => [what, turnMs(undefined, input(text))]));
  });

  it('as a statement with a case open', () => {
    const state = caseState(undefined);
    expectAllFast(INPUTS.map(([what, text]) => [what, turnMs(state, input(text))]));
  });

  for (const key of factKeySchema.options) {
    it(`as the typed answer and the card answer to a pending ${key} question`, () => {
      const state = caseState(key);
      const card = (text: string) => ({ command: 'answer', case: 'A', key, text: text.slice(0, CARD_TEXT_MAX) });
      expectAllFast(
        INPUTS.flatMap(([what, text]): [string, number][] => [
          [`typed: ${what}`, turnMs(state, input(text))],
          [`card: ${what}`, turnMs(state, input('', { value: card(text) }))],
        ]),
      );
      // The bound is each turn's CPU time (above); the wall time of dozens of full-size turns with a full GC before
      // each one grows with the machine's other load, so it gets room beyond vitest's default.
    }, 60_000);
  }

  it('as a button that says the text (card text limit)', () => {
    expectAllFast(
      INPUTS.map(([what, text]) => [
        what,
        turnMs(undefined, input('', { value: { command: 'say', text: text.slice(0, CARD_TEXT_MAX) } })),
      ]),
    );
  });
});
