import { afterAll, inject } from 'vitest';
import { createDatabase, type Database } from '../../api/db/database.ts';
import { migrate } from '../../api/db/migrate.ts';

/**
 * A driver on the test Neo4j with the schema applied, closed after the file's
 * tests. Each test file seeds its own small graph with ids under a unique
 * prefix, so files never see each other's data.
 */
export async function useTestDatabase(): Promise<Database> {
  const db = createDatabase({
    uri: inject('neo4jUri'),
    username: inject('neo4jUsername'),
    password: inject('neo4jPassword'),
    database: process.env.NEO4J_DATABASE || undefined,
  });
  afterAll(() => db.close());
  await migrate(db);
  return db;
}

let counter = 0;
/**
 * A prefix no other test run or file has used: `t<time><pid><n>-`. The
 * process id matters: test files run in parallel workers, each counting from
 * 1, and two of them starting in the same millisecond shared a prefix (and so
 * each other's companies).
 */
export function uniquePrefix(): string {
  counter += 1;
  return `t${Date.now().toString(36)}${process.pid.toString(36)}${counter}-`;
}
