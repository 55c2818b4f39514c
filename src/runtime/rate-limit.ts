/**
 * Per-conversation token bucket: `perMinute` turns per minute on average, bursts up to `perMinute`.
 * In-process only: with several instances each enforces its own share, which is enough to stop a runaway
 * client from flooding one conversation's store record.
 *
 * Memory is bounded and every `take` does constant work (amortised): the buckets live in a Map kept in order
 * of last use (a touched key is re-inserted at the end), so
 * - buckets that have refilled (behave exactly like a new one) are always at the front, and are dropped from
 *   there as they are met: each key is dropped at most once per insertion;
 * - at `maxKeys` the least recently used key goes, whatever its state. Flooding the limiter with new keys
 *   can therefore forget a busy conversation's bucket; that needs `maxKeys` authenticated conversations in
 *   a minute, and costs the attacker far more than it costs the bot.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;
  /** Map entries looked at by `take` beyond its own key, for the O(1) test (never used for decisions). */
  examined = 0;

  constructor(
    private readonly perMinute: number,
    private readonly maxKeys = 10_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token for `key` at time `now` (ms); false when the conversation is over its limit. */
  take(key: string, now: number): boolean {
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs) : this.perMinute;
    if (bucket) this.buckets.delete(key);
    this.dropRefilled(now);
    if (this.buckets.size >= this.maxKeys) {
      this.examined++;
      this.buckets.delete(this.buckets.keys().next().value as string);
    }
    const allowed = tokens >= 1;
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
    return allowed;
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Drops refilled buckets from the front (least recently used first); stops at the first that is not. */
  private dropRefilled(now: number): void {
    for (const [key, b] of this.buckets) {
      this.examined++;
      if (b.tokens + (now - b.at) * this.perMs < this.perMinute) return;
      this.buckets.delete(key);
    }
  }
}
