import { column, type Database } from '../db/database.ts';

/** The market's catalogue: partnership types, segments, capabilities, and the graph's sizes. */

export async function partnershipTypes(db: Database) {
  return column(await db.read('partnership-types'), 'type');
}

export async function segments(db: Database) {
  return column(await db.read('segments'), 'segment');
}

export async function capabilities(db: Database) {
  return column(await db.read('capabilities'), 'capability');
}

/** The graph's sizes and dataset, and the import lock as it stands (the API says what it means). */
export async function ecosystemSummary(db: Database) {
  const [row] = await db.read('ecosystem-summary');
  return row;
}
