/**
 * The explorer's state turned into GraphQL arguments and export links, the
 * same way for every view so the shortlist, the 2x2, the map and the CSV
 * agree on what "these weights and filters" mean.
 */
import { encodeRankingParameters } from '../../../api/contract/ranking-parameters.ts';
import { TERM_INPUT, TERM_KINDS, type TermWeights } from '../fit/terms.ts';
import type { CandidateFilters } from './url-state.ts';

/**
 * FitWeights input: only the terms the strategist set. The API keeps the
 * market's learned weight for every other term and normalises them all, so
 * the page never needs the market model to rank.
 */
export function weightsInput(weights: TermWeights): Record<string, number> {
  return Object.fromEntries(
    TERM_KINDS.flatMap((kind) => (weights[kind] === undefined ? [] : [[TERM_INPUT[kind], weights[kind]]])),
  );
}

/** CandidateFilter input: defaults are left out rather than sent as neutral values. */
export function filterInput(filters: CandidateFilters): Record<string, unknown> {
  return {
    includePartners: filters.includePartners,
    ...(filters.includeRuledOut ? { includeRuledOut: true } : {}),
    ...(filters.minShared > 0 ? { minSharedCustomers: filters.minShared } : {}),
    ...(filters.segment ? { segment: filters.segment } : {}),
    ...(filters.capability ? { capability: filters.capability } : {}),
    ...(filters.excludeSeverity ? { excludeSeverity: filters.excludeSeverity } : {}),
  };
}

/** A weight vector the API can normalise: at least one term above 0. */
export function hasUsableWeights(weights: Readonly<Record<string, number>>): boolean {
  return Object.values(weights).some((weight) => weight > 0);
}

/**
 * `GET /export/candidates.csv?…`: the ranked list exactly as the shortlist view
 * shows it, written with the codec the server reads it back with (api/contract/).
 */
export function candidatesCsvUrl(
  focal: string,
  first: number,
  weights: TermWeights,
  filters: CandidateFilters,
): string {
  const params = encodeRankingParameters(
    {
      termWeights: weightsInput(weights),
      includePartners: filters.includePartners,
      includeRuledOut: filters.includeRuledOut,
      minShared: filters.minShared,
      segment: filters.segment,
      capability: filters.capability,
      excludeSeverity: filters.excludeSeverity,
    },
    new URLSearchParams({ focal, first: String(first) }),
  );
  return `/export/candidates.csv?${params.toString()}`;
}

/** `GET /export/shortlists/<id>.csv`, for servers whose Shortlist has no csvUrl. */
export function shortlistCsvUrl(id: string): string {
  return `/export/shortlists/${encodeURIComponent(id)}.csv`;
}
