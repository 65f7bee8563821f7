/**
 * `npm run neo4j [-- --instance demo --port 7687]`: runs the project's local
 * Neo4j in the foreground until Ctrl-C, for poking at it with cypher-shell or a
 * notebook while the API is not running.
 */
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from './neo4j/local-neo4j.ts';

const { values } = parseArgs({
  options: { instance: { type: 'string', default: 'demo' }, port: { type: 'string', default: '7687' } },
});
const neo4j = await startLocalNeo4j({ instance: values.instance!, boltPort: Number(values.port) });
console.log(`Local Neo4j ready at ${neo4j.uri} (no auth). Ctrl-C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void neo4j.stop().then(() => process.exit(0)));
}
