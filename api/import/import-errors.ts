import { outOfMemory } from '../db/database-errors.ts';
import { QueryTimeoutError } from '../errors.ts';

const RAISE_MEMORY =
  'For the local Neo4j, give it more heap (the transaction limit is 70% of it): stop npm start, then `LOCAL_NEO4J_HEAP=6g npm start`, ' +
  'or restart it under a running server with `LOCAL_NEO4J_HEAP=6g npm run neo4j -- --restart`. ' +
  'On your own Neo4j, raise server.memory.heap.max_size and dbms.memory.transaction.total.max (and db.memory.transaction.max if set) in neo4j.conf.';

/**
 * An import failure in words that say what to change. Imports write in
 * batches, so Neo4j's memory limits are only met by very large graphs (the
 * switch of a --replace import relabels every node in one transaction);
 * when they are, the message names the settings and how to raise them.
 */
export function explainImportFailure(error: unknown, doing: string): Error {
  const memory = outOfMemory(error);
  if (memory !== undefined)
    return new Error(`Neo4j ran out of transaction memory while ${doing} (${memory}). ${RAISE_MEMORY}`, {
      cause: error,
    });
  if (error instanceof QueryTimeoutError) {
    return new Error(
      `Neo4j stopped a transaction of the import while ${doing}: it ran past db.transaction.timeout (120 s on the local Neo4j). ` +
        'Raise it in neo4j.conf on your own Neo4j; on the local one, set LOCAL_NEO4J_TX_TIMEOUT (for example 600s) and restart it.',
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
