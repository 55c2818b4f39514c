import type { ConversationState } from '../../dialogs/conversation-state.js';
import { handleTurn, type CoreOptions } from '../../dialogs/turn-core.js';
import type { TurnInput, TurnOutput } from '../../dialogs/turn-types.js';
import { KeyedMutex } from './keyed-mutex.js';
import { StorageConflictError, type StoragePort } from '../storage/storage-port.js';

/**
 * The pure core's signature; the default is handleTurn (benchmarks inject a trivial echo core). The server's core
 * may answer later: it reads long pastes on a worker thread (src/runtime/core-offload.ts).
 */
export type TurnCore = (
  ...args: Parameters<typeof handleTurn>
) => ReturnType<typeof handleTurn> | Promise<ReturnType<typeof handleTurn>>;

export type TurnOutcome = 'ok' | 'duplicate' | 'unchanged' | 'conflict-retried' | 'deleted';

export interface RunResult {
  output: TurnOutput;
  outcome: TurnOutcome;
}

/**
 * Conversations whose last written state a runner keeps by default (see TurnRunner): enough for the conversations
 * active at once on one instance; measured about 9 KB of heap each with one case, about 56 KB with six.
 */
export const RECENT_STATES = 256;

/**
 * One turn with I/O: read the conversation's record with its eTag, run the pure core, write if-match.
 * On an eTag conflict (another instance wrote first) it re-reads and re-applies once; a second conflict
 * propagates. Storage failures propagate too (the adapter turns them into a "please repeat" answer), and
 * since the write is one operation, nothing partial is ever stored.
 *
 * The state each turn writes is kept with its new eTag for the conversation's next turn (the `recentStates`
 * most recently used conversations, the least recently used dropped first): while the store still holds that
 * eTag, the record is neither fetched nor JSON-parsed, and the core's restore checks again only the case the last
 * turn changed (the core never modifies a state it is given: dialogs/turn-core.ts parseState). Any other eTag
 * (another instance wrote, the scheduler claimed a reminder, a migration) takes the full read and check.
 */
export class TurnRunner {
  private readonly mutex = new KeyedMutex();
  /** conversation key -> the state this process last wrote there and the eTag it got; in least-recent-first order. */
  private readonly recent = new Map<string, { eTag: string; state: ConversationState }>();

  constructor(
    private readonly storage: StoragePort,
    private readonly options: CoreOptions,
    private readonly core: TurnCore = handleTurn,
    private readonly recentStates: number = RECENT_STATES,
  ) {}

  run(input: TurnInput): Promise<RunResult> {
    return this.mutex.run(input.conversationKey, () => this.attempt(input, false));
  }

  /**
   * The conversation's stored record, for reads that never write (a pressed card shown as it stands after its turn,
   * a card refresh): the state kept from the last turn while the store still holds it, else the value as read.
   */
  async stored(key: string): Promise<unknown> {
    return (await this.readSaved(key)).saved;
  }

  /** How many conversations' states are kept (tests). */
  get keptStates(): number {
    return this.recent.size;
  }

  private async attempt(input: TurnInput, isRetry: boolean): Promise<RunResult> {
    const key = input.conversationKey;
    const { saved, eTag } = await this.readSaved(key);
    const result = await this.core(saved, input, this.options);
    if (!result.changed) {
      return { output: result.output, outcome: result.output.messages.length ? 'unchanged' : 'duplicate' };
    }
    if (result.state === null) {
      // `forget all` (or `forget` of an unreadable record): the store's delete also scrubs its files.
      this.recent.delete(key);
      await this.storage.delete(key);
      return { output: result.output, outcome: 'deleted' };
    }
    let written: string;
    try {
      const options = dropsCase(saved, result.state) ? { removesData: true } : undefined;
      written = await this.storage.write(key, result.state, eTag ?? null, options);
    } catch (err) {
      this.recent.delete(key);
      if (err instanceof StorageConflictError && !isRetry) {
        const again = await this.attempt(input, true);
        return { ...again, outcome: again.outcome === 'ok' ? 'conflict-retried' : again.outcome };
      }
      throw err;
    }
    this.keep(key, written, result.state);
    return { output: result.output, outcome: 'ok' };
  }

  /** The stored record: the kept state when the store still holds its eTag, else the value as read. */
  private async readSaved(key: string): Promise<{ saved: unknown; eTag: string | undefined }> {
    const kept = this.recent.get(key);
    if (!kept) {
      const stored = await this.storage.read(key);
      return { saved: stored?.value, eTag: stored?.eTag };
    }
    const stored = await this.storage.readIfChanged(key, kept.eTag);
    // (`stored` may read while a turn runs: an entry that turn replaced meanwhile is left as it is)
    const current = this.recent.get(key) === kept;
    if (stored === 'unchanged') {
      if (current) this.keep(key, kept.eTag, kept.state); // now the most recently used
      return { saved: kept.state, eTag: kept.eTag };
    }
    if (current) this.recent.delete(key);
    return { saved: stored?.value, eTag: stored?.eTag };
  }

  private keep(key: string, eTag: string, state: ConversationState): void {
    if (this.recentStates <= 0) return;
    this.recent.delete(key); // re-inserted last: a Map iterates in insertion order
    this.recent.set(key, { eTag, state });
    if (this.recent.size > this.recentStates) this.recent.delete(this.recent.keys().next().value!);
  }
}

/**
 * Whether the new record leaves out a case the stored one held: `forget` of one case, the oldest case dropped
 * for a new one, a case that expired, a label changed. Such a write is deletion, so the store is told to scrub the
 * replaced version from its files (the core stays pure and need not flag it: any way a case can go is caught
 * here). Other writes keep the cost of a plain write.
 */
export function dropsCase(before: unknown, after: { cases: readonly { label: string }[] }): boolean {
  const held = (before as { cases?: unknown } | null | undefined)?.cases;
  if (!Array.isArray(held) || held.length === 0) return false;
  const kept = new Set(after.cases.map((c) => c.label));
  return held.some((c) => !kept.has((c as { label?: unknown } | null)?.label as string));
}
