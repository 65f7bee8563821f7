import { describe, expect, it } from 'vitest';
import { candidatesCsvUrl, filterInput, hasUsableWeights, shortlistCsvUrl } from '../../web/src/api/variables.ts';
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
  weights: { synergy: 0.6, reach: 0.2, capability: 0.2 },
  filters: {
    includePartners: true,
    minShared: 5,
    segment: 'smb-retail',
    capability: 'payments',
    excludeSeverity: 'HIGH',
  },
  layout: 'concentric',
  mapSize: 100,
  shortlist: 'list-1',
};

describe('URL state', () => {
  it('round-trips every field', () => {
    const search = serialiseExplorerState(FULL);
    expect(search).toBe(
      '?focal=acme&view=shortlist&selected=globex&wS=0.6&wR=0.2&wC=0.2&includePartners=true&minShared=5' +
        '&segment=smb-retail&capability=payments&excludeSeverity=HIGH&layout=concentric&top=100&list=list-1',
    );
    expect(parseExplorerState(search)).toEqual(FULL);
  });

  it('leaves defaults out, so a plain deep link stays short', () => {
    expect(serialiseExplorerState({ ...DEFAULT_STATE, focal: 'acme' })).toBe('?focal=acme');
    expect(serialiseExplorerState(DEFAULT_STATE)).toBe('');
    expect(parseExplorerState('?focal=acme')).toEqual({ ...DEFAULT_STATE, focal: 'acme' });
  });

  it('falls back to defaults value by value for hand-edited links', () => {
    const state = parseExplorerState(
      'focal=acme&view=graph&wS=2&wR=abc&wC=0.5&minShared=-3&top=999&excludeSeverity=medium&layout=grid',
    );
    expect(state.view).toBe('map');
    expect(state.weights).toEqual({ synergy: 0.4, reach: 0.3, capability: 0.5 });
    expect(state.filters.minShared).toBe(0);
    expect(state.mapSize).toBe(25);
    expect(state.filters.excludeSeverity).toBe('MEDIUM'); // case-insensitive
    expect(state.layout).toBe('force');
  });

  it('keeps ids with spaces and accents intact', () => {
    const state = { ...DEFAULT_STATE, focal: 'zürich & co', selected: 'a b' };
    expect(parseExplorerState(serialiseExplorerState(state))).toEqual(state);
  });

  it('says when filters are active', () => {
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, minShared: 1 })).toBe(true);
  });
});

describe('GraphQL arguments and export links', () => {
  it('sends only the filters that are set', () => {
    expect(filterInput(DEFAULT_FILTERS)).toEqual({ includePartners: false });
    expect(filterInput(FULL.filters)).toEqual({
      includePartners: true,
      minSharedCustomers: 5,
      segment: 'smb-retail',
      capability: 'payments',
      excludeSeverity: 'HIGH',
    });
  });

  it('builds the candidates CSV link with the same weights and filters', () => {
    expect(candidatesCsvUrl('acme', 50, FULL.weights, FULL.filters)).toBe(
      '/export/candidates.csv?focal=acme&first=50&wS=0.6&wR=0.2&wC=0.2&includePartners=true&minShared=5&segment=smb-retail&capability=payments&excludeSeverity=HIGH',
    );
    expect(shortlistCsvUrl('a/b')).toBe('/export/shortlists/a%2Fb.csv');
  });

  it('refuses an all-zero weight vector', () => {
    expect(hasUsableWeights({ synergy: 0, reach: 0, capability: 0 })).toBe(false);
    expect(hasUsableWeights({ synergy: 0, reach: 0.05, capability: 0 })).toBe(true);
  });
});
