import { PARTNERSHIP_TYPES } from '../domain/partnership-types.ts';
import type { Database } from './database.ts';
import { loadSchemaStatements } from './queries.ts';

/**
 * Brings a database to the schema this code expects: constraints and indexes
 * from `cypher/schema/` (all `IF NOT EXISTS`, so running it again is a no-op)
 * and the partnership type catalogue. Run at every start-up.
 */
export async function migrate(db: Database): Promise<void> {
  // Schema changes cannot share a transaction with data writes: one each.
  for (const { file, statement } of loadSchemaStatements()) {
    await db.write(`schema:${file}`, (tx) => tx.runText(statement), { serverTimeout: true });
  }
  await db.write('seed-partnership-types', (tx) => tx.run('seed-partnership-types', { types: PARTNERSHIP_TYPES }));
  // Stores from before shortlists named companies by id.
  await db.write('migrate/shortlists-by-id', (tx) => tx.run('migrate/shortlists-by-id'), { serverTimeout: true });
  await db.write('migrate/pipeline-dust-lock', (tx) => tx.run('migrate/pipeline-dust-lock'));
  // Index population on a large graph may take minutes: the server's timeout, not the per-query one.
  await db.write('await-indexes', (tx) => tx.runText('CALL db.awaitIndexes(300)'), { serverTimeout: true });
}
