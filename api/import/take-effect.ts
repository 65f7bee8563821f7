import type { MarketModel } from '../analysis/market-model.ts';
import type { ImportRunRecord } from '../changes/record-changes.ts';
import { snapshotBefore } from '../changes/record-changes.ts';
import type { WebhookSettings } from '../changes/webhook.ts';
import type { Database, WriteWork } from '../db/database.ts';
import type { HeldLock } from './import-lock.ts';
import { completeImport, sendPendingChanges } from './pending-completion.ts';
import { applyDirectly, applyStaged, removeLeftovers, switchToStaged } from './publish-staged.ts';
import type { StepLog } from './step-log.ts';
import { CHUNK_SIZE } from './stage-folder.ts';

/** What is staged, and how it is to take effect. */
export interface Staged {
  /** Merged into the graph (an upsert, a write through the API) or replacing it. */
  merging: boolean;
  replace: boolean;
  /** Rows staged, which decides whether a merge is applied in one transaction. */
  rows: number;
  /** The label of the run in the record of changes. */
  dataset: string;
  /** The title to record for the loaded dataset; null keeps the current one. */
  title: string | null;
  /** Whether the ranking is to be calibrated again (partnerships may have changed). Default true. */
  calibrate?: boolean;
  /** A change made on the graph itself instead of staged rows (a removal through the API), in the transaction that records it. */
  apply?: (tx: WriteWork) => Promise<void>;
}

export interface TakeEffectOptions {
  webhook?: WebhookSettings;
  log: StepLog;
  onCalibration?: (done: number, total: number) => void;
  /** Learn the weights from scratch (pending-completion.ts). */
  relearnWeights?: boolean;
  /** A merge of at most this many rows is applied in one transaction. Default CHUNK_SIZE (50,000). */
  maxSingleTransactionRows?: number;
}

/**
 * Makes staged rows take effect, whoever staged them (an import of a folder,
 * a write through the API), with the same guarantees: the market is read
 * first (what the changes are measured against), the staging is merged or
 * swapped in (all or nothing up to a chunk; past it finished by whoever finds
 * it killed), the import completed (calibration, changes), leftovers removed,
 * the lock released and the changes sent to the webhook.
 */
export async function takeEffect(
  db: Database,
  lock: HeldLock,
  staged: Staged,
  options: TakeEffectOptions,
): Promise<{ model?: MarketModel; changes?: ImportRunRecord }> {
  const { log } = options;
  let snapshot;
  try {
    snapshot = await snapshotBefore(db);
  } catch (error) {
    // Reading the market is a report on the import, not part of it.
    log(
      `Could not read the market before the import (${error instanceof Error ? error.message : String(error)}): this import records no changes.`,
    );
  }
  const pending = {
    run: lock.run,
    dataset: staged.dataset,
    title: staged.title,
    replace: staged.replace,
    snapshot,
    calibrate: staged.calibrate ?? true,
  };
  if (staged.apply) await applyDirectly(lock, pending, staged.apply);
  else if (staged.merging)
    await applyStaged(lock, pending, staged.rows, options.maxSingleTransactionRows ?? CHUNK_SIZE, log);
  else await switchToStaged(lock, pending, log);
  // The new graph is complete and live: the ranking learns from its partnerships as they now stand, and the changes are recorded.
  const { model, changes } = await completeImport(
    db,
    lock,
    { ...pending, calibrated: !pending.calibrate },
    { webhook: options.webhook, log, onCalibration: options.onCalibration, relearnWeights: options.relearnWeights },
  );
  await removeLeftovers(lock, log);
  await lock.release();
  if (options.webhook) await sendPendingChanges(db, options.webhook, log, changes);
  return { model, changes };
}
