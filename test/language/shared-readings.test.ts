import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { extractCaseFacts } from '../../src/clinical/language/extract-case-facts.js';
import { factsFromHits } from '../../src/clinical/language/facts-from-hits.js';
import { watchReadings, withSharedReadings } from '../../src/clinical/language/shared-readings.js';
import { readSpoken } from '../../src/clinical/language/spoken-numbers.js';

/**
 * Issue 16: within one turn each text is read once, however many routes ask. The routes try their candidates in turn
 * and each asks for the same readings (normalised text, extraction, question shape, the calculator command); the
 * shared readings (src/clinical/language/shared-readings.ts) compute each once. Two independent counts: the readers
 * at the bottom (the spoken-number reading under every normalisation, and the fact reading of every extraction) are
 * spied on, and the shared readers report every reading they compute. A second reading of a text in one turn (a new
 * call that bypasses the sharing, or the same text read with another date) fails here.
 */
vi.mock('../../src/clinical/language/spoken-numbers.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/clinical/language/spoken-numbers.js')>();
  return { ...actual, readSpoken: vi.fn(actual.readSpoken) };
});
vi.mock('../../src/clinical/language/facts-from-hits.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/clinical/language/facts-from-hits.js')>();
  return { ...actual, factsFromHits: vi.fn(actual.factsFromHits) };
});

const START = Date.parse('2026-11-29T10:00:00.000Z');
let minute = 0;
const input = (text: string, conversationKey: string): TurnInput => ({
  kind: 'message',
  conversationKey,
  scope: 'personal',
  userId: 'u',
  text,
  activityId: `a-${++minute}`,
  receivedAt: new Date(START + minute * 60_000).toISOString(),
});

const ISO_TIME = /^\d{4}-\d\d-\d\dT/;

interface Reads {
  /** Texts the spoken-number reader read (every normalisation and quick-answer reading starts there). */
  spoken: string[];
  /** Normalised texts the extraction read facts from. */
  facts: string[];
  /** Every shared reading computed, as "reader(arguments but the date)". */
  shared: string[];
}

/** The readings one turn computed. */
function readsOf(run: () => void): Reads {
  vi.mocked(readSpoken).mockClear();
  vi.mocked(factsFromHits).mockClear();
  const shared: string[] = [];
  // the date is left out: reading the same text again with another date is a second reading of it
  const stop = watchReadings((reader, args) =>
    shared.push(`${reader}(${JSON.stringify(args.filter((a) => !(typeof a === 'string' && ISO_TIME.test(a))))})`),
  );
  try {
    run();
  } finally {
    stop();
  }
  return {
    spoken: vi.mocked(readSpoken).mock.calls.map(([text]) => text),
    facts: vi.mocked(factsFromHits).mock.calls.map(([, text]) => text),
    shared,
  };
}

const repeated = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

function expectEachReadOnce(turn: string, reads: Reads): void {
  expect(repeated(reads.spoken), `${turn}: a second spoken-number reading`).toEqual([]);
  expect(repeated(reads.facts), `${turn}: a second fact reading`).toEqual([]);
  expect(repeated(reads.shared), `${turn}: a second shared reading`).toEqual([]);
}

/** A conversation through the pure core, each turn's readings checked. */
function converse(key: string, texts: readonly string[]): Map<string, Reads> {
  const byTurn = new Map<string, Reads>();
  let state: unknown;
  for (const text of texts) {
    byTurn.set(
      text,
      readsOf(() => {
        state = handleTurn(state, input(text, key), { retentionDays: 30 }).state;
      }),
    );
  }
  return byTurn;
}

describe('each text is read once per turn', () => {
  const CASE =
    "58M, chronic LBP 9 months, naproxen 250 bid x 6 wks no relief, tingling down the left leg, no red flags, hasn't done PT";

  it.each([
    ['a case narrative, then answers and statements', [CASE, 'no', 'no leg symptoms', 'eGFR 65', 'did 6 weeks of PT']],
    [
      'questions and calculators mid-case',
      [
        CASE,
        'duloxetine dose?',
        'ODI 40',
        'STarT Back 7/9, psychosocial 4',
        'is saddle numbness a red flag?',
        'she wet herself last night, what do I do?',
        'should I refer him?',
        'plan',
      ],
    ],
    [
      'quick answers and a fragment with no case',
      ['tramadol dose with CrCl 25?', 'MME oxycodone 5 q6 + tramadol 50 bid', 'cauda equina signs', 'thanks!'],
    ],
    [
      // a quick question is read for case facts as typed (the walk-through's check) and in lower case (its own
      // rule-outs and stops): both at the turn's date, from the one normalised text, so its facts are read once
      'quick questions read as typed and in lower case',
      [
        'Pregabalin with CrCl 25',
        'Ultracet 2 tabs qid with Tylenol 2 tabs tid',
        'Pt on Phenelzine - duloxetine or tramadol?',
      ],
    ],
  ])('%s', (name, texts) => {
    for (const [text, reads] of converse(name, texts)) expectEachReadOnce(text, reads);
  });

  it('the turns do read through the shared readers (the check above is not vacuous)', () => {
    const reads = converse('k-shared', [CASE, 'no leg symptoms', 'ODI 40']);
    const readers = (text: string) => new Set(reads.get(text)!.shared.map((s) => s.slice(0, s.indexOf('('))));
    for (const [text, r] of reads) {
      expect(r.spoken.length, text).toBeGreaterThan(0);
      expect([...readers(text)], text).toEqual(expect.arrayContaining(['normalize', 'looksLikeQuestion']));
    }
    // a description and an answer to the pending question are read for facts, by several routes
    for (const text of [CASE, 'no leg symptoms']) {
      expect(reads.get(text)!.facts, text).toHaveLength(1);
      expect(readers(text), text).toContain('extractCaseFacts');
    }
    // the answer to the pending question, read by the answer route's match and by its reply
    expect(reads.get('no leg symptoms')!.shared.filter((s) => s.startsWith('answerToFact('))).toHaveLength(1);
    // the calculator command, asked by the walk-through routes, the calculator route and the case it joins; a
    // command is a question, so it is never read for case facts
    expect(reads.get('ODI 40')!.shared).toContain('runCalculatorCommand(["ODI 40"])');
    expect(reads.get('ODI 40')!.facts).toEqual([]);
  });
});

describe('shared readings last one turn', () => {
  beforeEach(() => {
    vi.mocked(factsFromHits).mockClear();
  });
  const AT = '2026-01-01T00:00:00.000Z';

  it('within a turn the same text is read once, and the same result is handed out', () => {
    withSharedReadings(() => {
      const a = extractCaseFacts('no leg pain, eGFR 40', AT);
      expect(extractCaseFacts('no leg pain, eGFR 40', AT)).toBe(a);
    });
    expect(factsFromHits).toHaveBeenCalledTimes(1);
  });

  it('outside a turn, and in the next turn, the text is read again', () => {
    extractCaseFacts('no leg pain, eGFR 40', AT);
    extractCaseFacts('no leg pain, eGFR 40', AT);
    withSharedReadings(() => extractCaseFacts('no leg pain, eGFR 40', AT));
    withSharedReadings(() => extractCaseFacts('no leg pain, eGFR 40', AT));
    expect(factsFromHits).toHaveBeenCalledTimes(4);
  });
});
