import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_PER_DAY,
  feedbackKey,
  FeedbackStore,
  groupFeedback,
  type FeedbackRecord,
} from '../../src/storage/feedback-store.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';
import { StorageConflictError, type StoragePort } from '../../src/storage/storage-port.js';

/** The feedback store: one record per day through the storage port, re-read on a conflict, bounded, purged. */
const report = (over: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  route: 'answers.drug',
  ids: ['label.duloxetine'],
  contentVersion: '2026.12.06-4',
  rating: 'problem',
  reason: 'too-long',
  at: '2026-03-02T10:00:00.000Z',
  scope: 'personal',
  ...over,
});

describe('FeedbackStore', () => {
  it('keeps the reports of a day in one record and lists the days asked for', async () => {
    const store = new FeedbackStore(new MemoryStorage());
    await store.record(report());
    await store.record(report({ at: '2026-03-02T23:59:00.000Z', rating: 'helpful', reason: undefined }));
    await store.record(report({ at: '2026-03-03T00:01:00.000Z' }));
    expect(await store.list(new Date('2026-03-02T12:00:00Z'), 1)).toHaveLength(2);
    expect(await store.list(new Date('2026-03-03T12:00:00Z'), 2)).toHaveLength(3);
    expect(await store.list(new Date('2026-03-04T12:00:00Z'), 1)).toHaveLength(0);
  });

  it('another instance writing in between: re-reads and keeps both reports', async () => {
    const memory = new MemoryStorage();
    let raced = false;
    const racing: StoragePort = Object.create(memory);
    racing.write = async (key, value, ifMatch) => {
      if (!raced) {
        raced = true;
        await new FeedbackStore(memory).record(report({ reason: 'other' }));
      }
      return memory.write(key, value, ifMatch);
    };
    await new FeedbackStore(racing).record(report());
    const all = await new FeedbackStore(memory).list(new Date('2026-03-02T12:00:00Z'), 1);
    expect(all.map((r) => r.reason).sort()).toEqual(['other', 'too-long']);
  });

  it('gives up after repeated conflicts, and refuses a full day', async () => {
    const failing: Pick<StoragePort, 'read' | 'write'> = {
      read: async () => undefined,
      write: async (key) => {
        throw new StorageConflictError(key);
      },
    };
    await expect(new FeedbackStore(failing).record(report())).rejects.toBeInstanceOf(StorageConflictError);
    const memory = new MemoryStorage();
    await memory.write(
      feedbackKey('2026-03-02'),
      { v: 1, reports: Array.from({ length: FEEDBACK_PER_DAY }, () => report()) },
      null,
    );
    expect(await new FeedbackStore(memory).record(report())).toBe(false);
  });

  it('rejects a record with fields outside the schema (no free text)', async () => {
    const store = new FeedbackStore(new MemoryStorage());
    await expect(store.record({ ...report(), question: 'x' } as FeedbackRecord)).resolves.toBe(true);
    const [stored] = await store.list(new Date('2026-03-02T12:00:00Z'), 1);
    expect(Object.keys(stored!)).not.toContain('question');
    await expect(store.record(report({ route: '' }))).rejects.toThrow();
  });

  it('is purged with the other records after the retention period', async () => {
    const memory = new MemoryStorage();
    await new FeedbackStore(memory).record(report());
    await memory.purgeBefore(new Date(Date.now() + 1_000));
    expect(await memory.read(feedbackKey('2026-03-02'))).toBeUndefined();
  });

  it('groups by route and reason, counting cited ids', () => {
    const groups = groupFeedback([
      report(),
      report({ ids: ['label.duloxetine', 'escalation.duloxetine'] }),
      report({ rating: 'helpful', reason: undefined }),
      report({ route: 'walkthrough-plan', reason: 'other', ids: [] }),
    ]);
    expect(groups.map((g) => [g.route, g.reason, g.count])).toEqual([
      ['answers.drug', 'too-long', 2],
      ['answers.drug', 'helpful', 1],
      ['walkthrough-plan', 'other', 1],
    ]);
    expect(groups[0]!.ids[0]).toEqual({ id: 'label.duloxetine', count: 2 });
  });
});
