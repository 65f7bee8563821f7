import type { Database } from '../db/database.ts';

/** What every resolver gets: the database, nothing else. */
export interface ApiContext {
  db: Database;
}
