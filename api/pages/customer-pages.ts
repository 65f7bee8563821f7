import type { Database, Row } from '../db/database.ts';
import { decodeCursor, encodeCursor, fingerprint, keyOf, pageOf, type Page } from './cursor.ts';

const KIND = 'customers';

/** The company property the importer keeps each stage's count in. */
const COUNT_PROPERTY = {
  customer: 'customerCount',
  prospect: 'prospectCount',
  opportunity: 'opportunityCount',
} as const;
export type StageValue = keyof typeof COUNT_PROPERTY;

/**
 * A page of one company's accounts at a stage, by customer id from a key (so a
 * cursor outlives imports); the total is the count the importer keeps on the
 * company, as `customerCount(stage)` answers.
 */
export async function customerPage(
  db: Database,
  company: Row & { id: string },
  query: { stage: StageValue; first: number; after?: string | null },
): Promise<Page<Row>> {
  const listFingerprint = fingerprint([company.id, query.stage]);
  const position = decodeCursor(query.after, KIND, listFingerprint);
  const key = keyOf(position, 1);
  const rows = await db.read('company-customers', {
    id: company.id,
    stage: query.stage,
    first: query.first,
    after: key?.[0] ?? null,
  });
  const customers = rows.map((row) => row.customer);
  return pageOf(customers, query.first, {
    node: (customer) => customer,
    cursor: (customer) => encodeCursor(KIND, listFingerprint, [customer.id]),
    totalCount: Number(company[COUNT_PROPERTY[query.stage]] ?? 0),
    after: position,
  });
}
