import { DEFAULT_MODEL, type MarketModel } from '../analysis/market-model.ts';
import { changeFields } from '../changes/change-store.ts';
import { diffImport, storeImportRun, type ImportRunRecord } from '../changes/record-changes.ts';
import { parseSnapshot, serialiseSnapshot, type MarketSnapshot } from '../changes/market-snapshot.ts';
import { deliver, type WebhookSettings } from '../changes/webhook.ts';
import type { Database } from '../db/database.ts';
import { calibrateMarket } from '../fits/calibrate-market.ts';
import type { LockedWriter } from './import-lock.ts';
import type { StepLog } from './step-log.ts';

/**
 * What an import still has to do once its rows have taken effect: calibrate
 * the ranking on the new graph, record what changed against the market as it
 * was, and tell the webhook. It is stored in the very transaction that makes
 * the import take effect (cypher/import/pending/store.cypher), so an import
 * killed after that point is completed, by the next import or `npm start`,
 * exactly as an uninterrupted one would have been.
 */
export interface PendingCompletion {
  run: string;
  /** The dataset's label in the record of changes. */
  dataset: string;
  /** The title to record for the loaded dataset; null keeps the current one (an upsert from a folder that names none). */
  title: string | null;
  replace: boolean;
  /** The market before the import took effect; undefined when it could not be read (then no changes are recorded). */
  snapshot?: MarketSnapshot;
  /** Whether the ranking is to be calibrated again: false for a write that changed no partnership. Default true. */
  calibrate?: boolean;
}

/** What completing an import found. */
export interface Completion {
  model?: MarketModel;
  changes?: ImportRunRecord;
}

export interface CompletionOptions {
  webhook?: WebhookSettings;
  onCalibration?: (done: number, total: number) => void;
  /** Learn the weights from scratch instead of moving the previous import's only as far as needed. Default false. */
  relearnWeights?: boolean;
  log: StepLog;
}

/** Parameters of cypher/import/pending/store.cypher. */
export function pendingParams(pending: PendingCompletion): Record<string, unknown> {
  return {
    run: pending.run,
    dataset: pending.dataset,
    title: pending.title,
    replace: pending.replace,
    snapshot: pending.snapshot ? serialiseSnapshot(pending.snapshot) : null,
    calibrated: pending.calibrate === false,
  };
}

/** The completion a killed import left, if any. */
export async function readPendingCompletion(
  db: Database,
): Promise<(PendingCompletion & { calibrated: boolean }) | undefined> {
  const [row] = await db.read('import/pending/read');
  const stored = row?.pending;
  if (!stored) return undefined;
  return {
    run: stored.run,
    dataset: stored.dataset,
    title: stored.title ?? null,
    replace: stored.replace,
    snapshot: stored.snapshot ? parseSnapshot(stored.snapshot) : undefined,
    calibrated: stored.calibrated,
  };
}

/**
 * Completes an import that has taken effect: the ranking is calibrated on the
 * new graph (unless that was done before a kill), and the changes diffed and
 * stored, marked for the webhook (sendPendingChanges, once the lock is
 * released). Each step is one transaction under the import lock that also
 * moves the pending completion on, so a kill at any point repeats nothing
 * that was stored and skips nothing that was not. Calibration or the record
 * failing does not undo the import: the step log says why.
 */
export async function completeImport(
  db: Database,
  writer: LockedWriter,
  pending: PendingCompletion & { calibrated?: boolean },
  options: CompletionOptions,
): Promise<Completion> {
  const model = pending.calibrated ? undefined : await calibrate(db, writer, options);
  let changes: ImportRunRecord | undefined;
  try {
    changes = pending.snapshot
      ? await diffImport(db, pending.snapshot, { dataset: pending.dataset, replace: pending.replace })
      : undefined;
  } catch (error) {
    options.log(`Could not record what the import changed (${messageOf(error)}): this import records no changes.`);
  }
  await writer.write('import:complete', async (tx) => {
    if (changes) await storeImportRun(tx, changes, options.webhook !== undefined);
    await tx.run('import/pending/clear');
  });
  return { model, changes };
}

/**
 * Calibrates the ranking model on the graph that took effect and stores it,
 * marking the pending completion calibrated in the same transaction. On
 * failure the defaults are stored instead (a model learnt on the previous
 * market must not outlive it).
 */
async function calibrate(
  db: Database,
  writer: LockedWriter,
  options: CompletionOptions,
): Promise<MarketModel | undefined> {
  let model: MarketModel | undefined;
  try {
    model = await calibrateMarket(db, {
      incumbent: options.relearnWeights ? undefined : 'stored',
      onProgress: options.onCalibration,
    });
  } catch (error) {
    options.log(
      `The ranking could not be calibrated (${messageOf(error)}): default weights apply until the next import.`,
    );
  }
  await writer.write('market:store-model', async (tx) => {
    await tx.run('market/store-model', { model: JSON.stringify(model ?? DEFAULT_MODEL) });
    await tx.run('import/pending/mark-calibrated');
  });
  return model;
}

/**
 * Sends every recorded run's changes the webhook has not had: this import's,
 * and any a kill kept from being sent. Run after the import lock is released,
 * so a slow receiver holds up no import; a kill between the record and the
 * send sends them with the next import or start-up (at least once, then).
 * A receiver that fails every try is reported and not tried again (the
 * changes stay in changes(…)); the import still succeeds.
 */
export async function sendPendingChanges(
  db: Database,
  webhook: WebhookSettings,
  log: StepLog,
  current?: ImportRunRecord,
): Promise<void> {
  for (const row of await db.read('changes/undelivered')) {
    const { run } = row;
    const record: ImportRunRecord =
      run.id === current?.id
        ? current
        : {
            ...run,
            baseline: false,
            counts: JSON.parse(run.counts) as ImportRunRecord['counts'],
            changes: run.changes.map((change) => ({ kind: change.kind, ...changeFields(change) })),
          };
    const payload = {
      import: {
        id: record.id,
        dataset: record.dataset,
        replace: record.replace,
        finishedAt: record.finishedAt,
        counts: record.counts,
      },
      changes: record.changes,
    };
    const delivery = await deliver(webhook, payload, 'changes');
    if (!delivery.delivered) {
      const which =
        record === current ? "this import's changes" : `the changes of the import finished ${record.finishedAt}`;
      log(
        `The webhook did not take ${which} after ${delivery.attempts} tries (${delivery.error}); they are stored, and changes(…) returns them.`,
      );
    }
    await db.write('changes:mark-delivered', (tx) => tx.run('changes/mark-delivered', { id: record.id }));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
