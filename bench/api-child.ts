/**
 * Child process of the bench: the real API (createApp + Node's HTTP server)
 * on an ephemeral port, so its latency includes HTTP and JSON and its peak
 * memory is measured apart from the bench's. It records which named queries
 * each request ran, so the floor can replay exactly those.
 *
 *   node --import tsx bench/api-child.ts <bolt uri> [<built explorer folder>]
 */
import { createApp } from '../api/app.ts';
import { createDatabase, type Database } from '../api/db/database.ts';
import { listen } from '../api/server.ts';
import type { ApiChildMessage, ApiParentMessage, QueryCall } from './api-process.ts';

/** Wraps `read` to remember every named query and its parameters. */
function tracing(db: Database, calls: QueryCall[]): Database {
  return {
    ...db,
    read: (name, params = {}) => {
      calls.push({ name, params });
      return db.read(name, params);
    },
  };
}

async function main(): Promise<void> {
  const [uri, webRoot] = process.argv.slice(2);
  if (!uri || !process.send)
    throw new Error('usage: api-child.ts <bolt uri> [<web root>], started with an IPC channel');
  const send = (message: ApiChildMessage) => process.send!(message);
  const db = createDatabase({ uri });
  const calls: QueryCall[] = [];
  // The rate limit is off: the bench is one client sending hundreds of expensive requests on purpose.
  // The response cache is off unless BENCH_CACHE=on: uncached figures are the engine's, cached ones a second process's.
  const app = createApp({
    db: tracing(db, calls),
    webRoot,
    security: { rateLimit: { perMinute: 0, burst: 1 } },
    responseCache: { enabled: process.env.BENCH_CACHE === 'on' },
  });
  const server = await listen(app, { host: '127.0.0.1', port: 0 });

  process.on('message', (message: ApiParentMessage) => {
    switch (message.type) {
      case 'trace-start':
        calls.length = 0;
        return send({ type: 'trace-started' });
      case 'trace-take':
        send({ type: 'trace', calls: calls.slice() });
        calls.length = 0;
        return;
      case 'rss':
        return send({ type: 'rss', peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) });
      case 'stop':
        void server
          .close()
          .then(() => db.close())
          .then(() => process.exit(0));
    }
  });
  // The parent going away (even killed) must not leave this process behind.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: server.url });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
