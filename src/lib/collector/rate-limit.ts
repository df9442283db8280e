/**
 * Requests per client, as a token bucket: a burst of `burst` requests, then `perSecond`. The
 * client key (an address) lives only in this map, in memory, for as long as its bucket is not
 * full again; it is never stored.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perSecond: number;
  private readonly burst: number;

  constructor(options: { perSecond: number; burst: number }) {
    this.perSecond = options.perSecond;
    this.burst = options.burst;
  }

  /** Whether this client may make a request now; if not, the seconds until it may. */
  take(client: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfter: number } {
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    if (bucket.tokens < 1) return { allowed: false, retryAfter: Math.ceil((1 - bucket.tokens) / this.perSecond) };
    bucket.tokens -= 1;
    return { allowed: true };
  }

  /** Drops clients whose bucket has filled up again: they are as if never seen. */
  private forgetFull(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(client);
    }
  }
}
