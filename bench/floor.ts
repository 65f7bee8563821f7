import neo4j, { type Driver } from 'neo4j-driver';
import { loadQueries, type QueryRegistry } from '../api/db/queries.ts';
import type { QueryCall } from './api-process.ts';

/**
 * The database's floor under an API request: the same named Cypher, with the
 * same parameters, in the same order, each in its own read transaction
 * straight through neo4j-driver (as api/db/database.ts does, minus everything
 * above the driver: GraphQL, scoring, JSON, HTTP). What a request costs on
 * top of this is the API's overhead.
 */
export interface Floor {
  driver: Driver;
  /** Runs the calls one after the other and waits for every record. */
  replay(calls: QueryCall[]): Promise<void>;
  close(): Promise<void>;
}

export function createFloor(uri: string, queries: QueryRegistry = loadQueries()): Floor {
  // The API's driver settings (api/db/database.ts): plain numbers, same pool.
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    disableLosslessIntegers: true,
    userAgent: 'partnergraph-bench',
  });
  return {
    driver,
    replay: async (calls) => {
      for (const call of calls) {
        const cypher = queries.get(call.name);
        if (cypher === undefined) throw new Error(`The API ran "${call.name}", which is not in the query registry`);
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          await session.executeRead((tx) => tx.run(cypher, call.params));
        } finally {
          await session.close();
        }
      }
    },
    close: () => driver.close(),
  };
}
