import type { Database } from '../db/database.ts';
import { badRecords } from '../errors.ts';
import { slugify } from '../domain/slug.ts';
import { takeEffect } from '../import/take-effect.ts';
import { MAX_WRITE_ROWS, type WriteProblem } from './check-records.ts';
import { storedChanges, type WriteOptions, type WriteResult } from './write-records.ts';
import { holdWriteLock } from './write-lock.ts';

/** removeRecords' input as GraphQL gives it. */
export interface RemovalInput {
  companies?: string[] | null;
  customers?: string[] | null;
  accounts?: { company: string; customer: string }[] | null;
  capabilities?: { company: string; capability: string }[] | null;
  segments?: { company: string; segment: string }[] | null;
  rivalries?: { company: string; competitor: string }[] | null;
  partnerships?: string[] | null;
}

/**
 * removeRecords: the records listed are removed in one transaction under the
 * import lock, which also records the write as an import's taking effect does,
 * so the changes are recorded and sent to the webhook, and the ranking
 * calibrated again when partnerships went (with a company, or by id). What
 * the graph does not hold is listed as absent, not refused: removing twice is
 * the same as once.
 */
export async function removeRecords(db: Database, input: RemovalInput, options: WriteOptions): Promise<WriteResult> {
  const keys = removalKeys(input);
  const rows = Object.values(keys).reduce((sum, list) => sum + list.length, 0);
  const problems: WriteProblem[] = [];
  if (rows === 0) problems.push({ path: 'input', reason: 'lists nothing to remove' });
  if (rows > MAX_WRITE_ROWS)
    problems.push({
      path: 'input',
      reason: `lists ${rows.toLocaleString('en-US')} records; a call removes at most ${MAX_WRITE_ROWS.toLocaleString('en-US')}`,
    });
  for (const [list, ids] of [
    ['companies', keys.companies],
    ['customers', keys.customers],
    ['partnerships', keys.partnerships],
  ] as const) {
    ids.forEach((id, index) => {
      if (id.trim() === '') problems.push({ path: `${list}[${index}]`, reason: 'is empty' });
    });
  }
  if (problems.length > 0) throw badRecords(problems);

  const lock = await holdWriteLock(db, options.actor);
  try {
    const [present] = await db.read('writes/present', keys);
    const removable = {
      companies: present?.companies ?? [],
      customers: present?.customers ?? [],
      accounts: present?.accounts ?? [],
      offers: present?.offers ?? [],
      targets: present?.targets ?? [],
      rivalries: present?.rivalries ?? [],
      partnerships: present?.partnerships ?? [],
    };
    const absent = describeAbsent(keys, removable);
    const removed = Object.values(removable).reduce((sum, list) => sum + list.length, 0);
    const counts = { ...NOTHING_ADDED, removed };
    if (options.dryRun || removed === 0) {
      await lock.release();
      return { applied: false, dryRun: options.dryRun, counts, assigned: [], absent, changes: [] };
    }
    const { changes } = await takeEffect(
      db,
      lock,
      {
        merging: true,
        replace: false,
        rows: removed,
        dataset: `API write by ${options.actor}`,
        title: null,
        calibrate: removable.partnerships.length + removable.companies.length > 0,
        apply: async (tx) => {
          const [result] = await tx.run('writes/remove', removable);
          const touched = new Set([
            ...(result?.fromAccounts ?? []),
            ...(result?.fromOffers ?? []),
            ...(result?.fromCustomers ?? []).flat(),
          ]);
          for (const id of removable.companies) touched.delete(id);
          if (touched.size > 0) await tx.run('writes/recount', { ids: [...touched] });
        },
      },
      { webhook: options.webhook, log: () => {} },
    );
    return { applied: true, dryRun: false, counts, assigned: [], absent, changes: storedChanges(changes) };
  } catch (error) {
    if (lock.phase === 'staging') await lock.release().catch(() => lock.abandon());
    else lock.abandon();
    throw error;
  }
}

const NOTHING_ADDED = {
  newCompanies: 0,
  updatedCompanies: 0,
  newCustomers: 0,
  updatedCustomers: 0,
  newAccounts: 0,
  changedAccounts: 0,
  newPartnerships: 0,
  changedPartnerships: 0,
  newCapabilities: 0,
  newRivalries: 0,
  liveCompanies: 0,
  liveCustomers: 0,
  liveAccounts: 0,
  livePartnerships: 0,
  stagedCompanies: 0,
  stagedCustomers: 0,
  stagedAccounts: 0,
  stagedPartnerships: 0,
};

/** The input as the removal query's parameters; a capability or segment named by its name or its id (its slug either way). */
function removalKeys(input: RemovalInput) {
  return {
    companies: input.companies ?? [],
    customers: input.customers ?? [],
    accounts: input.accounts ?? [],
    offers: (input.capabilities ?? []).map(({ company, capability }) => ({ company, capability: slugify(capability) })),
    targets: (input.segments ?? []).map(({ company, segment }) => ({ company, segment: slugify(segment) })),
    rivalries: input.rivalries ?? [],
    partnerships: input.partnerships ?? [],
  };
}

/** What was listed but is not in the graph, each said as `companies: "x"`. */
function describeAbsent(
  keys: ReturnType<typeof removalKeys>,
  present: Record<string, readonly unknown[] | undefined>,
): string[] {
  const absent: string[] = [];
  for (const [list, entries] of Object.entries(keys) as [string, unknown[]][]) {
    const there = new Set((present[list] ?? []).map(keyOf));
    for (const entry of entries)
      if (!there.has(keyOf(entry)))
        absent.push(
          `${list}: ${typeof entry === 'string' ? `"${entry}"` : Object.values(entry as object).join(' → ')}`,
        );
  }
  return absent;
}

/** An id, or a key's values in the order of their names (the database gives maps back in an order of its own). */
function keyOf(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  const record = entry as Record<string, unknown>;
  return Object.keys(record)
    .sort()
    .map((key) => String(record[key]))
    .join('\u0000');
}
