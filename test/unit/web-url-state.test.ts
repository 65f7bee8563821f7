import { describe, expect, it } from 'vitest';
import {
  candidatesCsvUrl,
  filterInput,
  hasUsableWeights,
  shortlistCsvUrl,
  weightsInput,
} from '../../web/src/state/ranking-variables.ts';
import {
  DEFAULT_FILTERS,
  DEFAULT_STATE,
  hasActiveFilters,
  parseExplorerState,
  serialiseExplorerState,
  type ExplorerState,
} from '../../web/src/state/url-state.ts';

const FULL: ExplorerState = {
  focal: 'acme',
  view: 'shortlist',
  selected: 'globex',
  weights: { PEERS: 0.6, NICHE: 0, PULL: 0.25 },
  filters: {
    includePartners: true,
    includeRuledOut: true,
    minShared: 5,
    segment: 'smb-retail',
    capability: 'payments',
    excludeSeverity: 'HIGH',
  },
  layout: 'concentric',
  mapSize: 100,
  shortlist: 'list-1',
  whatIf: { open: true, add: ['initech', 'hooli'], drop: ['umbrella'] },
  lens: 'SPECIFIC',
};

describe('URL state', () => {
  it('round-trips every field', () => {
    const search = serialiseExplorerState(FULL);
    expect(search).toBe(
      '?focal=acme&view=shortlist&selected=globex&wPeers=0.6&wNiche=0&wPull=0.25&includePartners=true' +
        '&includeRuledOut=true&minShared=5&segment=smb-retail&capability=payments&excludeSeverity=HIGH' +
        '&layout=concentric&top=100&list=list-1&lens=specific&add=initech&add=hooli&drop=umbrella',
    );
    expect(parseExplorerState(search)).toEqual(FULL);
  });

  it('keeps an empty what-if tray open by name only, and each company once', () => {
    const open = { ...DEFAULT_STATE, focal: 'acme', whatIf: { open: true, add: [], drop: [] } };
    expect(serialiseExplorerState(open)).toBe('?focal=acme&whatIf=open');
    expect(parseExplorerState('?focal=acme&whatIf=open')).toEqual(open);
    expect(parseExplorerState('?add=hooli&add=hooli&add=%20&drop=umbrella').whatIf).toEqual({
      open: true,
      add: ['hooli'],
      drop: ['umbrella'],
    });
  });

  it('leaves defaults out, so a plain deep link stays short', () => {
    expect(serialiseExplorerState({ ...DEFAULT_STATE, focal: 'acme' })).toBe('?focal=acme');
    expect(serialiseExplorerState(DEFAULT_STATE)).toBe('');
    expect(parseExplorerState('?focal=acme')).toEqual({ ...DEFAULT_STATE, focal: 'acme' });
  });

  it('falls back to defaults value by value for hand-edited links', () => {
    const state = parseExplorerState(
      'focal=acme&view=graph&wPeers=2&wOverlap=abc&wNiche=0.5&wS=0.9&minShared=-3&top=999&excludeSeverity=medium&layout=grid',
    );
    expect(state.view).toBe('map');
    // Out-of-range and unreadable weights fall back to the market's; the old value weights are ignored.
    expect(state.weights).toEqual({ NICHE: 0.5 });
    expect(state.filters.minShared).toBe(0);
    expect(state.mapSize).toBe(25);
    expect(state.filters.excludeSeverity).toBe('MEDIUM'); // case-insensitive
    expect(state.layout).toBe('force');
  });

  it('keeps only the weights the strategist set, with two decimals', () => {
    const search = serialiseExplorerState({ ...DEFAULT_STATE, focal: 'acme', weights: { OVERLAP: 0.41466 } });
    expect(search).toBe('?focal=acme&wOverlap=0.41');
    expect(parseExplorerState(search).weights).toEqual({ OVERLAP: 0.41 });
  });

  it('keeps ids with spaces and accents intact', () => {
    const state = { ...DEFAULT_STATE, focal: 'zürich & co', selected: 'a b' };
    expect(parseExplorerState(serialiseExplorerState(state))).toEqual(state);
  });

  it('says when filters are active', () => {
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, minShared: 1 })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, includeRuledOut: true })).toBe(true);
  });
});

describe('GraphQL arguments and export links', () => {
  it('sends only the filters that are set', () => {
    expect(filterInput(DEFAULT_FILTERS)).toEqual({ includePartners: false });
    expect(filterInput(FULL.filters)).toEqual({
      includePartners: true,
      includeRuledOut: true,
      minSharedCustomers: 5,
      segment: 'smb-retail',
      capability: 'payments',
      excludeSeverity: 'HIGH',
    });
  });

  it('sends only the term weights that are set, so the API keeps the market’s for the rest', () => {
    expect(weightsInput({})).toEqual({});
    expect(weightsInput(FULL.weights)).toEqual({ peers: 0.6, niche: 0, pull: 0.25 });
  });

  it('builds the candidates CSV link with the same weights and filters', () => {
    expect(candidatesCsvUrl('acme', 50, FULL.weights, FULL.filters)).toBe(
      '/export/candidates.csv?focal=acme&first=50&wPeers=0.6&wNiche=0&wPull=0.25&includePartners=true' +
        '&includeRuledOut=true&minShared=5&segment=smb-retail&capability=payments&excludeSeverity=HIGH',
    );
    // Defaults are left out: the server reads an absent flag as false.
    expect(candidatesCsvUrl('acme', 50, {}, DEFAULT_FILTERS)).toBe('/export/candidates.csv?focal=acme&first=50');
    expect(shortlistCsvUrl('a/b')).toBe('/export/shortlists/a%2Fb.csv');
  });

  it('writes the CSV link with the codec the server reads it back with', async () => {
    const { decodeRankingParameters } = await import('../../api/contract/ranking-parameters.ts');
    const link = new URL(candidatesCsvUrl('acme', 50, FULL.weights, FULL.filters), 'http://x');
    expect(decodeRankingParameters(link.searchParams)).toEqual({
      valueWeights: {},
      termWeights: { peers: 0.6, niche: 0, pull: 0.25 },
      includePartners: true,
      includeRuledOut: true,
      minShared: 5,
      segment: 'smb-retail',
      capability: 'payments',
      excludeSeverity: 'HIGH',
    });
  });

  it('refuses an all-zero weight vector', () => {
    expect(hasUsableWeights({ PEERS: 0, OVERLAP: 0, NICHE: 0, COMPLEMENT: 0, PULL: 0 })).toBe(false);
    expect(hasUsableWeights({ PEERS: 0, OVERLAP: 0.05 })).toBe(true);
  });
});
