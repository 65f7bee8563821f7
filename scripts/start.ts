/**
 * `npm start`: the API and the explorer on http://127.0.0.1:$PORT (default
 * 4000). Starts the local Neo4j unless NEO4J_URI is set, loads the demo
 * ecosystem when the database is empty, and shuts everything down cleanly on
 * Ctrl-C or SIGTERM.
 */
import { resolve } from 'node:path';
import { createApp } from '../api/app.ts';
import { importFolder } from '../api/import/import-folder.ts';
import { listen } from '../api/server.ts';
import { buildWebIfStale, WEB_BUILD_DIR } from './build-web.ts';
import { DEMO_INSTANCE, openDatabase } from './open-database.ts';

const DEMO_FOLDER = resolve(import.meta.dirname, '../data/demo');

const { db, close } = await openDatabase(DEMO_INSTANCE);
try {
  const [state] = await db.read('database-is-empty');
  if (state?.empty) {
    console.log('The database is empty: loading the demo ecosystem (data/demo)…');
    const result = await importFolder(db, DEMO_FOLDER);
    if (!result.imported) throw new Error(`The demo data has bad rows:\n${result.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`).join('\n')}`);
  }
  await buildWebIfStale().catch((error: unknown) => {
    // The API is still worth serving; the page at / says the explorer is missing.
    console.error(`The explorer could not be built, serving the API only:\n${error instanceof Error ? error.message : String(error)}`);
  });
} catch (error) {
  await close();
  throw error;
}

const server = await listen(createApp({ db, webRoot: WEB_BUILD_DIR }), {
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 4000),
});
console.log(`PartnerGraph is running: explorer ${server.url}/  ·  GraphQL ${server.url}/graphql`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: finishing requests in flight and stopping…`);
  await server.close();
  await close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
