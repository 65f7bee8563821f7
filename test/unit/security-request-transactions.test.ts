import { describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { failFast } from '../../api/db/fail-fast.ts';
import { asOneRequest, capPerRequest } from '../../api/db/request-transactions.ts';
import { DatabaseUnavailableError } from '../../api/errors.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A database whose reads stay open until released, counting how many are open at once. */
function heldOpen() {
  const state = { open: 0, most: 0, release: [] as (() => void)[] };
  const db: Database = {
    read: async () => {
      state.open += 1;
      state.most = Math.max(state.most, state.open);
      await new Promise<void>((resolve) => state.release.push(resolve));
      state.open -= 1;
      return [];
    },
    write: () => Promise.reject(new Error('unused')),
    ping: async () => {},
    close: async () => {},
  };
  return { state, db };
}

describe('transactions per request', () => {
  it('runs at most the cap of one request at once, the rest in turn, and each request has its own', async () => {
    const { state, db } = heldOpen();
    const capped = capPerRequest(db, 4);
    expect(capPerRequest(db, 4)).toBe(capped); // one wrapper per database: caches kept per Database still hit
    const one = asOneRequest(() => Promise.all(Array.from({ length: 10 }, () => capped.read('company'))));
    await tick();
    expect(state.open).toBe(4);
    // Another request is not queued behind the first one's fan-out.
    const other = asOneRequest(() => capped.read('company'));
    await tick();
    expect(state.open).toBe(5);
    while (state.release.length > 0) {
      state.release.splice(0).forEach((release) => release());
      await tick();
    }
    expect(await one).toHaveLength(10);
    await other;
    expect(state.most).toBe(5);
  });

  it('passes calls outside a request straight through (health checks, CSV routes, imports)', async () => {
    const { state, db } = heldOpen();
    const capped = capPerRequest(db, 1);
    const reads = Promise.all([capped.read('company'), capped.read('company'), capped.read('company')]);
    await tick();
    expect(state.open).toBe(3);
    state.release.splice(0).forEach((release) => release());
    await reads;
  });
});

/** A database where 'companies-list' waits for a pool connection until told to give up; other reads answer. */
function congested() {
  const state = { reads: 0, giveUp: () => {} };
  const db: Database = {
    read: async (name) => {
      state.reads += 1;
      if (name === 'companies-list') {
        await new Promise<void>((resolve) => (state.giveUp = resolve));
        throw new DatabaseUnavailableError(
          new Error(
            'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.',
          ),
        );
      }
      return [];
    },
    write: () => Promise.reject(new Error('unused')),
    ping: async () => {},
    close: async () => {},
  };
  return { state, db };
}

describe('the circuit breaker and a busy pool', () => {
  it('a pool timeout while Neo4j answers others fails that request alone; the breaker stays closed', async () => {
    let now = 0;
    const { state, db } = congested();
    const guarded = failFast(db, { coolDownMs: 1_000, now: () => now });
    // The waiting request starts at 0; meanwhile (at 3,000) someone else is answered; it gives up at 5,000.
    const waiting = guarded.read('companies-list');
    now = 3_000;
    await guarded.read('company');
    now = 5_000;
    state.giveUp();
    await expect(waiting).rejects.toBeInstanceOf(DatabaseUnavailableError);
    // Everyone else goes on.
    const readsBefore = state.reads;
    await expect(guarded.read('company')).resolves.toEqual([]);
    expect(state.reads).toBe(readsBefore + 1);
  });

  it('a pool timeout with no answer from Neo4j meanwhile still opens it (Neo4j accepts connections and says nothing)', async () => {
    let now = 0;
    const { state, db } = congested();
    const guarded = failFast(db, { coolDownMs: 1_000, now: () => now });
    await guarded.read('company');
    now = 100;
    const waiting = guarded.read('companies-list');
    now = 5_100;
    state.giveUp();
    await expect(waiting).rejects.toBeInstanceOf(DatabaseUnavailableError);
    const readsBefore = state.reads;
    await expect(guarded.read('company')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(state.reads).toBe(readsBefore); // failed at once: the breaker is open
  });
});
