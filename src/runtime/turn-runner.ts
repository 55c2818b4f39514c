import { handleTurn, type CoreOptions } from '../../dialogs/turn-core.js';
import type { TurnInput, TurnOutput } from '../../dialogs/turn-types.js';
import { KeyedMutex } from './keyed-mutex.js';
import { StorageConflictError, type StoragePort } from '../storage/storage-port.js';

/** The pure core's signature; the default is handleTurn (benchmarks inject a trivial echo core). */
export type TurnCore = typeof handleTurn;

export type TurnOutcome = 'ok' | 'duplicate' | 'unchanged' | 'conflict-retried' | 'deleted';

export interface RunResult {
  output: TurnOutput;
  outcome: TurnOutcome;
}

/**
 * One turn with I/O: read the conversation's record with its eTag, run the pure core, write if-match.
 * On an eTag conflict (another instance wrote first) it re-reads and re-applies once; a second conflict
 * propagates. Storage failures propagate too (the adapter turns them into a "please repeat" answer), and
 * since the write is one operation, nothing partial is ever stored.
 */
export class TurnRunner {
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly storage: StoragePort,
    private readonly options: CoreOptions,
    private readonly core: TurnCore = handleTurn,
  ) {}

  run(input: TurnInput): Promise<RunResult> {
    return this.mutex.run(input.conversationKey, () => this.attempt(input, false));
  }

  private async attempt(input: TurnInput, isRetry: boolean): Promise<RunResult> {
    const stored = await this.storage.read(input.conversationKey);
    const result = this.core(stored?.value, input, this.options);
    if (!result.changed) {
      return { output: result.output, outcome: result.output.messages.length ? 'unchanged' : 'duplicate' };
    }
    if (result.state === null) {
      // `forget all` (or `forget` of an unreadable record): the store's delete also scrubs its files.
      await this.storage.delete(input.conversationKey);
      return { output: result.output, outcome: 'deleted' };
    }
    try {
      const options = dropsCase(stored?.value, result.state) ? { removesData: true } : undefined;
      await this.storage.write(input.conversationKey, result.state, stored?.eTag ?? null, options);
    } catch (err) {
      if (err instanceof StorageConflictError && !isRetry) {
        const again = await this.attempt(input, true);
        return { ...again, outcome: again.outcome === 'ok' ? 'conflict-retried' : again.outcome };
      }
      throw err;
    }
    return { output: result.output, outcome: 'ok' };
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
