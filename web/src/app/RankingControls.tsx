/**
 * The weights and filters every ranking uses (map, shortlist, 2x2, CSV),
 * under the line that says what this market's ranking follows.
 */
import { useMemo } from 'react';
import { FILTER_OPTIONS } from './app-queries.ts';
import type { CompanyRef, Severity } from '../client/types.ts';
import type { TermWeights } from '../fit/terms.ts';
import { useApi } from '../hooks/use-api.ts';
import { useMarketModel } from '../hooks/use-market-model.ts';
import { DEFAULT_FILTERS, hasActiveFilters, type CandidateFilters } from '../state/url-state.ts';
import { MarketModelNote } from './MarketModelNote.tsx';
import { WeightSliders } from './WeightSliders.tsx';

const HIDE_OPTIONS: { value: Severity | ''; label: string }[] = [
  { value: '', label: 'Show all conflicts' },
  { value: 'HIGH', label: 'Hide high conflicts' },
  { value: 'MEDIUM', label: 'Hide medium and high' },
  { value: 'LOW', label: 'Hide any conflict' },
];

interface Props {
  weights: TermWeights;
  filters: CandidateFilters;
  onWeights(weights: TermWeights): void;
  onFilters(filters: CandidateFilters): void;
}

export function RankingControls({ weights, filters, onWeights, onFilters }: Props) {
  const market = useMarketModel();
  const options = useFilterOptions();
  const set = (patch: Partial<CandidateFilters>): void => onFilters({ ...filters, ...patch });

  return (
    <section className="ranking-controls" aria-label="Ranking weights and filters">
      <MarketModelNote model={market.data?.marketModel} error={market.error} />
      <WeightSliders weights={weights} model={market.data?.marketModel} onWeights={onWeights} />

      <div className="controls-heading">
        <h2>Filters</h2>
        {hasActiveFilters(filters) && (
          <button type="button" className="link-button" onClick={() => onFilters(DEFAULT_FILTERS)}>
            Clear
          </button>
        )}
      </div>
      <label className="control">
        <span>Segment</span>
        <select value={filters.segment ?? ''} onChange={(event) => set({ segment: event.target.value || null })}>
          <option value="">Any segment</option>
          {options.loading && <option disabled>Loading segments…</option>}
          {withCurrent(options.segments, filters.segment).map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span>Offers capability</span>
        <select value={filters.capability ?? ''} onChange={(event) => set({ capability: event.target.value || null })}>
          <option value="">Any capability</option>
          {options.loading && <option disabled>Loading capabilities…</option>}
          {withCurrent(options.capabilities, filters.capability).map((capability) => (
            <option key={capability.id} value={capability.id}>
              {capability.name}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span>Min. shared customers</span>
        <input
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          value={filters.minShared}
          onChange={(event) => set({ minShared: Math.max(0, Math.floor(Number(event.target.value) || 0)) })}
        />
      </label>
      <label className="control">
        <span>Conflicts</span>
        <select
          value={filters.excludeSeverity ?? ''}
          data-testid="filter-exclude-severity"
          onChange={(event) => set({ excludeSeverity: (event.target.value || null) as Severity | null })}
        >
          {HIDE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="control-check">
        <input
          type="checkbox"
          checked={filters.includePartners}
          onChange={(event) => set({ includePartners: event.target.checked })}
        />
        <span>Include active partners</span>
      </label>
      <label className="control-check" title="Declared rivals, and core overlaps this market treats as decisive">
        <input
          type="checkbox"
          checked={filters.includeRuledOut}
          data-testid="filter-include-ruled-out"
          onChange={(event) => set({ includeRuledOut: event.target.checked })}
        />
        <span>Show ruled-out candidates</span>
      </label>
    </section>
  );
}

/** The segment and capability catalogues: one small query, so it runs with the page. */
function useFilterOptions(): { segments: CompanyRef[]; capabilities: CompanyRef[]; loading: boolean } {
  const { data, loading } = useApi(FILTER_OPTIONS, {});
  return useMemo(
    () => ({ segments: data?.segments ?? [], capabilities: data?.capabilities ?? [], loading }),
    [data, loading],
  );
}

/** A filter from a link may name something outside the gathered options; keep it selectable. */
function withCurrent(options: CompanyRef[], current: string | null): CompanyRef[] {
  return current && !options.some((option) => option.id === current)
    ? [{ id: current, name: current }, ...options]
    : options;
}
