/**
 * Per-conversation token bucket: `perMinute` turns per minute on average, bursts up to `perMinute`.
 * In-process only: with several instances each enforces its own share, which is enough to stop a runaway
 * client from flooding one conversation's store record.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

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
    if (tokens < 1) {
      if (bucket) Object.assign(bucket, { tokens, at: now });
      return false;
    }
    if (!bucket && this.buckets.size >= this.maxKeys) this.sweep(now);
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return true;
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Forgets buckets that have refilled: they behave exactly like a new one. */
  private sweep(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}
