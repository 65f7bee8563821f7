import { randomUUID } from 'node:crypto';
import { dateOf } from '../analysis/calendar-days.ts';
import { dustFlags, type DustFlag } from '../analysis/gathering-dust.ts';
import { dustSentence } from '../analysis/partnership-health.ts';
import { goalProgress } from '../analysis/plan-progress.ts';
import type { StoredChange } from '../changes/change-store.ts';
import { deliver, type WebhookSettings } from '../changes/webhook.ts';
import type { Database, RowOf } from '../db/database.ts';
import { factOf } from './ledger-store.ts';
import { STAGE_LABELS } from '../domain/pipeline-stages.ts';
import { planOf } from './plan-store.ts';

/** An item as cypher/pipeline/dust-items.cypher reads it, with its plan, ledger and names. */
type DustItem = RowOf<'pipeline/dust-items'>['item'];

/**
 * The dust check: every pipeline item and signed partnership that has newly
 * gone quiet (no activity for the quiet time) or fallen behind its plan at
 * the plan's checkpoint is recorded as a GATHERING_DUST change, in a run of
 * its own that changes(…) lists beside imports', and sent to the webhook as
 * imports' changes are. Each flag is reported once (its key is kept on the
 * item); a flag that clears and comes back is reported again.
 */
const DUST_DATASET = 'Gathering-dust check';
const DUST_KIND = 'GATHERING_DUST';

/** A GATHERING_DUST change, as stored and as changes(…) gives it. */
type DustChange = Omit<StoredChange, 'kind'> & {
  kind: typeof DUST_KIND;
  pipelineItemId: string;
  dustReason: DustFlag['reason'];
};

export interface DustCheckResult {
  checkedAt: string;
  quietDays: number;
  /** Items gathering dust now, reported before or not. */
  flagged: number;
  /** The changes this check recorded. */
  reported: DustChange[];
}

export interface DustCheckOptions {
  quietDays: number;
  /** Default now; tests check as of a later day. */
  now?: Date;
  webhook?: WebhookSettings;
  log?: (line: string) => void;
}

export async function runDustCheck(db: Database, options: DustCheckOptions): Promise<DustCheckResult> {
  const now = options.now ?? new Date();
  const checkedAt = now.toISOString();
  const today = dateOf(now);
  const runId = randomUUID();
  const outcome = await db.write('pipeline/dust-check', async (tx) => {
    // One check at a time across processes; the second reads what the first marked.
    await tx.run('pipeline/dust-lock');
    const items = (await tx.run('pipeline/dust-items')).map((row) => row.item);
    const changes: DustChange[] = [];
    const marks: { id: string; keys: string[] }[] = [];
    let flagged = 0;
    for (const item of items) {
      const flags = flagsOf(item, today, options.quietDays);
      if (flags.length > 0) flagged += 1;
      const reported = item.dustReported ?? [];
      const keys = flags.map((flag) => flag.key);
      for (const flag of flags)
        if (!reported.includes(flag.key)) changes.push(changeOf(item, flag, { runId, checkedAt }));
      if (keys.length !== reported.length || keys.some((key) => !reported.includes(key)))
        marks.push({ id: String(item.id), keys });
    }
    if (changes.length > 0) {
      await tx.run('pipeline/dust-record', {
        run: {
          id: runId,
          dataset: DUST_DATASET,
          finishedAt: checkedAt,
          counts: JSON.stringify({ [DUST_KIND]: changes.length }),
          webhookPending: options.webhook !== undefined,
        },
        changes: changes.map((change, seq) => storedForm(change, seq)),
        marks,
      });
    } else if (marks.length > 0) {
      await tx.run('pipeline/dust-mark', { marks });
    }
    return { flagged, changes };
  });
  if (options.webhook) await sendDustChanges(db, options.webhook, options.log ?? (() => {}));
  return { checkedAt, quietDays: options.quietDays, flagged: outcome.flagged, reported: outcome.changes };
}

function flagsOf(item: DustItem, today: string, quietDays: number): DustFlag[] {
  const plan = item.plan
    ? planOf({ itemId: item.id, version: 0, createdAt: '', updatedAt: '', updatedBy: '', ...item.plan })
    : null;
  const entries = (item.ledger ?? []).map(factOf);
  const goals = plan ? plan.goals.map((goal) => goalProgress(goal, plan, entries, today)) : [];
  const lastActivityOn = String(item.touchedOn ?? dateOf(String(item.createdAt)));
  return dustFlags(
    { stage: String(item.stage), lastActivityOn, checkpointOn: plan?.checkpointOn ?? null, goals },
    today,
    quietDays,
  );
}

function changeOf(item: DustItem, flag: DustFlag, run: { runId: string; checkedAt: string }): DustChange {
  const focal = String(item.focalId);
  const candidate = String(item.candidateId);
  const focalName = String(item.focalName ?? focal);
  const candidateName = String(item.candidateName ?? candidate);
  const stage = item.stage;
  const where =
    stage === 'SIGNED'
      ? `The partnership of ${focalName} and ${candidateName}`
      : `${candidateName}, ${STAGE_LABELS[stage]} in ${focalName}’s pipeline${item.owner ? ` (owner: ${String(item.owner)})` : ''}`;
  const sentence =
    flag.reason === 'QUIET'
      ? `${where}: ${dustSentence(flag, focalName, candidateName)}`
      : `${where} is ${dustSentence(flag, focalName, candidateName).replace(/^Behind/, 'behind')}`;
  const firstBehind = flag.goalsBehind[0];
  return {
    kind: DUST_KIND,
    sentence,
    concerns: [focal, candidate],
    companies: [
      { id: focal, name: focalName, role: 'FOCAL' },
      { id: candidate, name: candidateName, role: 'CANDIDATE' },
    ],
    partnershipId: item.partnershipId ?? null,
    typeId: item.partnershipTypeId ?? null,
    statusBefore: null,
    statusAfter: null,
    before: flag.reason === 'QUIET' ? null : (firstBehind?.expectedAtCheckpoint ?? null),
    after: flag.reason === 'QUIET' ? flag.days : (firstBehind?.actual ?? null),
    shortlistId: null,
    shortlistName: null,
    pipelineItemId: String(item.id),
    dustReason: flag.reason,
    importId: run.runId,
    importedAt: run.checkedAt,
    dataset: DUST_DATASET,
  };
}

function storedForm(change: DustChange, seq: number): Record<string, unknown> {
  return { ...change, seq, companies: JSON.stringify(change.companies) };
}

/**
 * Sends every recorded dust check the webhook has not had, oldest first, as
 * imports' changes are sent (same payload, same signature, event `changes`);
 * a receiver that fails every try is logged and not tried again.
 */
async function sendDustChanges(db: Database, webhook: WebhookSettings, log: (line: string) => void): Promise<void> {
  for (const row of await db.read('pipeline/dust-undelivered')) {
    const { run } = row;
    const changes = run.changes.map(({ seq: _seq, ...change }) => ({
      ...change,
      companies: JSON.parse(String(change.companies)) as unknown,
    }));
    const payload = {
      import: {
        id: run.id,
        dataset: run.dataset,
        replace: false,
        finishedAt: run.finishedAt,
        counts: JSON.parse(run.counts) as unknown,
      },
      changes,
    };
    const delivery = await deliver(webhook, payload, 'changes');
    if (!delivery.delivered)
      log(
        `The webhook did not take the dust check of ${run.finishedAt} after ${delivery.attempts} tries (${delivery.error}); changes(…) returns it.`,
      );
    await db.write('changes:mark-delivered', (tx) => tx.run('changes/mark-delivered', { id: run.id }));
  }
}
