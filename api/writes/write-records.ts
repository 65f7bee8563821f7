import type { StoredChange } from '../changes/change-store.ts';
import type { ImportRunRecord } from '../changes/record-changes.ts';
import type { WebhookSettings } from '../changes/webhook.ts';
import type { Database } from '../db/database.ts';
import { badRecords } from '../errors.ts';
import type { HeldLock } from '../import/import-lock.ts';
import type { ImportPreview } from '../db/bookkeeping-rows.ts';
import { previewStaged } from '../import/import-preview.ts';
import { matchDomainOf } from '../import/match-keys.ts';
import { backfillMatchKeys, liveRecordsLike } from '../import/match-sources.ts';
import { removeLeftovers } from '../import/publish-staged.ts';
import { stageFolder, type StageSource } from '../import/stage-folder.ts';
import { takeEffect } from '../import/take-effect.ts';
import { RecordMatcher, type MatchDecision } from '../matching/record-matcher.ts';
import { checkRecords, type RecordsInput, type WriteProblem } from './check-records.ts';
import { holdWriteLock } from './write-lock.ts';

/** What a write did, or would do (api/schema/writes.graphql). */
export interface WriteResult {
  applied: boolean;
  dryRun: boolean;
  counts: ImportPreview & { removed: number };
  assigned: { path: string; id: string; how: string }[];
  absent: string[];
  changes: StoredChange[];
}

export interface WriteOptions {
  dryRun: boolean;
  /** Who writes, for the record of changes ("API write by crm-sync"). */
  actor: string;
  webhook?: WebhookSettings;
}

/**
 * writeRecords: a batch of records checked as file rows are, customers without
 * an id matched as a strategist's files' are (by domain, then name, against the
 * graph and the batch), staged beside the graph under the import lock, then
 * merged in one transaction with the import's own path (api/import/take-effect.ts):
 * the changes recorded and sent to the webhook, the ranking calibrated again when
 * partnerships change. A bad batch writes nothing and throws BAD_USER_INPUT with
 * every problem; a dry run stages, counts and removes the staging.
 */
export async function writeRecords(db: Database, input: RecordsInput, options: WriteOptions): Promise<WriteResult> {
  const { batch, problems } = checkRecords(input);
  if (problems.length > 0) throw badRecords(problems);
  const lock = await holdWriteLock(db, options.actor);
  try {
    const live = new Set((await db.read('import/company-ids')).map((row) => String(row.id)));
    const companies = new Set([...live, ...batch.companies.map((row) => row.id)]);
    const unknown = batch.companyReferences.filter((reference) => !companies.has(reference.id));
    if (unknown.length > 0)
      throw badRecords(
        unknown.map(({ path, id }) => ({
          path,
          reason: `unknown company "${id}" (not in the graph nor in this batch's companies)`,
        })),
      );

    const assigned: WriteResult['assigned'] = [];
    const { idOf, existing } = await matchCustomers(db, lock, batch, live.size > 0, assigned);
    const merging = live.size > 0;
    const sources: StageSource[] = [
      { type: 'rows', label: 'companies', spec: 'companies.csv', rows: batch.companies },
      {
        type: 'rows',
        label: 'customers',
        spec: 'customers.csv',
        rows: [...batch.customers, ...matchedCustomers(batch, idOf, existing)],
      },
      {
        type: 'rows',
        label: 'accounts',
        spec: 'accounts.csv',
        rows: batch.accounts.map(({ line, company_id, customer, stage }) => ({
          line,
          company_id,
          stage,
          customer_id: 'id' in customer ? customer.id : idOf(customer.path),
        })),
      },
      { type: 'rows', label: 'capabilities', spec: 'capabilities.csv', rows: batch.capabilities },
      { type: 'rows', label: 'segments', spec: 'segments.csv', rows: batch.segments },
      { type: 'rows', label: 'rivalries', spec: 'competitors.csv', rows: batch.competitors },
      { type: 'rows', label: 'partnerships', spec: 'partnerships.csv', rows: batch.partnerships },
      {
        type: 'source',
        label: 'partnerships',
        bytes: 0,
        rows: (async function* () {
          for (const { line, parties, type, status, since } of batch.pairPartnerships) {
            yield {
              kind: 'source-partnerships' as const,
              id: `${parties[0]}--${parties[1]}`,
              parties,
              type,
              status,
              since,
              line,
              position: 0,
            };
          }
        })(),
      },
    ];
    const staging: { file: string; line: number; reason: string }[] = [];
    const written = await stageFolder(lock, sources, staging, { merging, liveCompanyIds: live });
    if (staging.length > 0)
      throw badRecords(
        staging.map((problem): WriteProblem => ({
          path: `${problem.file}[${problem.line - 1}]`,
          reason: problem.reason,
        })),
      );
    const counts = { ...(await previewStaged(db)), removed: 0 };
    if (options.dryRun) {
      await removeLeftovers(lock);
      await lock.release();
      return { applied: false, dryRun: true, counts, assigned, absent: [], changes: [] };
    }
    const rows = Object.values(written).reduce((sum, count) => sum + count, 0);
    const partnershipsMove = batch.partnerships.length + batch.pairPartnerships.length > 0;
    const { changes } = await takeEffect(
      db,
      lock,
      {
        merging,
        replace: false,
        rows,
        dataset: `API write by ${options.actor}`,
        title: null,
        calibrate: partnershipsMove,
      },
      // One transaction whatever the batch's size (MAX_WRITE_ROWS): a write is all or nothing.
      { webhook: options.webhook, log: () => {}, maxSingleTransactionRows: Number.MAX_SAFE_INTEGER },
    );
    return { applied: true, dryRun: false, counts, assigned, absent: [], changes: storedChanges(changes) };
  } catch (error) {
    if (lock.phase === 'staging') {
      await removeLeftovers(lock).catch(() => {});
      await lock.release().catch(() => lock.abandon());
    } else lock.abandon();
    throw error;
  }
}

/**
 * The ids of customers given without one: matched by domain, then name, to a
 * customer of the batch (with its id) or of the graph (found by its match keys),
 * else new (the slug of the domain or the name). Each is listed in `assigned`.
 */
async function matchCustomers(
  db: Database,
  lock: HeldLock,
  batch: ReturnType<typeof checkRecords>['batch'],
  graphHasData: boolean,
  assigned: WriteResult['assigned'],
): Promise<{ idOf: (path: string) => string; existing: ReadonlySet<string> }> {
  const mentions = [
    ...batch.unnamedCustomers.map(({ path, mention }) => ({ path, mention })),
    ...batch.accounts.flatMap(({ customer }) => ('mention' in customer ? [customer] : [])),
  ];
  if (mentions.length === 0) return { idOf: () => '', existing: new Set() };
  const matcher = new RecordMatcher();
  for (const row of batch.customers)
    matcher.add(
      {
        kind: 'customer',
        anchorId: row.id,
        ...(row.name && { name: row.name }),
        ...(row.domain && { domain: row.domain }),
      },
      'the batch',
    );
  for (const { mention } of mentions) matcher.add(mention, 'the batch');
  const existing = new Set<string>();
  if (graphHasData) {
    await backfillMatchKeys(db, lock);
    for (const record of await liveRecordsLike(db, 'customer', matcher.keysOf('customer'))) {
      if (batch.customers.some((row) => row.id === record.id)) continue;
      existing.add(record.id);
      matcher.add(
        {
          kind: 'customer',
          anchorId: record.id,
          ...(record.name && { name: record.name }),
          ...(record.domain && { domain: record.domain }),
        },
        'the graph',
      );
    }
  }
  const resolution = matcher.resolve();
  const ids = new Map<string, string>();
  for (const { path, mention } of mentions) {
    const decision = resolution.lookup(mention) as MatchDecision;
    ids.set(path, decision.id);
    assigned.push({ path, id: decision.id, how: existing.has(decision.id) ? 'existing' : decision.how });
  }
  return { idOf: (path) => ids.get(path)!, existing };
}

/**
 * Rows of the customers file for the customers given without an id: a new
 * customer with its fields; one the graph has with the fields given, but not
 * its name (the name found it, and the graph's spelling stays); none for an
 * account's customer the graph has (the account names it by id).
 */
function matchedCustomers(
  batch: ReturnType<typeof checkRecords>['batch'],
  idOf: (path: string) => string,
  existing: ReadonlySet<string>,
): (Record<string, unknown> & { line: number })[] {
  const written = new Set(batch.customers.map((row) => row.id));
  const rows: (Record<string, unknown> & { line: number })[] = [];
  for (const { path, row, mention } of batch.unnamedCustomers) {
    const id = idOf(path);
    if (written.has(id)) continue;
    written.add(id);
    const { name, ...rest } = row;
    const line = Number(/\[(\d+)\]/.exec(path)![1]) + 1;
    rows.push({ ...rest, ...(existing.has(id) ? {} : { name }), id, line, ...domainOf(mention.domain) });
  }
  for (const { customer } of batch.accounts) {
    if (!('mention' in customer)) continue;
    const id = idOf(customer.path);
    if (written.has(id) || existing.has(id)) continue;
    written.add(id);
    rows.push({
      id,
      name: customer.mention.name ?? customer.mention.domain ?? id,
      ...domainOf(customer.mention.domain),
      line: 0,
    });
  }
  return rows;
}

/** A matched customer's domain as matching reads it (the registrable domain), when it has a usable one. */
function domainOf(written: string | undefined): { domain?: string } {
  const domain = matchDomainOf(written);
  return domain ? { domain } : {};
}

/** The changes of a write, in the shape changes(…) gives them. */
export function storedChanges(record: ImportRunRecord | undefined): StoredChange[] {
  if (!record) return [];
  return record.changes.map((change) => ({
    ...change,
    importId: record.id,
    importedAt: record.finishedAt,
    dataset: record.dataset,
  }));
}
