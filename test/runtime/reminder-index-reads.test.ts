import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../dialogs/turn-core.js';
import {
  REMINDER_INDEX_KEY,
  ReminderIndex,
  ReminderIndexingStorage,
  withTurnReference,
} from '../../src/runtime/reminders.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { countingStorage } from '../helpers/counting-storage.js';

/** Issue 16: a turn of a conversation holding a reminder checks its index entry without reading the index whole. */
const REF = {
  serviceUrl: 'https://smba.invalid/teams/',
  channelId: 'msteams',
  conversationId: 'a:1',
  botId: '28:bot',
};

describe('the reminder index as this process last read it', () => {
  it('is not read whole again while its eTag is unchanged; an unchanged entry is not written', async () => {
    const memory = new MemoryStorage();
    const { storage, counts } = countingStorage(memory);
    const index = new ReminderIndex(storage, Date.now);
    await index.put('conv-1', '2026-12-01T09:00:00.000Z', REF);
    expect(counts).toEqual({ read: 1, unchanged: 0, changed: 0, write: 1 });
    await index.put('conv-1', '2026-12-01T09:00:00.000Z', REF); // reads what it wrote, once
    await index.put('conv-1', '2026-12-01T09:00:00.000Z', undefined);
    await index.put('conv-1', '2026-12-01T09:00:00.000Z', REF);
    expect(counts).toEqual({ read: 2, unchanged: 2, changed: 0, write: 1 });
    // another instance changes the index: read again, and its entry is kept
    const other = await memory.read(REMINDER_INDEX_KEY);
    const value = other!.value as { v: 1; touchedAt: string; entries: unknown[] };
    await memory.write(
      REMINDER_INDEX_KEY,
      { ...value, entries: [...value.entries, { key: 'conv-2', dueAt: '2026-12-02T09:00:00.000Z' }] },
      other!.eTag,
    );
    expect((await index.entries()).map((e) => e.key)).toEqual(['conv-1', 'conv-2']);
    expect(counts).toEqual({ read: 2, unchanged: 2, changed: 1, write: 1 });
  });

  it("works out the turn's reference only when asked, once", async () => {
    let made = 0;
    const reference = () => {
      made++;
      return REF;
    };
    await withTurnReference(reference, async () => undefined);
    expect(made).toBe(0);
    // a turn whose record holds a reminder: the reference goes into the index, worked out once for both writes
    const memory = new MemoryStorage();
    const index = new ReminderIndex(memory, Date.now);
    const store = new ReminderIndexingStorage(memory, index, { warn() {} });
    const turn = (text: string, i: number, saved: unknown) =>
      handleTurn(
        saved,
        {
          kind: 'message',
          conversationKey: 'conv-1',
          scope: 'personal',
          userId: 'u',
          text,
          activityId: `r-${i}`,
          receivedAt: '2026-11-29T10:00:00.000Z',
        },
        { retentionDays: 30 },
      ).state;
    const opened = turn('58M, chronic LBP 9 months, naproxen 500 bid x 6 wks no relief, no red flags', 0, undefined);
    const reminded = turn('remind me in 4 weeks', 1, opened);
    expect(reminded?.reminders).toHaveLength(1);
    await withTurnReference(reference, async () => {
      const eTag = await store.write('conv-1', reminded, null);
      await store.write('conv-1', turn('plan', 2, reminded), eTag);
    });
    expect(made).toBe(1);
    expect(await index.entries()).toEqual([{ key: 'conv-1', dueAt: expect.any(String), ref: REF }]);
  });
});
