/** Settings of the per-client limit on expensive requests. */
export interface RateLimitOptions {
  /** Sustained rate: tokens added per minute. 0 turns the limit off. Default 240 (4 a second). */
  perMinute: number;
  /** Bucket size: how many may come at once after a quiet spell. Default 60. */
  burst: number;
  /** Clients remembered at most; beyond it, the ones with a full bucket are forgotten. Default 10,000. */
  maxClients?: number;
  /** Clock in ms, for tests. Default Date.now. */
  now?: () => number;
}

type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes `cost` tokens from `client`'s bucket, or says how long until it could. */
  take(client: string, cost?: number): Admission;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per client (an API key's name, or an address without keys):
 * each expensive request takes a token, tokens come back at `perMinute`, and
 * at most `burst` pile up. In memory, per process: enough for one server; a
 * fleet behind a load balancer would share it in Redis instead.
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, at: number): void => {
    bucket.tokens = Math.min(options.burst, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
  };

  /** Keeps memory bounded whatever the number of addresses: a full bucket carries no information. */
  const forgetIdle = (at: number): void => {
    for (const [client, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= options.burst) buckets.delete(client);
    }
    // Still too many (a flood of busy clients): the oldest go; they start again with a full bucket.
    for (const client of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(client);
    }
  };

  return {
    take(client, cost = 1) {
      if (options.perMinute <= 0 || cost <= 0) return { ok: true };
      const at = now();
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= maxClients) forgetIdle(at);
        bucket = { tokens: options.burst, updatedAt: at };
        buckets.set(client, bucket);
      }
      refill(bucket, at);
      // A request costing more than the whole bucket needs a full one, else it could never pass.
      const needed = Math.min(cost, options.burst);
      if (bucket.tokens >= needed) {
        bucket.tokens -= needed;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((needed - bucket.tokens) / perMs / 1000)) };
    },
  };
}
