/**
 * The pipeline's data and changes. Every change drops the cached board and
 * item, so what the view shows is what the API now holds.
 */
import { graphqlRequest } from '../client/graphql-client.ts';
import type { Operation } from '../client/operation.ts';
import {
  CREATE_PIPELINE_ITEM,
  DELETE_PIPELINE_ITEM,
  LOG_PIPELINE_ACTIVITY,
  MOVE_PIPELINE_ITEM,
  PIPELINE_BOARD,
  PIPELINE_ITEM_DETAIL,
  RECORD_LEDGER_ENTRY,
  UPDATE_LEDGER_ENTRY,
  UPDATE_PARTNERSHIP_PLAN,
  UPDATE_PIPELINE_ITEM,
} from './pipeline-queries.ts';
import type * as Op from '../client/generated/operations.ts';
import { invalidateQueries, useApi } from '../hooks/use-api.ts';

export function usePipelineBoard(focal: string, allCompanies: boolean, owner: string | null) {
  return useApi(PIPELINE_BOARD, { focal: allCompanies ? null : focal, owner, shortlistFocal: focal });
}

export function usePipelineItem(id: string | null, focal: string, partner: string) {
  return useApi(PIPELINE_ITEM_DETAIL, { id: id ?? '', focal, partner }, { skip: id === null });
}

async function mutate<Data, Variables>(
  document: Operation<Data, Variables>,
  variables: NoInfer<Variables>,
): Promise<Data> {
  try {
    return await graphqlRequest(document, variables);
  } finally {
    invalidateQueries('PipelineBoard', 'PipelineItemDetail', 'Changes');
  }
}

export async function startItem(input: Op.PipelineItemInput): Promise<string> {
  return (await mutate(CREATE_PIPELINE_ITEM, { input })).createPipelineItem.id;
}

export async function updateItem(id: string, patch: Op.PipelineItemPatch): Promise<void> {
  await mutate(UPDATE_PIPELINE_ITEM, { id, patch });
}

export async function moveItem(
  id: string,
  stage: Op.PipelineStage,
  note: string | null,
  signing?: Op.SigningInput,
): Promise<void> {
  await mutate(MOVE_PIPELINE_ITEM, { id, stage, note, signing: signing ?? null });
}

export async function logActivity(id: string, activity: Op.ActivityInput): Promise<void> {
  await mutate(LOG_PIPELINE_ACTIVITY, { id, activity });
}

export async function deleteItem(id: string): Promise<void> {
  await mutate(DELETE_PIPELINE_ITEM, { id });
}

export async function updatePlan(
  item: string,
  patch: Op.PlanPatchInput,
  expectedVersion: number | null,
): Promise<void> {
  await mutate(UPDATE_PARTNERSHIP_PLAN, { item, patch, expectedVersion });
}

export async function recordEntry(input: Op.LedgerEntryInput): Promise<void> {
  await mutate(RECORD_LEDGER_ENTRY, { input });
}

export async function updateEntry(id: string, patch: Op.LedgerEntryPatch): Promise<void> {
  await mutate(UPDATE_LEDGER_ENTRY, { id, patch });
}
