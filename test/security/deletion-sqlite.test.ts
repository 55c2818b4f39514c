import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TurnInput } from '../../dialogs/turn-types.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { TurnRunner } from '../../src/runtime/turn-runner.js';

/**
 * "Forget" must be deletion on disk: after the real turn path (pure core + runner + SqliteStorage on a file) has
 * stored a case and the clinician forgets it, neither the case's planted label nor the conversation id may be
 * found in the raw bytes of the database file, its -wal or its -shm, however SQLite has laid them out.
 */
// A case label (labels must be neutral words: src/language/identifiers.ts) found nowhere else in these files,
// and activity ids the record keeps to answer a retried activity once.
const PHRASE = 'zeta-golfer';
const PLANTED = 'ZEBRA-PLANTED-4711';
const CONV_ID = 'a:ZEBRACONV4711-q8x3Kp';
const KEY = `msteams/tenant-zebra-0001/${CONV_ID}`;
const OTHER_KEY = 'msteams/tenant-zebra-0001/a:otherconversation';
const DESCRIPTION = '45F LBP 5 months, ibuprofen 600 tid 8 wk no relief, no red flags';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bpp-deletion-'));
  dirs.push(dir);
  return join(dir, 'bot.sqlite');
}

/** Every place on disk SQLite keeps this database's bytes, and whether each needle occurs in any of them. */
function onDisk(path: string, needles: string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const hits = needles.filter(
      (n) => bytes.includes(Buffer.from(n, 'utf8')) || bytes.includes(Buffer.from(n.toUpperCase(), 'utf8')),
    );
    if (hits.length) found[file.slice(path.length) || '(db)'] = hits;
  }
  return found;
}

function driver(storage: SqliteStorage) {
  const runner = new TurnRunner(storage, { retentionDays: 30 });
  let clock = Date.now() - 60 * 60_000;
  let n = 0;
  return async (text: string, key = KEY) => {
    clock += 60_000;
    const input: TurnInput = {
      kind: 'message',
      conversationKey: key,
      scope: 'personal',
      userId: 'u-1',
      text,
      activityId: key === KEY ? `${PLANTED}-${n++}` : `act-${n++}`,
      receivedAt: new Date(clock).toISOString(),
    };
    const { output } = await runner.run(input);
    return output.messages.map((m) => m.text).join('\n');
  };
}

/** A case labelled with the phrase, with enough turns that its record has been rewritten several times. */
async function plantCase(say: ReturnType<typeof driver>, key = KEY): Promise<void> {
  await say(DESCRIPTION, key);
  expect(await say(`label ${PHRASE}`, key)).toMatch(new RegExp(`now case ${PHRASE}`, 'i'));
  await say('why', key);
  await say('plan', key);
}

describe('forget deletes on disk (sqlite)', () => {
  it('"forget all": the label, the activity ids and the conversation id are in no file of the database afterwards', async () => {
    const path = tempDb();
    const storage = new SqliteStorage(path);
    const say = driver(storage);
    await plantCase(say);
    await say(DESCRIPTION, OTHER_KEY); // another conversation's writes go on around it
    expect(await say('forget all')).toMatch(/Delete every case/);
    expect(await say('yes')).toMatch(/Deleted every case/);
    expect(await storage.read(KEY)).toBeUndefined();
    expect(await storage.read(OTHER_KEY)).toBeDefined();
    expect(onDisk(path, [PHRASE, PLANTED, CONV_ID])).toEqual({});
    await storage.close();
    expect(onDisk(path, [PHRASE, PLANTED, CONV_ID])).toEqual({});
  });

  it('"forget" of one case: its label is gone from every file, the other case is kept', async () => {
    const path = tempDb();
    const storage = new SqliteStorage(path);
    const say = driver(storage);
    await plantCase(say);
    await say('new case 62M chronic LBP 8 months, naproxen 500 bid 8 wk no relief, no red flags');
    expect(await say(`forget case ${PHRASE}`)).toMatch(/Delete case/);
    expect(await say('yes')).toMatch(new RegExp(`Deleted case ${PHRASE}`, 'i'));
    expect(await say('cases')).toMatch(/Case A/);
    expect(onDisk(path, [PHRASE, CONV_ID])).toEqual({});
    await storage.close();
    expect(onDisk(path, [PHRASE, CONV_ID])).toEqual({});
  });

  it('the retention purge of an expired record leaves no trace of it', async () => {
    const path = tempDb();
    const storage = new SqliteStorage(path);
    const say = driver(storage);
    await plantCase(say);
    expect(await storage.purgeBefore(new Date(Date.now() + 120_000))).toBe(1);
    expect(await storage.read(KEY)).toBeUndefined();
    expect(onDisk(path, [PHRASE, PLANTED, CONV_ID])).toEqual({});
    await storage.close();
    expect(onDisk(path, [PHRASE, PLANTED, CONV_ID])).toEqual({});
  });

  it('never stores the conversation id in clear, even while the case is kept', async () => {
    const path = tempDb();
    const storage = new SqliteStorage(path);
    const say = driver(storage);
    await plantCase(say);
    expect(onDisk(path, [CONV_ID])).toEqual({});
    // The planted strings are really there to be found while the case is kept.
    expect(
      Object.values(onDisk(path, [PHRASE, PLANTED]))
        .flat()
        .sort(),
    ).toEqual(expect.arrayContaining([PHRASE, PLANTED]));
    await storage.close();
    expect(onDisk(path, [CONV_ID])).toEqual({});
  });
});
