import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';

/**
 * `GET /health`: 200 `{"status":"ok","database":"up"}` when Neo4j answers,
 * 503 with `"database":"down"` when it does not, for load balancers and humans.
 */
export function useHealth(db: Database, path = '/health'): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname !== path) return;
      const up = await db.ping().then(
        () => true,
        () => false,
      );
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down' }), {
          status: up ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
