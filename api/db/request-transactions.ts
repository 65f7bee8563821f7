import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from './database.ts';

/**
 * A cap on the transactions one request runs at once. The driver's pool (50
 * connections) is shared by every client; without a cap, one request that
 * fans out (a hundred shortlists scored side by side, fifteen aliased
 * overlaps) takes the whole pool, and everyone else waits for a connection
 * until the driver gives up. With it, a request's transactions beyond the cap
 * wait their turn inside the request, before asking the driver for anything,
 * so that wait never counts against the pool's acquisition timeout.
 *
 * The cap follows the request through async calls (AsyncLocalStorage), not
 * a per-request copy of the Database: per-database caches (the market
 * directory is kept per Database object) must see one object across requests.
 */

/** A request's place to keep its slots: one per database wrapper, made on first use. */
type RequestScope = WeakMap<object, Slots>;

const scopes = new AsyncLocalStorage<RequestScope>();
const capped = new WeakMap<Database, Database>();

/** Runs `work` (a request's execution) as one request: its transactions share one set of slots per capped database. */
export function asOneRequest<T>(work: () => T): T {
  return scopes.run(new WeakMap(), work);
}

/**
 * `db` with at most `limit` reads and writes in flight per request (see
 * asOneRequest); outside a request (health checks, CSV routes, imports) calls
 * pass straight through. The same wrapper for the same `db`, every time.
 */
export function capPerRequest(db: Database, limit: number): Database {
  const known = capped.get(db);
  if (known) return known;
  const key = {};
  const slotsHere = (): Slots | undefined => {
    const scope = scopes.getStore();
    if (!scope) return undefined;
    let slots = scope.get(key);
    if (!slots) scope.set(key, (slots = createSlots(limit)));
    return slots;
  };
  const inSlot = <T>(work: () => Promise<T>): Promise<T> => slotsHere()?.run(work) ?? work();
  const wrapper: Database = {
    read: (name, params) => inSlot(() => db.read(name, params)),
    write: (label, work, options) => inSlot(() => db.write(label, work, options)),
    ping: () => db.ping(),
    close: () => db.close(),
  };
  capped.set(db, wrapper);
  return wrapper;
}

interface Slots {
  /** Runs `work` once fewer than the limit are running; first come, first served. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * A counting semaphore. Written here rather than taken from a package: it is
 * a dozen lines, and the project has no dependency that provides one.
 */
function createSlots(limit: number): Slots {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(work) {
      if (running < limit) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await work();
      } finally {
        // The slot passes straight to the next in line, so a newcomer cannot take it first.
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
  };
}
