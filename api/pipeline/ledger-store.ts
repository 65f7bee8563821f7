import { randomUUID } from 'node:crypto';
import { dateOf } from '../analysis/calendar-days.ts';
import type { LedgerFact } from '../analysis/partner-impact.ts';
import type { Database, RowOf } from '../db/database.ts';
import { badInput, EntityGoneError, notFound } from '../errors.ts';
import { idArgument } from '../ledger/input-checks.ts';
import {
  checkedEntry,
  type LedgerEntryRecord,
  type LedgerFields,
  type StoredLedgerEntry,
} from '../ledger/ledger-entry.ts';

/**
 * The ledger as the graph stores it: one LedgerEntry node per lead or deal,
 * naming its focal company and partner by id, so it outlives every import.
 * Writes go through cypher/ledger/upsert.cypher, the same query the importer
 * runs for a CRM deals export.
 */
export interface LedgerInput extends LedgerFields {
  id?: string | null;
  focal: string;
  partner?: string | null;
}

export async function recordLedgerEntry(db: Database, input: LedgerInput, actor: string): Promise<StoredLedgerEntry> {
  const focal = idArgument('input.focal', input.focal);
  const partner = input.partner == null ? null : idArgument('input.partner', input.partner);
  if (partner === focal) throw badInput('input.partner', 'is the focal company itself');
  const id = input.id == null ? randomUUID() : idArgument('input.id', input.id);
  await requireCompanies(db, [focal, ...(partner ? [partner] : [])]);
  const { now, today, tomorrow } = clock();
  const base: LedgerEntryRecord = {
    id,
    focalId: focal,
    partnerId: partner,
    direction: null,
    kind: 'DEAL',
    name: null,
    account: null,
    outcome: 'OPEN',
    value: null,
    currency: null,
    referredOn: today,
    closedOn: null,
    note: null,
    source: 'api',
    externalId: null,
    updatedAt: now,
    updatedBy: actor,
  };
  const entry = checkedEntry(base, input, 'input', today, tomorrow);
  await db.write('ledger/record', async (tx) => {
    const [existing] = await tx.run('ledger/lock', { id });
    const was = existing?.entry;
    if (was?.id && was.focalId !== focal)
      throw badInput('input.id', `names an entry of the ledger of "${String(was.focalId)}", not of "${focal}"`);
    await tx.run('ledger/upsert', { entries: [entry], today });
  });
  return ledgerEntryOrFail(db, id);
}

export async function updateLedgerEntry(
  db: Database,
  id: string,
  patch: LedgerFields,
  actor: string,
): Promise<StoredLedgerEntry> {
  const { now, today, tomorrow } = clock();
  await db
    .write('ledger/update', async (tx) => {
      const [row] = await tx.run('ledger/lock', { id });
      // No row, or the row of an entry deleted as we locked it (its properties gone).
      const found = row?.entry;
      if (!found?.id) throw notFound('ledger entry', id);
      const { createdAt: _createdAt, createdBy: _createdBy, ...stored } = entryOf(found);
      const entry = checkedEntry({ ...stored, updatedAt: now, updatedBy: actor }, patch, 'patch', today, tomorrow);
      await tx.run('ledger/upsert', { entries: [entry], today });
    })
    .catch(goneAs(id));
  return ledgerEntryOrFail(db, id);
}

export async function deleteLedgerEntry(db: Database, id: string): Promise<string> {
  const rows = await db.write('ledger/delete', (tx) => tx.run('ledger/delete', { id })).catch(goneAs(id));
  if (rows.length === 0) throw notFound('ledger entry', id);
  return id;
}

async function readLedgerEntries(db: Database, ids: readonly string[]): Promise<StoredLedgerEntry[]> {
  return (await db.read('ledger/read', { ids: [...ids] }))
    .map((row) => row.entry)
    .filter((entry) => entry.id != null)
    .map(entryOf);
}

async function ledgerEntryOrFail(db: Database, id: string): Promise<StoredLedgerEntry> {
  const [entry] = await readLedgerEntries(db, [id]);
  if (!entry) throw notFound('ledger entry', id);
  return entry;
}

export async function readLedger(
  db: Database,
  query: { focal: string; partner: string | null; withoutPartner: boolean; first: number; offset: number },
): Promise<StoredLedgerEntry[]> {
  return (await db.read('ledger/list', query)).map((row) => entryOf(row.entry));
}

/** The focal company's ledger as the impact figures read it: with `partners` (all when null), and its deals without a partner. */
export async function readLedgerFacts(
  db: Database,
  focal: string,
  partners: readonly string[] | null,
): Promise<LedgerFact[]> {
  const rows = await db.read('ledger/facts', { focal, partners: partners ? [...partners] : null });
  return rows.map(factOf);
}

export function factOf(row: RowOf<'ledger/facts'>): LedgerFact {
  return {
    partnerId: row.partnerId ?? null,
    direction: row.direction ?? null,
    outcome: row.outcome ?? 'OPEN',
    value: row.value == null ? null : Number(row.value),
    referredOn: row.referredOn ?? null,
    closedOn: row.closedOn ?? null,
  };
}

/** A stored entry back as a record: Neo4j keeps no null properties. */
function entryOf(row: RowOf<'ledger/read'>['entry']): StoredLedgerEntry & { createdBy?: string } {
  return {
    id: String(row.id),
    focalId: String(row.focalId),
    partnerId: row.partnerId ?? null,
    direction: row.direction ?? null,
    kind: row.kind ?? 'DEAL',
    name: row.name ?? null,
    account: row.account ?? null,
    outcome: row.outcome ?? 'OPEN',
    value: row.value == null ? null : Number(row.value),
    currency: row.currency ?? null,
    referredOn: row.referredOn ?? null,
    closedOn: row.closedOn ?? null,
    note: row.note ?? null,
    source: String(row.source ?? 'api'),
    externalId: row.externalId ?? null,
    createdAt: String(row.createdAt ?? row.updatedAt),
    updatedAt: String(row.updatedAt),
    updatedBy: String(row.updatedBy),
  };
}

/** NOT_FOUND naming the first id the graph has no company for. */
async function requireCompanies(db: Database, ids: readonly string[]): Promise<void> {
  const known = new Set(
    (await db.read('companies-by-ids', { ids: [...new Set(ids)] })).map((row) => String(row.company.id)),
  );
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw notFound('company', missing);
}

/**
 * NOT_FOUND naming the first of `ids` nothing knows: neither the graph (a
 * company) nor the pipeline and ledger, whose records outlive the companies a
 * re-import drops. For lists and figures that answer for such a company.
 */
export async function requireKnown(db: Database, ids: readonly string[]): Promise<void> {
  const known = new Set((await db.read('pipeline/known-ids', { ids: [...new Set(ids)] })).map((row) => String(row.id)));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw notFound('company', missing);
}

function clock(): { now: string; today: string; tomorrow: string } {
  const now = new Date();
  return { now: now.toISOString(), today: dateOf(now), tomorrow: dateOf(new Date(now.getTime() + 86_400_000)) };
}

function goneAs(id: string) {
  return (error: unknown): never => {
    throw error instanceof EntityGoneError ? notFound('ledger entry', id) : error;
  };
}
