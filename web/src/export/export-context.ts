/**
 * What every export says under its title: which ecosystem, when, what is
 * shown and what the ranking rests on. The dataset's name is asked for when
 * the strategist exports (one small query), not kept on every page.
 */
import { graphqlRequest } from '../client/graphql-client.ts';
import { ECOSYSTEM_SUMMARY } from '../client/market-queries.ts';
import { TERM_KINDS, TERM_LABEL, type TermWeights } from '../fit/terms.ts';
import type { ExportContext } from './slide-text.ts';
import { hasActiveFilters, type ExplorerState } from '../state/url-state.ts';

export async function exportContext(focalName: string, state: ExplorerState, shown: string): Promise<ExportContext> {
  let dataset: string | null = null;
  try {
    dataset = (await graphqlRequest(ECOSYSTEM_SUMMARY, {})).ecosystemSummary.name;
  } catch {
    // An export without the dataset's name is still worth having.
  }
  return {
    focalName,
    dataset,
    date: new Date(),
    shown: hasActiveFilters(state.filters) ? `${shown}, filtered` : shown,
    weights: weightsNote(state.weights),
  };
}

/** "this market's weights", or the weights the strategist set as they set them: "weights set: Peer evidence 1.00". */
export function weightsNote(weights: TermWeights): string {
  const set = TERM_KINDS.filter((kind) => weights[kind] !== undefined);
  if (set.length === 0) return "ranked by this market's weights";
  return `weights set: ${set.map((kind) => `${TERM_LABEL[kind]} ${weights[kind]!.toFixed(2)}`).join(', ')}`;
}
