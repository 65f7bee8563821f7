import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../api/security/rate-limiter.ts';

describe('rate limiter (token bucket)', () => {
  it('allows a burst, then one request per refill interval, per client', () => {
    let now = 0;
    // 60 a minute = one token a second, at most 3 at once.
    const limiter = createRateLimiter({ perMinute: 60, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').ok).toBe(true); // another client has its own bucket
    now = 1_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    now = 60_000; // a long pause refills to the burst, not beyond
    expect([1, 2, 3, 4].map(() => limiter.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('charges by cost and says how long until a costly request fits', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 5, now: () => now });
    expect(limiter.take('a', 4).ok).toBe(true); // 1 token left
    expect(limiter.take('a', 3)).toEqual({ ok: false, retryAfterSeconds: 2 }); // needs 2 more at 1/s
    now = 2_000;
    expect(limiter.take('a', 3).ok).toBe(true);
    // More than the bucket holds needs a full bucket, not forever.
    now = 100_000;
    expect(limiter.take('a', 50).ok).toBe(true);
    expect(limiter.take('a', 50)).toEqual({ ok: false, retryAfterSeconds: 5 });
  });

  it('is off at 0 a minute, and forgets idle clients to stay bounded', () => {
    const off = createRateLimiter({ perMinute: 0, burst: 1 });
    expect([1, 2, 3].every(() => off.take('a').ok)).toBe(true);
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, maxClients: 3, now: () => 0 });
    for (const client of ['a', 'b', 'c', 'd', 'e']) limiter.take(client, 2);
    // Memory holds 3 clients: a and b, the oldest, made room for d and e and start afresh; e is still empty.
    expect(limiter.take('e', 1).ok).toBe(false);
    expect(limiter.take('a', 2).ok).toBe(true);
  });
});
