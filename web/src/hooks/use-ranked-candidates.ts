import { CANDIDATES } from '../client/queries.ts';
import type { CandidateFit } from '../client/types.ts';
import { filterInput, weightsInput } from '../client/variables.ts';
import type { ExplorerState } from '../state/url-state.ts';
import { useApi } from './use-api.ts';

/** How many ranked candidates the shortlist and the 2x2 show (the API allows up to 100). */
export const RANKED_LIMIT = 50;

/** `candidates` for the state's focal company, weights and filters. */
export function useRankedCandidates(state: ExplorerState, first = RANKED_LIMIT, { skip = false } = {}) {
  return useApi<{ candidates: CandidateFit[] }>(
    CANDIDATES,
    { focal: state.focal, first, filter: filterInput(state.filters), weights: weightsInput(state.weights) },
    { skip: skip || state.focal === null },
  );
}
