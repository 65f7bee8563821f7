/**
 * `npm run neo4j [-- --instance demo --port 7687] [--restart]`: runs the
 * project's local Neo4j in the foreground until Ctrl-C (or SIGTERM or SIGHUP to
 * the npm process, or that process going away), for cypher-shell or a notebook. When the instance already runs (under `npm start`, say), it says
 * where and leaves it alone. `--restart` stops the running one, whoever
 * started it, and runs a new one here: a running `npm start` answers
 * DATABASE_UNAVAILABLE meanwhile and resumes by itself (with new memory
 * settings, for instance `LOCAL_NEO4J_HEAP=6g`). The new one then lives until
 * Ctrl-C here, even after that `npm start` ends.
 */
import { parseArgs } from 'node:util';
import { restartLocalNeo4j, startLocalNeo4j, type LocalNeo4j } from './neo4j/local-neo4j.ts';

const { values } = parseArgs({
  options: {
    instance: { type: 'string', default: process.env.LOCAL_NEO4J_INSTANCE || 'demo' },
    port: { type: 'string', default: process.env.LOCAL_NEO4J_PORT || '7687' },
    restart: { type: 'boolean', default: false },
  },
});
const options = { instance: values.instance!, boltPort: Number(values.port) };
let neo4j: LocalNeo4j;
try {
  neo4j = await (values.restart ? restartLocalNeo4j(options) : startLocalNeo4j(options));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (neo4j.attached) {
  console.log(
    `Local Neo4j (${values.instance}) is already running at ${neo4j.uri}, started by another process; it stops with that one. To run it from here instead: npm run neo4j -- --restart`,
  );
  process.exit(0);
}
console.log(`Local Neo4j ready at ${neo4j.uri} (no auth). Ctrl-C stops it.`);

let stopping = false;
/** Stops the JVM and waits for it (its store flushed), then exits; a second signal exits at once. */
function stop(reason: string): void {
  if (stopping) {
    console.log(`${reason} again: stopping now.`);
    process.exit(1);
  }
  stopping = true;
  clearInterval(watchParent);
  console.log(`${reason}: stopping the local Neo4j…`);
  void neo4j.stop().then(() => process.exit(0));
}
// npm forwards SIGINT and SIGTERM to us, but dies of a SIGHUP without passing
// it on: when the process that started us is gone, stop as if told to (as
// scripts/start.ts does; scripts/run.mjs leaves that to an entry that handles SIGHUP).
const parent = process.ppid;
const watchParent = setInterval(() => process.ppid !== parent && stop('The process that started it is gone'), 1_000);
watchParent.unref();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
