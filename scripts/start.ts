/**
 * `npm start`: the API and the explorer on http://127.0.0.1:$PORT (default
 * 4000). Starts the local Neo4j unless NEO4J_URI is set, loads the demo
 * ecosystem (or the folder DATA_FOLDER names) when the database is empty, and
 * shuts everything down cleanly on SIGINT (Ctrl-C), SIGTERM or SIGHUP, or when
 * the npm process that started it goes away.
 */
import { resolve } from 'node:path';
import { createApp } from '../api/app.ts';
import { formatProblem, importFolder } from '../api/import/import-folder.ts';
import { recoverInterruptedImport } from '../api/import/recover-import.ts';
import { assertSafeToListen, listen, type RunningServer } from '../api/server.ts';
import { readConfig, type Config } from '../api/config.ts';
import { dustSettingsFromEnv, type DustSettings } from '../api/pipeline/dust-settings.ts';
import { startDustWatch, type DustWatch } from '../api/pipeline/dust-watch.ts';
import { buildWebIfStale, WEB_BUILD_DIR } from './build-web.ts';
import { DEMO_INSTANCE, openDatabase } from './open-database.ts';

// Every setting first: a bad one, or a public address without keys, stops
// here with the reason, before a database is started for nothing.
let config: Config;
let dustSettings: DustSettings;
try {
  config = readConfig();
  dustSettings = dustSettingsFromEnv(process.env);
  assertSafeToListen(config.http.host, config.security.apiKeys.length > 0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const DATA_FOLDER = resolve(process.env.DATA_FOLDER ?? resolve(import.meta.dirname, '../data/demo'));

const { db, close } = await openDatabase(DEMO_INSTANCE, config);
const { security } = config;
try {
  // An import that died is cleaned up or finished first; one that runs is left to finish.
  const imports = await recoverInterruptedImport(db, { webhook: config.webhook, log: (line) => console.log(line) });
  if (imports.state === 'recovered') console.log('The interrupted import is completed.');
  if (imports.state === 'running') {
    const { dataset, pid, host, silentSeconds } = imports.lock;
    const quiet =
      silentSeconds > 30
        ? ` It has been silent for ${silentSeconds} s: if that process is paused, resume it (kill -CONT ${pid}) or end it (kill ${pid}), and the next start or import completes what it left.`
        : '';
    console.log(
      `An import of "${dataset}" is running (process ${pid} on ${host}); the API serves the graph as it is meanwhile.${quiet}`,
    );
  }
  const [state] = await db.read('database-is-empty');
  if (state?.empty && imports.state !== 'running') {
    console.log(`The database is empty: loading ${DATA_FOLDER}…`);
    const result = await importFolder(db, DATA_FOLDER, {
      maxFileBytes: config.maxImportFileBytes,
      webhook: config.webhook,
    });
    if (!result.imported)
      throw new Error(`${DATA_FOLDER} has bad rows:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  // SKIP_WEB_BUILD=1 serves dist/web as it is: for tests, and machines that must not run Vite.
  if (process.env.SKIP_WEB_BUILD !== '1') {
    await buildWebIfStale().catch((error: unknown) => {
      // The API is still worth serving; the page at / says the explorer is missing.
      console.error(
        `The explorer could not be built, serving the API only:\n${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }
} catch (error) {
  await close();
  throw error;
}

let server: RunningServer;
const { host: HOST, port: PORT } = config.http;
try {
  server = await listen(createApp({ db, webRoot: WEB_BUILD_DIR, security, webhook: config.webhook }), {
    host: HOST,
    port: PORT,
    authenticated: security.apiKeys.length > 0,
  });
} catch (error) {
  await close();
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Port ${PORT} on ${HOST} is already in use, perhaps by another npm start. Stop that one, or set PORT to a free port (PORT=4001 npm start).`,
    );
    process.exit(1);
  }
  throw error;
}
console.log(`PartnerGraph is running: explorer ${server.url}/  ·  GraphQL ${server.url}/graphql`);
// Gathering dust: looked for now and every PIPELINE_DUST_CHECK_MINUTES (docs/pipeline.md).
const dust: DustWatch = startDustWatch(db, dustSettings, { webhook: config.webhook, log: (line) => console.log(line) });
console.log(
  security.apiKeys.length > 0
    ? `API keys: ${security.apiKeys.length}; requests without a valid one get 401${security.explorerKey ? '; the explorer carries EXPLORER_KEY' : ''}.`
    : 'No API_KEYS set: the API is open to this machine only (docs/security.md).',
);

// npm forwards SIGINT and SIGTERM to us, but dies of a SIGHUP (a closed
// terminal, a service manager) without passing it on: when the process that
// started us is gone, stop as if told to.
const parent = process.ppid;
const watchParent = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watchParent);
  void shutdown('The process that started PartnerGraph is gone');
}, 1_000);
watchParent.unref();

let stopping = false;
/** Drains requests in flight, then closes the driver and stops the local Neo4j; a second signal stops at once. */
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    console.log(`${signal} again: stopping now.`);
    process.exit(1);
  }
  stopping = true;
  clearInterval(watchParent);
  console.log(`\n${signal}: finishing requests in flight…`);
  await server.close();
  await dust.stop();
  console.log('Requests done; closing the database…');
  await close();
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGHUP', () => void shutdown('SIGHUP'));
