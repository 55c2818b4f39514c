import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { conversationStateSchema, type ConversationState } from '../../dialogs/conversation-state.js';
import { parseState } from '../../dialogs/turn-core.js';
import type { TurnOutput } from '../../dialogs/turn-types.js';
import {
  claimReminders,
  dueReminders,
  keepForReminders,
  nextDueAt,
  reminderOutput,
  settleReminders,
} from '../../dialogs/walkthrough/reminders.js';
import { conversationHash, safeError, type Logger } from './logger.js';
import { StorageConflictError, type StoragePort, type StoredItem, type WriteOptions } from '../storage/storage-port.js';

/**
 * Follow-up reminders (issue 15), the I/O part: an index of the conversations holding reminders, kept in the same
 * store as the conversations, and a scheduler that every minute claims the due ones (with the conversation record's
 * eTag, so one instance of several sends each), posts them, and settles them. The pure part (what a reminder is,
 * says, and how claiming changes the record) is dialogs/walkthrough/reminders.ts; the Teams part src/teams/proactive.ts.
 */

/**
 * What a proactive post needs and no more (no user names or ids): stored in the index while a reminder is pending,
 * dropped once the conversation holds none.
 */
export const storedReferenceSchema = z.object({
  serviceUrl: z.string().url().max(512),
  channelId: z.string().min(1).max(64),
  conversationId: z.string().min(1).max(300),
  conversationType: z.string().max(32).optional(),
  tenantId: z.string().max(128).optional(),
  botId: z.string().min(1).max(512),
});
export type StoredReference = z.infer<typeof storedReferenceSchema>;

/** Sends one reminder: 'refused' when it can never be delivered there (anonymous mode, a remote serviceUrl). */
export type SendReminder = (reference: StoredReference, output: TurnOutput) => Promise<'sent' | 'refused'>;

/** The index's key: not of the `channel/tenant/conversation` form, so never a conversation's. */
export const REMINDER_INDEX_KEY = 'reminders:index:v1';

const indexEntrySchema = z.object({
  key: z.string().min(1).max(512),
  /** The conversation's earliest pending reminder (the record is the truth; this only says when to look). */
  dueAt: z.string().datetime(),
  ref: storedReferenceSchema.optional(),
});
const indexSchema = z.object({
  v: z.literal(1),
  touchedAt: z.string().datetime(),
  entries: z.array(indexEntrySchema).max(100_000),
});
type ReminderIndexValue = z.infer<typeof indexSchema>;
type IndexEntry = z.infer<typeof indexEntrySchema>;

/** How to get the reference of the activity being handled (set by src/host/server.ts around each request). */
const turnReference = new AsyncLocalStorage<() => StoredReference | undefined>();

/**
 * Runs `task` with the reference of the activity it handles, for the index to store when a reminder is set. The
 * reference is worked out (and checked) only when a turn writes a record holding a reminder, once per request.
 */
export function withTurnReference<T>(reference: () => StoredReference | undefined, task: () => Promise<T>): Promise<T> {
  let known: { ref: StoredReference | undefined } | undefined;
  const once = () => {
    known ??= { ref: reference() };
    return known.ref;
  };
  return turnReference.run(once, task);
}

const WRITE_TRIES = 5;
const DAY_MS = 86_400_000;

/**
 * The earliest pending reminder of a stored conversation value (undefined: none, or not a readable record). Checked
 * as the core restores it (parseState: the cases it parsed on earlier turns are not parsed again).
 */
function pendingDue(value: unknown): { state: ConversationState; dueAt: string | undefined } | undefined {
  const reminders = (value as { reminders?: unknown } | null | undefined)?.reminders;
  if (!Array.isArray(reminders) || reminders.length === 0) return undefined;
  const state = parseState(value);
  return state ? { state, dueAt: nextDueAt(state) } : undefined;
}

/** The reminder index record: read-modify-write with its eTag, retried on a conflict with another writer. */
export class ReminderIndex {
  /** Keys this process has seen in the index (so a write that drops every reminder can remove its entry). */
  private readonly known = new Set<string>();
  /**
   * The index as this process last read it, with its eTag: while the store still holds that eTag it is neither
   * fetched nor parsed again (a turn of a conversation holding a reminder checks its entry every time).
   */
  private last: { value: ReminderIndexValue; eTag: string } | undefined;

  constructor(
    private readonly storage: StoragePort,
    private readonly now: () => number,
  ) {}

  async entries(): Promise<IndexEntry[]> {
    const { value } = await this.read();
    for (const e of value.entries) this.known.add(e.key);
    return value.entries;
  }

  mayHold(key: string): boolean {
    return this.known.has(key);
  }

  /** Adds or updates a conversation's entry; `ref` undefined keeps the one stored. Writes only when it changes. */
  async put(key: string, dueAt: string, ref: StoredReference | undefined): Promise<void> {
    await this.update((entries) => {
      const old = entries.find((e) => e.key === key);
      const entry: IndexEntry = { key, dueAt, ...((ref ?? old?.ref) ? { ref: ref ?? old?.ref } : {}) };
      if (old && JSON.stringify(old) === JSON.stringify(entry)) return undefined;
      return [...entries.filter((e) => e.key !== key), entry];
    });
    this.known.add(key);
  }

  async remove(key: string): Promise<void> {
    await this.update((entries) =>
      entries.some((e) => e.key === key) ? entries.filter((e) => e.key !== key) : undefined,
    );
    this.known.delete(key);
  }

  /**
   * Keeps the index itself from the retention purge while it holds entries: rewritten (its store time renewed)
   * when last written more than `retentionDays - slackDays` ago.
   */
  async keep(retentionDays: number, slackDays = 2): Promise<void> {
    const { value } = await this.read();
    if (!value.entries.length) return;
    if (Date.parse(value.touchedAt) + (retentionDays - slackDays) * DAY_MS > this.now()) return;
    await this.update((entries) => entries);
  }

  private async read(): Promise<{ value: ReminderIndexValue; eTag: string | null }> {
    const last = this.last;
    const stored = last
      ? await this.storage.readIfChanged(REMINDER_INDEX_KEY, last.eTag)
      : await this.storage.read(REMINDER_INDEX_KEY);
    if (stored === 'unchanged') return last!;
    const parsed = stored ? indexSchema.safeParse(stored.value) : undefined;
    const value = parsed?.success ? parsed.data : { v: 1 as const, touchedAt: new Date(0).toISOString(), entries: [] };
    this.last = stored ? { value, eTag: stored.eTag } : undefined;
    return { value, eTag: stored?.eTag ?? null };
  }

  /** `change` returns the new entries, or undefined for no write. */
  private async update(change: (entries: IndexEntry[]) => IndexEntry[] | undefined): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const { value, eTag } = await this.read();
      const entries = change(value.entries);
      if (!entries) return;
      const next: ReminderIndexValue = { v: 1, touchedAt: new Date(this.now()).toISOString(), entries };
      try {
        await this.storage.write(REMINDER_INDEX_KEY, next, eTag);
        return;
      } catch (err) {
        if (!(err instanceof StorageConflictError) || attempt >= WRITE_TRIES) throw err;
      }
    }
  }
}

/**
 * The store the turn runner writes through: a conversation record holding a reminder gets (or updates) its index
 * entry, with the reference of the activity being handled, BEFORE the record is written; so a stored reminder is
 * always in the index (an entry whose record did not follow is harmless: the scheduler finds nothing due there and
 * drops it). A record written without reminders drops its entry afterwards, when this process knows of one.
 */
export class ReminderIndexingStorage implements StoragePort {
  constructor(
    private readonly inner: StoragePort,
    private readonly index: ReminderIndex,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  read(key: string): Promise<StoredItem | undefined> {
    return this.inner.read(key);
  }

  readIfChanged(key: string, eTag: string): Promise<StoredItem | 'unchanged' | undefined> {
    return this.inner.readIfChanged(key, eTag);
  }

  async write(key: string, value: unknown, ifMatch: string | null, options?: WriteOptions): Promise<string> {
    const pending = pendingDue(value);
    if (pending?.dueAt) await this.index.put(key, pending.dueAt, turnReference.getStore()?.());
    const eTag = await this.inner.write(key, value, ifMatch, options);
    if (!pending?.dueAt && this.index.mayHold(key)) await this.dropEntry(key);
    return eTag;
  }

  async delete(key: string): Promise<void> {
    await this.inner.delete(key);
    if (this.index.mayHold(key)) await this.dropEntry(key);
  }

  purgeBefore(cutoff: Date): Promise<number> {
    return this.inner.purgeBefore(cutoff);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** Best effort: an entry left behind is dropped by the scheduler on its day. */
  private async dropEntry(key: string): Promise<void> {
    try {
      await this.index.remove(key);
    } catch (err) {
      this.logger.warn({ outcome: 'reminder-index-failed', ...safeError(err) }, 'reminder index not updated');
    }
  }
}

export interface ReminderSchedulerOptions {
  /** The clock (ms since the epoch); tests pass a fake one. */
  now?: () => number;
  /** Names this instance in its claims (logs and diagnostics only). */
  instanceId?: string;
  /** How often due reminders are looked for (default every minute). */
  intervalMs?: number;
  /** Longest one send may take before it counts as failed. */
  sendTimeoutMs?: number;
}

export const REMINDER_CHECK_MS = 60_000;

/**
 * Every minute: reads the index, and for each conversation with a reminder due, claims it with the record's eTag
 * (another instance's claim, or a turn written meanwhile, makes this one's write conflict: it leaves that
 * conversation to the next check), posts it, and settles it (sent ones removed, failed ones released for the next
 * check, dropped after a few tries). A claim whose instance stopped is taken again after its lease (5 minutes).
 */
export class ReminderScheduler {
  readonly index: ReminderIndex;
  private readonly now: () => number;
  private readonly instanceId: string;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly storage: StoragePort,
    private readonly send: SendReminder,
    private readonly logger: Pick<Logger, 'info' | 'warn'>,
    private readonly options: ReminderSchedulerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.instanceId = options.instanceId ?? randomUUID().slice(0, 8);
    this.index = new ReminderIndex(storage, this.now);
  }

  /** Checks now, then every interval (unref'd: never holds the process open). */
  start(): void {
    if (this.timer) return;
    const check = () => void this.tick();
    check();
    this.timer = setInterval(check, this.options.intervalMs ?? REMINDER_CHECK_MS);
    this.timer.unref();
  }

  /** Stops the timer and waits for a check in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One check; one at a time (a call while one runs returns 0). Resolves to the number of reminders sent. */
  async tick(): Promise<number> {
    if (this.running) return 0;
    const run = this.check();
    this.running = run;
    try {
      return await run;
    } catch (err) {
      this.logger.warn({ outcome: 'reminder-check-failed', ...safeError(err) }, 'reminder check failed');
      return 0;
    } finally {
      this.running = undefined;
    }
  }

  /**
   * For the retention sweep (src/host/retention.ts), before it purges: each record holding a reminder whose day
   * (plus REMINDER_KEEP_DAYS) is still ahead, and that would otherwise expire within two days, is written back
   * with its time renewed; so is the index. A failure rejects, and the sweep then purges nothing.
   */
  async keepAlive(retentionDays: number): Promise<number> {
    await this.index.keep(retentionDays);
    let kept = 0;
    for (const entry of await this.index.entries()) {
      const stored = await this.storage.read(entry.key);
      const parsed = stored && conversationStateSchema.safeParse(stored.value);
      if (!stored || !parsed?.success) continue;
      const renewed = keepForReminders(parsed.data, this.iso(), retentionDays);
      if (!renewed) continue;
      try {
        await this.storage.write(entry.key, renewed, stored.eTag);
        kept++;
      } catch (err) {
        if (!(err instanceof StorageConflictError)) throw err; // written meanwhile: renewed by that write
      }
    }
    if (kept) this.logger.info({ kept }, 'cases kept for their reminders');
    return kept;
  }

  private iso(): string {
    return new Date(this.now()).toISOString();
  }

  private async check(): Promise<number> {
    const now = this.now();
    let sent = 0;
    for (const entry of await this.index.entries()) {
      if (Date.parse(entry.dueAt) > now) continue;
      try {
        sent += await this.deliver(entry);
      } catch (err) {
        this.logger.warn(
          { outcome: 'reminder-failed', conv: conversationHash(entry.key), ...safeError(err) },
          'reminder not sent',
        );
      }
    }
    return sent;
  }

  /** Claims, sends and settles the due reminders of one conversation; returns how many were sent. */
  private async deliver(entry: IndexEntry): Promise<number> {
    const conv = conversationHash(entry.key);
    const stored = await this.storage.read(entry.key);
    const parsed = stored && conversationStateSchema.safeParse(stored.value);
    if (!stored || !parsed?.success) {
      await this.index.remove(entry.key); // forgotten, purged, or unreadable: nothing to send
      return 0;
    }
    const now = this.iso();
    const due = dueReminders(parsed.data, now);
    if (!due.length) {
      await this.refreshEntry(entry, parsed.data);
      return 0;
    }
    const ns = due.map((r) => r.n);
    const claimed = claimReminders(parsed.data, ns, now, this.instanceId);
    try {
      await this.storage.write(entry.key, claimed, stored.eTag);
    } catch (err) {
      if (err instanceof StorageConflictError) return 0; // another instance claimed it, or a turn wrote: next check
      throw err;
    }
    const outcome = { sent: [] as number[], failed: [] as number[], dropped: [] as number[] };
    for (const reminder of due) {
      const output = reminderOutput(claimed, reminder);
      if (!entry.ref || !output.messages.length) {
        outcome.dropped.push(reminder.n);
        continue;
      }
      try {
        const result = await this.sendWithin(entry.ref, output);
        (result === 'sent' ? outcome.sent : outcome.dropped).push(reminder.n);
        this.logger.info({ outcome: `reminder-${result}`, conv }, 'reminder');
      } catch (err) {
        outcome.failed.push(reminder.n);
        this.logger.warn({ outcome: 'reminder-send-failed', conv, ...safeError(err) }, 'reminder not sent');
      }
    }
    const settled = await this.settle(entry.key, outcome);
    if (settled) await this.refreshEntry(entry, settled);
    return outcome.sent.length;
  }

  /** Writes the outcome into the record, re-reading on a conflict (a turn may have written since the claim). */
  private async settle(
    key: string,
    outcome: { sent: number[]; failed: number[]; dropped: number[] },
  ): Promise<ConversationState | undefined> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.storage.read(key);
      const parsed = stored && conversationStateSchema.safeParse(stored.value);
      if (!stored || !parsed?.success) return undefined; // forgotten meanwhile
      const next = settleReminders(parsed.data, outcome, this.iso());
      try {
        await this.storage.write(key, next, stored.eTag);
        return next;
      } catch (err) {
        if (!(err instanceof StorageConflictError) || attempt >= WRITE_TRIES) throw err;
      }
    }
  }

  /** The entry says when to look next, or goes when the conversation holds no reminder. */
  private async refreshEntry(entry: IndexEntry, state: ConversationState): Promise<void> {
    const next = nextDueAt(state);
    if (next) await this.index.put(entry.key, next, undefined);
    else await this.index.remove(entry.key);
  }

  private sendWithin(ref: StoredReference, output: TurnOutput): Promise<'sent' | 'refused'> {
    const ms = this.options.sendTimeoutMs ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('send timed out'), { name: 'TimeoutError' })), ms);
      timer.unref();
    });
    return Promise.race([this.send(ref, output), timeout]).finally(() => clearTimeout(timer));
  }
}
