import { describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { DatabaseUnavailableError } from '../../api/errors.ts';
import { failFast } from '../../api/db/fail-fast.ts';

/** A database that is up or down on command, counting the reads that reached it. */
function switchable() {
  const state = { up: true, reads: 0 };
  const db: Database = {
    read: async () => {
      state.reads += 1;
      if (!state.up) throw new DatabaseUnavailableError(new Error('refused'));
      return [];
    },
    write: () => Promise.reject(new Error('unused')),
    ping: async () => {
      if (!state.up) throw new DatabaseUnavailableError(new Error('refused'));
    },
    close: async () => {},
  };
  return { state, db };
}

describe('failFast', () => {
  it('fails at once while Neo4j is known to be down, then lets one request find out', async () => {
    let now = 0;
    const { state, db } = switchable();
    const guarded = failFast(db, { coolDownMs: 1_000, now: () => now });
    await expect(guarded.read('company')).resolves.toEqual([]);
    state.up = false;
    await expect(guarded.read('company')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(state.reads).toBe(2);
    // Within the cool-down nothing reaches the driver.
    now = 500;
    await expect(guarded.read('company')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(state.reads).toBe(2);
    // After it, one request tries; still down: another second of failing at once.
    now = 1_001;
    await expect(guarded.read('company')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(state.reads).toBe(3);
    now = 1_500;
    await expect(guarded.read('company')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(state.reads).toBe(3);
    // Neo4j is back: the next probe succeeds and everything flows again.
    state.up = true;
    now = 2_002;
    await expect(guarded.read('company')).resolves.toEqual([]);
    await expect(guarded.read('company')).resolves.toEqual([]);
    expect(state.reads).toBe(5);
  });

  it('lets a successful health check close the breaker at once', async () => {
    let now = 0;
    const { state, db } = switchable();
    const guarded = failFast(db, { now: () => now });
    state.up = false;
    await expect(guarded.read('company')).rejects.toThrow();
    await expect(guarded.ping()).rejects.toThrow();
    state.up = true;
    await guarded.ping();
    now = 10; // well within the cool-down
    await expect(guarded.read('company')).resolves.toEqual([]);
  });
});
