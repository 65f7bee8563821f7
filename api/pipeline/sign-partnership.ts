import { dateOf } from '../analysis/calendar-days.ts';
import type { WebhookSettings } from '../changes/webhook.ts';
import type { Database } from '../db/database.ts';
import { PARTNERSHIP_TYPE_IDS } from '../domain/partnership-types.ts';
import { badInput, notFound } from '../errors.ts';
import { writeRecords } from '../writes/write-records.ts';
import { optionalDate, optionalText } from '../ledger/input-checks.ts';
import { lockedWrite, pipelineItemOrFail, written, type PipelineItemRecord } from './pipeline-store.ts';
import { moveProblem } from '../domain/pipeline-stages.ts';
import { applyPlanPatch } from './plan-patch.ts';
import { planInTransaction, readPlan, savePlan } from './plan-store.ts';

export interface SigningInput {
  type?: string | null;
  /** The graph's lower-case word, as the PartnershipStatus enum gives it. */
  status?: string | null;
  since?: string | null;
}

/** A signing's claim older than this was left by a process that died mid-signing: it no longer holds the item. */
const SIGNING_CLAIM_MS = 5 * 60_000;

export interface SigningOptions {
  actor: string;
  webhook?: WebhookSettings;
}

/**
 * Signs a pipeline item: the partnership is written into the graph through
 * the write service every write goes through (api/writes/write-records.ts:
 * the import lock, the record of changes, the webhook, the ranking calibrated
 * again), so the ranking's history, `changes` and the webhook all see it; then
 * the item moves to SIGNED with it, and the plan's clock starts on its date.
 *
 * The item is claimed first (one signing at a time, across processes), then
 * the graph is written, then the item signed. A failure in between releases
 * the claim; a kill leaves the partnership in the graph and the item
 * unsigned, with a claim that goes stale in five minutes, and signing again
 * is safe (the write finds the pair's partnership and changes nothing).
 */
export async function signPipelineItem(
  db: Database,
  id: string,
  signing: SigningInput,
  givenNote: string | null | undefined,
  options: SigningOptions,
): Promise<PipelineItemRecord> {
  const note = optionalText('note', givenNote, 2_000);
  const item = await pipelineItemOrFail(db, id);
  const problem = moveProblem(item.stage, 'SIGNED', true);
  if (problem) throw badInput('stage', problem);
  const typeId = signing.type ?? (await readPlan(db, id))?.typeId ?? null;
  if (typeId === null) throw badInput('signing.type', 'is needed: the item’s plan names no partnership type');
  if (!PARTNERSHIP_TYPE_IDS.includes(typeId))
    throw badInput(
      'signing.type',
      `"${typeId}" is not a partnership type; the types are ${PARTNERSHIP_TYPE_IDS.join(', ')}`,
    );
  const status = signing.status ?? 'active';
  if (status !== 'active' && status !== 'proposed')
    throw badInput('signing.status', 'must be PROPOSED or ACTIVE: a partnership is signed to start, not to end');
  const now = new Date().toISOString();
  const since = optionalDate('signing.since', signing.since) ?? dateOf(now);

  const [facts] = await db.read('pipeline/creation-facts', {
    focal: item.focalId,
    candidate: item.candidateId,
    shortlist: null,
  });
  if (!facts?.focalKnown) throw notFound('company', item.focalId);
  if (!facts.candidateKnown) throw notFound('company', item.candidateId);

  // One signing per item at a time, across processes: the second is refused before it writes anything.
  await lockedWrite(db, id, 'pipeline/claim-signing', async (tx, locked) => {
    const refused = moveProblem(locked.stage, 'SIGNED', true);
    if (refused) throw badInput('stage', refused);
    const claimed =
      typeof locked.signingSince === 'string' && Date.parse(now) - Date.parse(locked.signingSince) < SIGNING_CLAIM_MS;
    if (claimed)
      throw badInput(
        'stage',
        `is being signed by ${String(locked.signingBy)} since ${String(locked.signingSince)}; read the item again in a moment`,
      );
    written(await tx.run('pipeline/claim-signing', { id, actor: options.actor, now }), id);
  });
  try {
    await writeRecords(
      db,
      { partnerships: [{ parties: [item.focalId, item.candidateId], type: typeId, status, since }] },
      { dryRun: false, actor: options.actor, webhook: options.webhook },
    );
    const [row] = await db.read('pipeline/pair-partnership', { focal: item.focalId, candidate: item.candidateId });
    const partnership = row?.partnership;
    // The write took effect; a removal racing it would leave nothing to record.
    if (!partnership) throw notFound('partnership', `${item.focalId}--${item.candidateId}`);

    await lockedWrite(db, id, 'pipeline/sign', async (tx) => {
      const extra = {
        partnershipId: partnership.id,
        partnershipTypeId: partnership.typeId,
        partnershipStatus: partnership.status,
        partnershipSince: partnership.since,
        signedAt: now,
        signedBy: options.actor,
        signingBy: null,
        signingSince: null,
      };
      written(
        await tx.run('pipeline/move', {
          id,
          stage: 'SIGNED',
          note,
          now,
          today: dateOf(now),
          actor: options.actor,
          extra,
        }),
        id,
      );
      const plan = await planInTransaction(tx, id);
      if (plan && (!plan.startsOn || plan.typeId !== partnership.typeId)) {
        const patched = applyPlanPatch(plan, {
          ...(plan.startsOn ? {} : { startsOn: partnership.since ?? since }),
          type: partnership.typeId,
        });
        await savePlan(
          tx,
          { ...patched.plan, version: plan.version + 1, updatedAt: now, updatedBy: options.actor },
          ['signed: the plan follows the partnership', ...patched.changes],
          dateOf(now),
        );
      }
    });
  } catch (error) {
    // Not signed after all (the write refused, an import held the lock): the item may be signed again at once.
    await db
      .write('pipeline/release-signing', (tx) => tx.run('pipeline/release-signing', { id, since: now }))
      .catch(() => {});
    throw error;
  }
  return pipelineItemOrFail(db, id);
}
