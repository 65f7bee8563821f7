import type { Database } from './database.ts';
import { DatabaseUnavailableError } from '../errors.ts';
import { waitedForPool } from './database-errors.ts';

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
 *
 * A busy pool is not an outage: the driver also reports DATABASE_UNAVAILABLE
 * when no connection came free within its acquisition timeout. If Neo4j
 * answered some other transaction while that one waited, the database is up
 * and merely busy, so that failure is the waiting request's alone and leaves
 * the breaker as it was; otherwise one client's fan-out would shut every
 * client out. Only when nothing answered meanwhile (a Neo4j that accepts
 * connections and says nothing) does a pool timeout open it.
 */
export function failFast(db: Database, { coolDownMs = 1_000, now = Date.now }: FailFastOptions = {}): Database {
  let downUntil = 0; // 0: closed, requests go through
  let answeredAt = -Infinity; // when Neo4j last answered a transaction
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    if (downUntil !== 0) {
      if (now() < downUntil) throw new DatabaseUnavailableError(new Error('Neo4j did not answer a moment ago'));
      // This request finds out; the others keep failing at once for another cool-down, even if
      // this one hangs on a connection that Neo4j, still starting, accepts but does not answer.
      downUntil = now() + coolDownMs;
    }
    const startedAt = now();
    try {
      const result = await work();
      answeredAt = now();
      downUntil = 0;
      return result;
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) {
        // Any other error still means Neo4j answered.
        answeredAt = now();
        downUntil = 0;
      } else if (!(waitedForPool(error) && answeredAt >= startedAt)) {
        downUntil = now() + coolDownMs;
      }
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
