import { randomUUID } from 'node:crypto';
import type { Database, WriteWork } from '../db/database.ts';
import { PARTNERSHIP_TYPES } from '../domain/partnership-types.ts';
import { CHANGE_KINDS, type ChangeKind } from '../domain/change-kinds.ts';
import { diffMarket, type MarketChange } from './diff-market.ts';
import { readSnapshot, type MarketSnapshot } from './market-snapshot.ts';

/** Changes of one kind an import stores at most: a --replace by another market would otherwise store one per partnership. */
const MAX_STORED_PER_KIND = 1_000;

/** One import's record: what the graph stores, the webhook sends and changes(…) reads. */
export interface ImportRunRecord {
  id: string;
  dataset: string;
  replace: boolean;
  finishedAt: string;
  /** True for an import into a graph without companies: nothing to compare with, so no changes. */
  baseline: boolean;
  /** Changes found per kind; at most MAX_STORED_PER_KIND of each are stored. */
  counts: Record<ChangeKind, number>;
  changes: MarketChange[];
}

/** What the market looked like before an import took effect: read while the import still stages beside it. */
export function snapshotBefore(db: Database): Promise<MarketSnapshot> {
  return readSnapshot(db);
}

/**
 * Reads the market again after the import (and its calibration) took effect
 * and diffs it with `before`: the run's record, not yet stored (storeImportRun).
 */
export async function diffImport(
  db: Database,
  before: MarketSnapshot,
  run: { dataset: string; replace: boolean },
): Promise<ImportRunRecord> {
  const baseline = before.names.size === 0;
  const after = baseline ? undefined : await readSnapshot(db, before.watched);
  const typeName = (typeId: string | null) =>
    PARTNERSHIP_TYPES.find((type) => type.id === typeId)?.name.toLowerCase() ?? '';
  const found = after ? diffMarket(before, after, typeName) : [];
  const counts = Object.fromEntries(
    CHANGE_KINDS.map((kind) => [kind, found.filter((change) => change.kind === kind).length]),
  ) as Record<ChangeKind, number>;
  const changes = CHANGE_KINDS.flatMap((kind) =>
    found.filter((change) => change.kind === kind).slice(0, MAX_STORED_PER_KIND),
  );
  return { id: randomUUID(), ...run, finishedAt: new Date().toISOString(), baseline, counts, changes };
}

/**
 * Stores the run with its changes, in the caller's transaction. `webhookPending`
 * marks a run whose changes are still to be sent (cleared once they are), so
 * that an import killed between the two sends them when it is completed.
 */
export async function storeImportRun(tx: WriteWork, record: ImportRunRecord, webhookPending: boolean): Promise<void> {
  await tx.run('changes/record', {
    run: {
      id: record.id,
      dataset: record.dataset,
      replace: record.replace,
      finishedAt: record.finishedAt,
      baseline: record.baseline,
      counts: JSON.stringify(record.counts),
      webhookPending: webhookPending && record.changes.length > 0,
    },
    changes: record.changes.map((change, seq) => ({ ...change, seq, companies: JSON.stringify(change.companies) })),
  });
}
