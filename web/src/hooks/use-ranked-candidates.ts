import { useEffect } from 'react';
import { rememberCompanyNames } from '../client/company-names.ts';
import { CANDIDATES } from '../fit/fit-queries.ts';
import { filterInput, weightsInput } from '../state/ranking-variables.ts';
import type { ExplorerState } from '../state/url-state.ts';
import { useApi } from './use-api.ts';

/** How many ranked candidates the shortlist and the 2x2 show (the API allows up to 100). */
export const RANKED_LIMIT = 50;

/** `candidates` for the state's focal company, weights and filters. */
export function useRankedCandidates(state: ExplorerState, first = RANKED_LIMIT, { skip = false } = {}) {
  const ranked = useApi(
    CANDIDATES,
    // While skipped nothing is sent: the empty id only stands in for the missing one.
    {
      focal: state.focal ?? '',
      first,
      filter: filterInput(state.filters),
      weights: weightsInput(state.weights),
      lens: state.lens,
    },
    { skip: skip || state.focal === null },
  );
  // A row clicked opens a panel that can say whose it is before its own answer arrives.
  useEffect(() => {
    if (ranked.data) rememberCompanyNames(ranked.data.candidates.map((fit) => fit.candidate));
  }, [ranked.data]);
  return ranked;
}
