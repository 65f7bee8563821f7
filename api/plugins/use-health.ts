import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import { holderIsDead, readImportLock } from '../import/import-lock.ts';

/**
 * `GET /health`: 200 `{"status":"ok","database":"up"}` when Neo4j answers,
 * 503 with `"database":"down"` when it does not, for load balancers and humans.
 * While an import holds its lock, `"import"` says `"running"` or, for one that
 * died, `"interrupted"` (the next import or start-up cleans up): the API still
 * serves, so the status stays 200.
 */
export function useHealth(db: Database, path = '/health'): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname !== path) return;
      const up = await db.ping().then(
        () => true,
        () => false,
      );
      const lock = up ? await readImportLock(db).catch(() => undefined) : undefined;
      const body = {
        status: up ? 'ok' : 'unavailable',
        database: up ? 'up' : 'down',
        ...(lock ? { import: holderIsDead(lock) ? 'interrupted' : 'running' } : {}),
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: up ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
