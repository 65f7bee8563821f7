import { dateOf } from '../analysis/calendar-days.ts';
import type { Database, RowOf, WriteWork } from '../db/database.ts';
import { badInput } from '../errors.ts';
import { lockedWrite, written } from './pipeline-store.ts';
import { applyPlanPatch, type PlanPatch } from './plan-patch.ts';
import { ALIGNMENT_TOPICS, emptyPlan, EMPTY_TERMS, type PlanRecord } from './plan-model.ts';

/**
 * Partnership plans as the graph stores them: one PartnershipPlan node per
 * pipeline item, its parts as JSON text, and a PlanVersion node per write that
 * changed something (who, when, what, and the whole plan as it then was).
 */
export interface PlanVersionRecord {
  version: number;
  at: string;
  by: string;
  changes: string[];
}

export async function readPlans(db: Database, itemIds: readonly string[]): Promise<Map<string, PlanRecord>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db.read('pipeline/plan-read', { ids: [...new Set(itemIds)] });
  return new Map(rows.map((row) => planOf(row.plan)).map((plan) => [plan.itemId, plan]));
}

export async function readPlan(db: Database, itemId: string): Promise<PlanRecord | undefined> {
  return (await readPlans(db, [itemId])).get(itemId);
}

/** A stored plan node back as a record; parts an older version did not store get their defaults. */
type PlanNode = RowOf<'pipeline/plan-read'>['plan'];

/** A plan node as read (`plan {.*}`), or with its parts projected one by one (null when absent, as pipeline/dust-items reads them). */
type StoredPlan = { [Key in keyof PlanNode]: undefined extends PlanNode[Key] ? PlanNode[Key] | null : PlanNode[Key] };

export function planOf(row: StoredPlan): PlanRecord {
  // The parts are JSON text this module wrote (savePlan).
  const json = <T>(text: string | null | undefined, fallback: T): T =>
    typeof text === 'string' ? (JSON.parse(text) as T) : fallback;
  const alignment = json<PlanRecord['alignment']>(row.alignment, []);
  return {
    itemId: String(row.itemId),
    version: Number(row.version),
    typeId: row.typeId ?? null,
    startsOn: row.startsOn ?? null,
    checkpointOn: row.checkpointOn ?? null,
    goals: json(row.goals, []),
    alignment: ALIGNMENT_TOPICS.map(
      (topic) =>
        alignment.find((answer) => answer.topic === topic) ?? { topic, focalAnswer: null, partnerAnswer: null },
    ),
    terms: { ...EMPTY_TERMS, ...json(row.terms, {}) },
    checklist: json(row.checklist, []),
    createdAt: String(row.createdAt),
    updatedAt: String(row.updatedAt),
    updatedBy: String(row.updatedBy),
  };
}

/**
 * Applies `patch` to the item's plan (an empty one on the first write), under
 * the item's lock, and stores it as a new version when anything changed.
 * `expectedVersion`, when given, must be the plan's version (0: no plan yet).
 */
export async function updatePlan(
  db: Database,
  itemId: string,
  patch: PlanPatch,
  actor: string,
  expectedVersion?: number | null,
): Promise<PlanRecord> {
  return lockedWrite(db, itemId, 'pipeline/plan-save', async (tx) => {
    const current = await planInTransaction(tx, itemId);
    const version = current?.version ?? 0;
    if (expectedVersion != null && expectedVersion !== version) {
      throw badInput(
        'expectedVersion',
        `is ${expectedVersion}, but the plan is at version ${version}${current ? ` (changed by ${current.updatedBy} at ${current.updatedAt})` : ''}: read it again, then write`,
      );
    }
    const now = new Date().toISOString();
    const { plan, changes } = applyPlanPatch(current ?? emptyPlan(itemId, now, actor), patch);
    if (current && changes.length === 0) return current;
    const next: PlanRecord = { ...plan, version: version + 1, updatedAt: now, updatedBy: actor };
    await savePlan(tx, next, current ? changes : ['plan written', ...changes], dateOf(now));
    return next;
  });
}

/** The item's plan as this transaction sees it (after the item's lock was taken). */
export async function planInTransaction(tx: WriteWork, itemId: string): Promise<PlanRecord | undefined> {
  const [row] = await tx.run('pipeline/plan-read', { ids: [itemId] });
  return row ? planOf(row.plan) : undefined;
}

export async function savePlan(tx: WriteWork, plan: PlanRecord, changes: string[], today: string): Promise<void> {
  const stored = {
    ...plan,
    goals: JSON.stringify(plan.goals),
    alignment: JSON.stringify(plan.alignment),
    terms: JSON.stringify(plan.terms),
    checklist: JSON.stringify(plan.checklist),
  };
  written(
    await tx.run('pipeline/plan-save', {
      itemId: plan.itemId,
      plan: stored,
      changes,
      snapshot: JSON.stringify(plan),
      today,
    }),
    plan.itemId,
  );
}

export async function readPlanVersions(
  db: Database,
  itemId: string,
  first: number,
  offset: number,
): Promise<PlanVersionRecord[]> {
  const rows = await db.read('pipeline/plan-versions', { itemId, first, offset });
  return rows.map((row) => row.version);
}
