import type { Database } from '../db/database.ts';

/**
 * The market's version (cypher/market-version.cypher: the directory version
 * every import and write renews in the transaction that takes effect), read
 * once per request and shared by the response cache and the cost model.
 *
 * Requests arriving together share one read: the first to ask schedules it
 * for the end of the current turn of the event loop, and everyone who asks
 * before it starts waits for it. A read is never shared with a request that
 * arrived after it started, so a request never sees a version older than the
 * graph was when it arrived (a write committed before it arrived is seen).
 */

const scheduled = new WeakMap<Database, Promise<string | null>>();
const perRequest = new WeakMap<object, Promise<string | null>>();

/** The version as of now, or later: one read for every caller of this turn. */
function readMarketVersion(db: Database): Promise<string | null> {
  let next = scheduled.get(db);
  if (!next) {
    next = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      // From here on, new callers schedule the next read: this one may already be on its way.
      scheduled.delete(db);
      const [row] = await db.read('market-version');
      return row?.version ?? null;
    });
    scheduled.set(db, next);
  }
  return next;
}

/** The version a request runs against: read once for the request (keyed by its Request object), whoever asks first. */
export function requestMarketVersion(db: Database, request: object): Promise<string | null> {
  let version = perRequest.get(request);
  if (!version) {
    version = readMarketVersion(db);
    perRequest.set(request, version);
  }
  return version;
}
