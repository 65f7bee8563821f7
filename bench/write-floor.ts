import neo4j from 'neo4j-driver';

/** Accounts written for the floor: enough for a steady rate, few enough to stay a side measurement. */
export const WRITE_FLOOR_ROWS = 200_000;
const BATCH_SIZE = 10_000;

export interface WriteFloorFigures {
  rows: number;
  seconds: number;
  /** Account links per second: the fastest Cypher write of them this database gives us. */
  linksPerSecond: number;
  cypher: string;
}

/**
 * The database's floor under the import: account links written straight
 * through neo4j-driver as fast as Cypher allows, with nothing of ours around
 * them (no CSV, no validation, no MERGE, no aggregates). The same pairs the
 * import wrote are read back, then written again as a relationship type of
 * their own (`BENCH_FLOOR`) by the plainest UNWIND … CREATE, in batches of
 * 10,000, one pipelined transaction; they are deleted afterwards (not timed).
 */
export async function measureWriteFloor(uri: string, sample = WRITE_FLOOR_ROWS): Promise<WriteFloorFigures> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    disableLosslessIntegers: true,
    userAgent: 'partnergraph-bench',
  });
  const cypher =
    'UNWIND $rows AS row MATCH (c:Company {id: row.company_id}) MATCH (cu:Customer {id: row.customer_id}) CREATE (c)-[:BENCH_FLOOR {stage: row.stage}]->(cu)';
  try {
    const read = await driver.executeQuery(
      'MATCH (c:Company)-[s:SERVES]->(cu:Customer) RETURN c.id AS company_id, cu.id AS customer_id, s.stage AS stage LIMIT $sample',
      { sample: neo4j.int(sample) },
      { routing: neo4j.routing.READ },
    );
    const rows = read.records.map((record) => record.toObject());
    const session = driver.session();
    const started = performance.now();
    try {
      await session.executeWrite(async (tx) => {
        let running: Promise<unknown> | undefined;
        for (let start = 0; start < rows.length; start += BATCH_SIZE) {
          const next = tx.run(cypher, { rows: rows.slice(start, start + BATCH_SIZE) }).summary();
          next.catch(() => {});
          await running;
          running = next;
        }
        await running;
      });
    } finally {
      await session.close();
    }
    const seconds = (performance.now() - started) / 1000;
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction: session.run, not executeQuery.
    const cleanup = driver.session();
    try {
      await cleanup.run('MATCH ()-[r:BENCH_FLOOR]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    } finally {
      await cleanup.close();
    }
    return { rows: rows.length, seconds, linksPerSecond: Math.round(rows.length / seconds), cypher };
  } finally {
    await driver.close();
  }
}
