import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseState } from '../../dialogs/turn-core.js';
import { converse } from '../helpers/conversation.js';
import { CASE_FOLLOW_UPS, NARRATIVES } from '../../scripts/bench-cases.js';

/**
 * A state the core returned is handed back to the next turn as it is (dialogs/turn-core.ts parseState: not
 * checked against the schema again). That is only sound if every such state is one the schema would give back
 * unchanged, and if the replies do not depend on whether the state was kept or read back from the store (where its
 * keys come back in schema order). Checked over the case corpus with the follow-ups the output digest uses.
 */
const FIXTURES = new URL('../fixtures/cases/', import.meta.url);
const caseFiles = (dir: URL) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => new URL(f, dir));
const corpus: string[][] = [
  ...NARRATIVES.map((n) => [n, ...CASE_FOLLOW_UPS]),
  ['new case', NARRATIVES[0]!, 'new case', NARRATIVES[4]!, 'switch to case A', 'plan', 'forget case B', 'cases'],
  // a reader sets psychosocial factors in the order the text names them; the schema has its own order
  ['62F, chronic LBP 2 yrs, anxious and low mood (depression), naproxen 500 bd 8 wks failed, RF neg', 'plan'],
  ...[...caseFiles(FIXTURES), ...caseFiles(new URL('held-out/', FIXTURES))].flatMap((f) =>
    (JSON.parse(readFileSync(f, 'utf8')) as { cases: { text: string }[] }).cases.map((c) => [
      c.text,
      ...CASE_FOLLOW_UPS,
      'why',
      'note',
      'back',
      'skip',
    ]),
  ),
];

/** The conversation's outputs and the states it returned, each turn given the last state as returned or read back. */
const run = (turns: readonly string[], key: string, readBack: boolean) => converse(turns, { key, readBack });

/** About 2,500 turns: 10-20 s alone, longer beside other test files on a loaded 2-core machine. */
const CORPUS_TIMEOUT = 180_000;

describe('states the core returns', () => {
  it('are taken as they are when handed back, and a copy read from the store is parsed', () => {
    const { states } = run(corpus[0]!, 'made:identity', false);
    const last = states.at(-1)!;
    expect(parseState(last)).toBe(last);
    const copy = JSON.parse(JSON.stringify(last));
    expect(parseState(copy)).not.toBe(copy);
    expect(parseState({ ...copy, v: 'x' })).toBeUndefined();
  });

  it(
    `read back from JSON to the same state, over ${corpus.length} corpus conversations`,
    () => {
      let checked = 0;
      for (const [n, turns] of corpus.entries()) {
        for (const state of run(turns, `made:${n}`, false).states) {
          if (state === null) continue;
          expect(parseState(JSON.parse(JSON.stringify(state)))).toEqual(state);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(corpus.length * 5);
    },
    CORPUS_TIMEOUT,
  );

  it(
    'give the same replies whether kept in the process or read back from the store',
    () => {
      for (const [n, turns] of corpus.entries()) {
        const kept = run(turns, `made:${n}`, false);
        const readBack = run(turns, `made:${n}`, true);
        expect(kept.outputs, turns[0]!.slice(0, 60)).toEqual(readBack.outputs);
      }
    },
    CORPUS_TIMEOUT,
  );
});
