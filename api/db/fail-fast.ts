import type { Database } from './database.ts';
import { DatabaseUnavailableError } from '../errors.ts';

export interface FailFastOptions {
  /** After Neo4j failed to answer, how long requests fail at once before one tries again, in ms. Default 1,000. */
  coolDownMs?: number;
  /** Clock, for tests. Default Date.now. */
  now?: () => number;
}

/**
 * A circuit breaker over the database for the request path. Finding out that
 * Neo4j is gone costs the driver seconds (a refused or unanswered connection,
 * then its retries); without this every request during an outage would pay
 * that, and pile up. Once a query fails with DATABASE_UNAVAILABLE, reads and
 * writes fail at once for `coolDownMs`; then one request a cool-down tries for
 * real (the others still fail at once), so service resumes by itself within
 * about a second of Neo4j's return. `ping` (the health check) always asks
 * Neo4j, and an answer closes the breaker.
 */
export function failFast(db: Database, { coolDownMs = 1_000, now = Date.now }: FailFastOptions = {}): Database {
  let downUntil = 0; // 0: closed, requests go through
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    if (downUntil !== 0) {
      if (now() < downUntil) throw new DatabaseUnavailableError(new Error('Neo4j did not answer a moment ago'));
      // This request finds out; the others keep failing at once for another cool-down, even if
      // this one hangs on a connection that Neo4j, still starting, accepts but does not answer.
      downUntil = now() + coolDownMs;
    }
    try {
      const result = await work();
      downUntil = 0;
      return result;
    } catch (error) {
      // Any other error still means Neo4j answered.
      downUntil = error instanceof DatabaseUnavailableError ? now() + coolDownMs : 0;
      throw error;
    }
  };
  return {
    read: (name, params) => guarded(() => db.read(name, params)),
    write: (label, work, options) => guarded(() => db.write(label, work, options)),
    ping: async () => {
      await db.ping();
      downUntil = 0;
    },
    close: () => db.close(),
  };
}
