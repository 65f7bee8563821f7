/**
 * The explorer's state turned into GraphQL arguments and export links, the
 * same way for every view so the shortlist, the 2x2, the map and the CSV
 * agree on what "these weights and filters" mean.
 */
import type { CandidateFilters, Weights } from '../state/url-state.ts';

/** FitWeights input; the API normalises the three to sum 1. */
export function weightsInput(weights: Weights): Weights {
  return { synergy: weights.synergy, reach: weights.reach, capability: weights.capability };
}

/** CandidateFilter input: defaults are left out rather than sent as neutral values. */
export function filterInput(filters: CandidateFilters): Record<string, unknown> {
  return {
    includePartners: filters.includePartners,
    ...(filters.minShared > 0 ? { minSharedCustomers: filters.minShared } : {}),
    ...(filters.segment ? { segment: filters.segment } : {}),
    ...(filters.capability ? { capability: filters.capability } : {}),
    ...(filters.excludeSeverity ? { excludeSeverity: filters.excludeSeverity } : {}),
  };
}

/** A weight vector the API can normalise: at least one term above 0. */
export function hasUsableWeights(weights: Weights): boolean {
  return weights.synergy + weights.reach + weights.capability > 0;
}

/** `GET /export/candidates.csv?…`: the ranked list exactly as the shortlist view shows it. */
export function candidatesCsvUrl(focal: string, first: number, weights: Weights, filters: CandidateFilters): string {
  const params = new URLSearchParams({
    focal,
    first: String(first),
    wS: String(weights.synergy),
    wR: String(weights.reach),
    wC: String(weights.capability),
    includePartners: String(filters.includePartners),
  });
  if (filters.minShared > 0) params.set('minShared', String(filters.minShared));
  if (filters.segment) params.set('segment', filters.segment);
  if (filters.capability) params.set('capability', filters.capability);
  if (filters.excludeSeverity) params.set('excludeSeverity', filters.excludeSeverity);
  return `/export/candidates.csv?${params.toString()}`;
}

/** `GET /export/shortlists/<id>.csv`, for servers whose Shortlist has no csvUrl. */
export function shortlistCsvUrl(id: string): string {
  return `/export/shortlists/${encodeURIComponent(id)}.csv`;
}
