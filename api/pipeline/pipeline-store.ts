import { randomUUID } from 'node:crypto';
import { dateOf } from '../analysis/calendar-days.ts';
import type { Database, RowOf, WriteWork } from '../db/database.ts';
import { badInput, EntityGoneError, notFound } from '../errors.ts';
import { has, idArgument, optionalDate, optionalText, requiredText } from '../ledger/input-checks.ts';
import { moveProblem, PIPELINE_STAGES, type ActivityKind, type PipelineStage } from '../domain/pipeline-stages.ts';

/**
 * Pipeline items as the graph stores them, and every change to them, each
 * checked and answered with the API's errors. An item names its companies by
 * id (never a relationship), so it, its log and its plan outlive every import.
 * Every change to one item runs under its lock (cypher/pipeline/lock.cypher):
 * concurrent changes run one after another, none lost.
 */
interface PipelineMoveRecord {
  from: PipelineStage | null;
  to: PipelineStage;
  at: string;
  by: string;
  note: string | null;
}

export interface SignedPartnershipRecord {
  id: string;
  typeId: string;
  status: 'proposed' | 'active';
  since: string | null;
  signedAt: string;
  signedBy: string;
  inGraph: boolean;
}

export interface PipelineItemRecord {
  id: string;
  focalId: string;
  candidateId: string;
  shortlistId: string | null;
  stage: PipelineStage;
  owner: string | null;
  nextStep: string | null;
  nextStepDue: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  /** The latest date anything happened to the item (YYYY-MM-DD). */
  touchedOn: string;
  inGraph: boolean;
  activityCount: number;
  moves: PipelineMoveRecord[];
  partnership: SignedPartnershipRecord | null;
}

export interface ActivityRecord {
  id: string;
  kind: ActivityKind;
  on: string;
  summary: string;
  by: string;
  recordedAt: string;
}

/** A log longer than this is refused: a pipeline item's log is a person's notes, not a feed. */
export const MAX_ACTIVITIES = 1_000;
const MAX_OWNER = 120;
const MAX_NEXT_STEP = 500;
const MAX_NOTE = 2_000;

export interface PipelineFilter {
  id?: string;
  focal?: string | null;
  owner?: string | null;
  stages?: readonly PipelineStage[] | null;
  first?: number;
  offset?: number;
}

export async function readPipeline(db: Database, filter: PipelineFilter): Promise<PipelineItemRecord[]> {
  const rows = await db.read('pipeline/list', {
    id: filter.id ?? null,
    focal: filter.focal ?? null,
    owner: filter.owner ?? null,
    stages: filter.stages && filter.stages.length > 0 ? [...filter.stages] : null,
    stageOrder: [...PIPELINE_STAGES],
    first: filter.first ?? 1,
    offset: filter.offset ?? 0,
  });
  // A row read while another transaction deleted its item comes back without its properties: it is gone.
  return rows
    .map((row) => row.item)
    .filter((item) => item.id != null && item.createdAt != null)
    .map(itemOf);
}

async function readPipelineItem(db: Database, id: string): Promise<PipelineItemRecord | undefined> {
  return (await readPipeline(db, { id }))[0];
}

/** The item, or NOT_FOUND naming its id. */
export async function pipelineItemOrFail(db: Database, id: string): Promise<PipelineItemRecord> {
  const item = await readPipelineItem(db, id);
  if (!item) throw notFound('pipeline item', id);
  return item;
}

/** A locked item, as cypher/pipeline/lock.cypher reads it. */
export type LockedItem = RowOf<'pipeline/lock'>['item'];

function itemOf(row: RowOf<'pipeline/list'>['item']): PipelineItemRecord {
  return {
    id: String(row.id),
    focalId: String(row.focalId),
    candidateId: String(row.candidateId),
    shortlistId: row.shortlistId ?? null,
    stage: row.stage,
    owner: row.owner ?? null,
    nextStep: row.nextStep ?? null,
    nextStepDue: row.nextStepDue ?? null,
    createdAt: String(row.createdAt),
    createdBy: String(row.createdBy),
    updatedAt: String(row.updatedAt),
    touchedOn: String(row.touchedOn ?? dateOf(String(row.createdAt))),
    inGraph: row.inGraph !== false,
    activityCount: Number(row.activityCount ?? 0),
    moves: (row.moves ?? []).map((move) => ({
      from: move.from ?? null,
      to: move.to,
      at: String(move.at),
      by: String(move.by),
      note: move.note ?? null,
    })),
    partnership: row.partnershipId
      ? {
          id: String(row.partnershipId),
          typeId: String(row.partnershipTypeId),
          status: row.partnershipStatus,
          since: row.partnershipSince ?? null,
          signedAt: String(row.signedAt),
          signedBy: String(row.signedBy),
          inGraph: row.partnershipInGraph === true,
        }
      : null,
  };
}

export interface NewItemInput {
  focal: string;
  candidate: string;
  shortlist?: string | null;
  owner?: string | null;
  nextStep?: string | null;
  nextStepDue?: string | null;
}

/**
 * Starts an item for a candidate of the focal company. A pair already in the
 * graph as an active partnership starts SIGNED with it (the plan and ledger of
 * an existing partnership hang on an item too); a proposed one, which the
 * graph calls "not signed: in progress", starts IN_DISCUSSION.
 */
export async function createPipelineItem(
  db: Database,
  input: NewItemInput,
  actor: string,
): Promise<PipelineItemRecord> {
  const focal = idArgument('input.focal', input.focal);
  const candidate = idArgument('input.candidate', input.candidate);
  if (candidate === focal) throw badInput('input.candidate', 'is the focal company itself');
  const shortlist = input.shortlist == null ? null : idArgument('input.shortlist', input.shortlist);
  const owner = optionalText('input.owner', input.owner, MAX_OWNER);
  const nextStep = optionalText('input.nextStep', input.nextStep, MAX_NEXT_STEP);
  const nextStepDue = optionalDate('input.nextStepDue', input.nextStepDue);

  const [facts] = await db.read('pipeline/creation-facts', { focal, candidate, shortlist });
  if (!facts?.focalKnown) throw notFound('company', focal);
  if (!facts.candidateKnown) throw notFound('company', candidate);
  if (shortlist !== null) {
    if (facts.shortlistFocal == null) throw notFound('shortlist', shortlist);
    if (facts.shortlistFocal !== focal)
      throw badInput('input.shortlist', `is a shortlist for "${String(facts.shortlistFocal)}", not for "${focal}"`);
    if (!facts.pinned)
      throw badInput('input.candidate', `is not pinned on shortlist "${shortlist}"; pin it there first`);
  }
  if (facts.existingItem) throw alreadyInPipeline(focal, String(facts.existingItem));

  const now = new Date().toISOString();
  const live = facts.partnership;
  // An active partnership is signed; a proposed one is, in the graph's words, "not signed: in progress".
  const signed = live?.status === 'active' ? live : null;
  const proposed = live?.status === 'proposed' ? live : null;
  const item = {
    id: randomUUID(),
    key: `${focal}|${candidate}`,
    focalId: focal,
    candidateId: candidate,
    shortlistId: shortlist,
    stage: signed ? 'SIGNED' : proposed ? 'IN_DISCUSSION' : 'RESEARCHING',
    owner,
    nextStep,
    nextStepDue,
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
    updatedBy: actor,
    touchedOn: dateOf(now),
    ...(signed && {
      partnershipId: signed.id,
      partnershipTypeId: signed.typeId,
      partnershipStatus: signed.status,
      partnershipSince: signed.since,
      signedAt: now,
      signedBy: actor,
    }),
  };
  const note = signed
    ? `Already an active partnership in the graph (${signed.id}).`
    : proposed
      ? `A proposed partnership is in the graph (${proposed.id}): signing makes it active.`
      : null;
  const [outcome] = await db.write('pipeline/create', (tx) => tx.run('pipeline/create', { item, note }));
  // Another client started the pair between our read and our write.
  if (!outcome?.created) throw alreadyInPipeline(focal, String(outcome?.id ?? ''));
  return pipelineItemOrFail(db, item.id);
}

function alreadyInPipeline(focal: string, itemId: string) {
  return badInput('input.candidate', `is already in the pipeline of "${focal}": item "${itemId}"`);
}

export interface ItemPatch {
  owner?: string | null;
  nextStep?: string | null;
  nextStepDue?: string | null;
}

export async function updatePipelineItem(
  db: Database,
  id: string,
  patch: ItemPatch,
  actor: string,
): Promise<PipelineItemRecord> {
  const fields: Record<string, string | null> = {};
  if (has(patch, 'owner')) fields.owner = optionalText('patch.owner', patch.owner, MAX_OWNER);
  if (has(patch, 'nextStep')) fields.nextStep = optionalText('patch.nextStep', patch.nextStep, MAX_NEXT_STEP);
  if (has(patch, 'nextStepDue')) fields.nextStepDue = optionalDate('patch.nextStepDue', patch.nextStepDue);
  const now = new Date().toISOString();
  await lockedWrite(db, id, 'pipeline/update', async (tx) => {
    written(await tx.run('pipeline/update', { id, fields, now, today: dateOf(now), actor }), id);
  });
  return pipelineItemOrFail(db, id);
}

/** Moves an item to a stage other than SIGNED (signing is sign-partnership.ts's). */
export async function movePipelineItem(
  db: Database,
  id: string,
  stage: PipelineStage,
  givenNote: string | null | undefined,
  actor: string,
): Promise<PipelineItemRecord> {
  const note = optionalText('note', givenNote, MAX_NOTE);
  const now = new Date().toISOString();
  await lockedWrite(db, id, 'pipeline/move', async (tx, item) => {
    const problem = moveProblem(item.stage, stage, false);
    if (problem) throw badInput('stage', problem);
    if (item.stage === stage) return;
    written(await tx.run('pipeline/move', { id, stage, note, now, today: dateOf(now), actor, extra: {} }), id);
  });
  return pipelineItemOrFail(db, id);
}

export interface ActivityInput {
  kind: ActivityKind;
  on?: string | null;
  summary: string;
}

export async function logActivity(
  db: Database,
  id: string,
  input: ActivityInput,
  actor: string,
): Promise<PipelineItemRecord> {
  const now = new Date().toISOString();
  const today = dateOf(now);
  const on = optionalDate('activity.on', input.on) ?? today;
  // A day of slack: "today" in the strategist's time zone may be tomorrow in UTC.
  if (on > dateOf(new Date(Date.now() + 86_400_000)))
    throw badInput(
      'activity.on',
      `is ${on}, after today: the log records what happened; write what is planned as the next step`,
    );
  const summary = requiredText('activity.summary', input.summary, MAX_NOTE);
  const activity = { id: randomUUID(), kind: input.kind, on, summary, by: actor, recordedAt: now };
  await lockedWrite(db, id, 'pipeline/log-activity', async (tx) => {
    const [outcome] = written(await tx.run('pipeline/log-activity', { id, activity, max: MAX_ACTIVITIES }), id);
    if (!outcome!.logged)
      throw badInput('activity', `cannot be logged: the item's log holds ${MAX_ACTIVITIES} entries, the most it may`);
  });
  return pipelineItemOrFail(db, id);
}

export async function readActivities(
  db: Database,
  id: string,
  first: number,
  offset: number,
): Promise<ActivityRecord[]> {
  const rows = await db.read('pipeline/activities', { id, first, offset });
  return rows.map((row) => row.activity);
}

export async function deletePipelineItem(db: Database, id: string): Promise<string> {
  const rows = await db.write('pipeline/delete', (tx) => tx.run('pipeline/delete', { id })).catch(goneAs(id));
  if (rows.length === 0) throw notFound('pipeline item', id);
  return id;
}

export async function readOwners(db: Database, focal: string | null): Promise<string[]> {
  return (await db.read('pipeline/owners', { focal })).map((row) => String(row.owner));
}

/**
 * Runs `work` in one transaction after taking the item's lock and reading it;
 * NOT_FOUND when there is no such item (or it was deleted meanwhile).
 */
export async function lockedWrite<T>(
  db: Database,
  id: string,
  label: string,
  work: (tx: WriteWork, item: LockedItem) => Promise<T>,
): Promise<T> {
  return db
    .write(label, async (tx) => {
      const [row] = await tx.run('pipeline/lock', { id });
      const item = row?.item;
      // No row, or the row of an item deleted as we locked it (its properties gone).
      if (!item?.id) throw notFound('pipeline item', id);
      return work(tx, item);
    })
    .catch(goneAs(id));
}

/** The rows of a write that must have matched the item; none means it was deleted under us: NOT_FOUND. */
export function written<T>(rows: T[], id: string): T[] {
  if (rows.length === 0) throw notFound('pipeline item', id);
  return rows;
}

/** A write that raced the item's delete is NOT_FOUND, not an unexpected error. */
function goneAs(id: string) {
  return (error: unknown): never => {
    throw error instanceof EntityGoneError ? notFound('pipeline item', id) : error;
  };
}
