import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { conversationStateSchema, type ConversationState } from '../../dialogs/conversation-state.js';
import { handleTurn, parseState } from '../../dialogs/turn-core.js';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { TurnRunner, type TurnCore } from '../../src/runtime/turn-runner.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import type { StoragePort } from '../../src/storage/storage-port.js';
import { countingStorage } from '../helpers/counting-storage.js';
import { CASE_FOLLOW_UPS, NARRATIVES } from '../../scripts/bench-cases.js';

/**
 * The turn runner keeps the state it last wrote for the conversation's next turn (issue 16): while the store still
 * holds that version, the record is not read again and its unchanged cases are not parsed again; any other version
 * is read and checked whole. Replies and stored records are the same either way.
 */
const KEY = 'msteams/t/a:reuse';
const options = { retentionDays: 30 };
const start = Date.parse('2026-11-29T10:00:00Z');
let turnNo = 0;
const input = (text: string): TurnInput => ({
  kind: 'message',
  conversationKey: KEY,
  scope: 'personal',
  userId: 'u',
  text,
  activityId: `t-${++turnNo}`,
  receivedAt: new Date(start + turnNo * 60_000).toISOString(),
});
/** Six cases, one after another, each with its follow-ups; then turns on the older cases. */
const SIX_CASES = [
  ...NARRATIVES.flatMap((n) => ['new case', n, ...CASE_FOLLOW_UPS]),
  'cases',
  'switch to case B',
  'plan',
  'back',
];

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-reuse-'));
  dirs.push(dir);
  return join(dir, 'bot.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

/** handleTurn, recording what each turn was given and returned; the states it returns are frozen (never modified). */
function watchedCore() {
  const given: unknown[] = [];
  const returned: (ConversationState | null)[] = [];
  const core: TurnCore = (saved, turn, o) => {
    given.push(saved);
    const r = handleTurn(saved, turn, o);
    returned.push(deepFreeze(r.state));
    return r;
  };
  return { core, given, returned };
}

const replyOf = (r: { output: unknown }) => JSON.stringify(r.output);

/** The replies and stored records of `texts` through a runner on `storage` (no state kept when `keep` is 0). */
async function conversation(storage: StoragePort, texts: readonly string[], keep?: number) {
  turnNo = 0;
  const runner = new TurnRunner(storage, options, handleTurn, keep);
  const out: unknown[] = [];
  for (const text of texts) {
    const r = await runner.run(input(text));
    // the stored record as a value: a state this process made keeps its keys in the order it built them
    out.push(replyOf(r), (await storage.read(KEY))?.value);
  }
  return out;
}

describe('state reuse across turns', () => {
  it('hands the written state to the next turn without reading it again; unchanged cases are not parsed again', async () => {
    const { storage, counts } = countingStorage(new SqliteStorage(tempDb()));
    const { core, given, returned } = watchedCore();
    const runner = new TurnRunner(storage, options, core);
    turnNo = 0;
    for (const [i, text] of SIX_CASES.entries()) {
      expect((await runner.run(input(text))).outcome).toBe('ok');
      if (i === 0) continue;
      const before = returned[i - 1]!;
      expect(given[i]).toBe(before); // the state written last turn itself, not a copy read back
      // restore takes the cases parsed before as they are (the same objects): only a changed case is new
      const now = returned[i]!;
      expect(now.cases.filter((c) => !before.cases.includes(c)).length).toBeLessThanOrEqual(1);
    }
    expect(returned.at(-1)!.cases).toHaveLength(6);
    expect({ ...counts, write: undefined }).toEqual({
      write: undefined,
      read: 1,
      unchanged: SIX_CASES.length - 1,
      changed: 0,
    });
    await storage.close();
  });

  it('gives the same replies and stores the same records as reading every turn from the store', async () => {
    const kept = await conversation(new SqliteStorage(tempDb()), SIX_CASES);
    const readEachTurn = await conversation(new SqliteStorage(tempDb()), SIX_CASES, 0);
    expect(kept).toEqual(readEachTurn);
  });

  it('reads and checks the record whole when another instance wrote it (two processes on one SQLite file)', async () => {
    const path = tempDb();
    const a = countingStorage(new SqliteStorage(path));
    const b = new SqliteStorage(path);
    const watched = watchedCore();
    const runnerA = new TurnRunner(a.storage, options, watched.core);
    const runnerB = new TurnRunner(b, options);
    turnNo = 0;
    const texts = ['new case', NARRATIVES[0]!, ...CASE_FOLLOW_UPS];
    const replies: string[] = [];
    for (const [i, text] of texts.entries()) {
      const runner = i % 3 === 2 ? runnerB : runnerA; // every third turn on the other instance
      replies.push(replyOf(await runner.run(input(text))));
    }
    // A ran turns 0, 1, 3, 4 and 6; B wrote turns 2 and 5, so A's turns 3 and 6 read the record again (new
    // objects, parsed whole) and its turns 1 and 4 got the state it had written itself.
    const { given, returned } = watched;
    expect(given[1]).toBe(returned[0]);
    expect(given[3]).toBe(returned[2]);
    for (const k of [2, 4]) {
      expect(returned).not.toContain(given[k]);
      expect(Object.isFrozen(given[k])).toBe(false);
    }
    expect({ ...a.counts, write: undefined }).toEqual({ write: undefined, read: 1, unchanged: 2, changed: 2 });
    expect(replies).toEqual((await conversation(new SqliteStorage(tempDb()), texts, 0)).filter((_, i) => i % 2 === 0));
    await a.storage.close();
    await b.close();
  });

  it('answers a read-only look at the record (a pressed card shown after its turn) from the kept state', async () => {
    const path = tempDb();
    const a = countingStorage(new SqliteStorage(path));
    const b = new SqliteStorage(path);
    const watched = watchedCore();
    const runner = new TurnRunner(a.storage, options, watched.core);
    turnNo = 0;
    await runner.run(input('new case'));
    expect(await runner.stored(KEY)).toBe(watched.returned[0]);
    expect({ ...a.counts, write: undefined }).toEqual({ write: undefined, read: 1, unchanged: 1, changed: 0 });
    // written elsewhere: the record as stored now
    const other = await new TurnRunner(b, options).run(input('plan'));
    expect(other.outcome).toBe('ok');
    const now = (await runner.stored(KEY)) as ConversationState;
    expect(now).not.toBe(watched.returned[0]);
    expect(now).toEqual((await b.read(KEY))?.value);
    await a.storage.close();
    await b.close();
  });

  it('keeps the states of a bounded number of conversations, the least recently used dropped first', async () => {
    const { storage, counts } = countingStorage(new SqliteStorage(tempDb()));
    const runner = new TurnRunner(storage, options, handleTurn, 3);
    const turn = (conv: number, text = 'help') => runner.run({ ...input(text), conversationKey: `${KEY}-${conv}` });
    for (let conv = 0; conv < 5; conv++) await turn(conv);
    expect(runner.keptStates).toBe(3);
    expect(counts.read).toBe(5);
    await turn(4); // kept
    expect({ ...counts, write: undefined }).toEqual({ write: undefined, read: 5, unchanged: 1, changed: 0 });
    await turn(0); // dropped: read again
    expect({ ...counts, write: undefined }).toEqual({ write: undefined, read: 6, unchanged: 1, changed: 0 });
    expect(runner.keptStates).toBe(3);
    await storage.close();
  });

  it('still starts afresh when a kept state has passed the retention period', async () => {
    const storage = new SqliteStorage(tempDb());
    const runner = new TurnRunner(storage, options);
    turnNo = 0;
    await runner.run(input('new case'));
    const late = { ...input('plan'), receivedAt: new Date(start + 31 * 86_400_000).toISOString() };
    const r = await runner.run(late);
    expect(r.output.messages[0]?.text).toMatch(/deleted after 30 days without changes/);
    await storage.close();
  });

  it('restores with the same limits as the conversation schema (cases parsed once or not)', () => {
    turnNo = 0;
    let state: ConversationState | null = null;
    for (const text of SIX_CASES) state = handleTurn(state, input(text), options).state;
    const record = JSON.parse(JSON.stringify(state)) as ConversationState;
    const variants: unknown[] = [
      record,
      { ...record, cases: [...record.cases, { ...record.cases[0]!, label: 'G' }] }, // seven cases
      { ...record, cases: [{ ...record.cases[0]!, label: 'not a label!' }] },
      { ...record, processed: Array.from({ length: 21 }, (_, i) => `id-${i}`) },
      { ...record, cases: undefined, reminders: undefined },
      { ...record, v: 2 },
    ];
    const asParsed = (r: { success: boolean; data?: unknown }) => (r.success ? r.data : undefined);
    for (const v of variants) {
      const full = asParsed(conversationStateSchema.safeParse(structuredClone(v)));
      expect(JSON.stringify(parseState(structuredClone(v)))).toBe(JSON.stringify(full));
    }
    // A state whose cases were parsed before: the same result, with those case objects taken as they are.
    const parsed = parseState(structuredClone(record))!;
    const again = parseState({ ...parsed })!;
    expect(again.cases.every((c, i) => c === parsed.cases[i])).toBe(true);
    expect(JSON.stringify(again)).toBe(JSON.stringify(conversationStateSchema.parse(record)));
    expect(parseState({ ...parsed, cases: [...parsed.cases, parsed.cases[0]] })).toBeUndefined();
  });
});
