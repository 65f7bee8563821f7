/**
 * The saved-shortlist mutations. Each one drops the cached shortlists so
 * every screen showing them (the shortlist view, the detail panel) refetches.
 */
import { graphqlRequest } from '../client/graphql-client.ts';
import type { Operation } from '../client/operation.ts';
import {
  ADD_TO_SHORTLIST,
  CREATE_SHORTLIST,
  DELETE_SHORTLIST,
  REMOVE_FROM_SHORTLIST,
  RENAME_SHORTLIST,
  SHORTLISTS,
  SHORTLIST_ENTRIES,
} from './shortlist-queries.ts';
import type { ShortlistSummary } from '../client/types.ts';
import { weightsInput } from '../state/ranking-variables.ts';
import type { TermWeights } from '../fit/terms.ts';
import { invalidateQueries, useApi } from '../hooks/use-api.ts';

/** How many of a focal company's shortlists the explorer lists (the API's most). */
const SHORTLISTS_SHOWN = 100;

/** The focal company's saved shortlists, without fits: names, pin counts and pinned ids. */
export function useShortlists(focal: string) {
  return useApi(SHORTLISTS, { focal, first: SHORTLISTS_SHOWN });
}

/** One shortlist's pins, scored with the current weights; nothing while `id` is null. */
export function useShortlistEntries(id: string | null, weights: TermWeights) {
  return useApi(SHORTLIST_ENTRIES, { id: id ?? '', weights: weightsInput(weights) }, { skip: id === null });
}

async function mutate<Data, Variables>(
  document: Operation<Data, Variables>,
  variables: NoInfer<Variables>,
): Promise<Data> {
  try {
    return await graphqlRequest(document, variables);
  } finally {
    invalidateQueries('Shortlists', 'ShortlistEntries');
  }
}

export async function createShortlist(name: string, focal: string): Promise<ShortlistSummary> {
  return (await mutate(CREATE_SHORTLIST, { name, focal })).createShortlist;
}

export async function renameShortlist(id: string, name: string): Promise<void> {
  await mutate(RENAME_SHORTLIST, { id, name });
}

export async function deleteShortlist(id: string): Promise<void> {
  await mutate(DELETE_SHORTLIST, { id });
}

/** Pins a candidate; pinning again replaces the note. */
export async function pinCandidate(id: string, candidate: string, note: string | null): Promise<void> {
  await mutate(ADD_TO_SHORTLIST, { id, candidate, note: note?.trim() ? note.trim() : null });
}

export async function unpinCandidate(id: string, candidate: string): Promise<void> {
  await mutate(REMOVE_FROM_SHORTLIST, { id, candidate });
}
