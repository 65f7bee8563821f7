/**
 * The weights and filters every ranking uses (map, shortlist, 2x2, CSV). The
 * sliders move at once; the ranking follows when the hand pauses (300 ms), so
 * dragging does not fire a query per pixel.
 */
import { useEffect, useMemo, useState } from 'react';
import { FILTER_OPTIONS } from '../api/queries.ts';
import type { CompanyRef, Severity } from '../api/types.ts';
import { hasUsableWeights } from '../api/variables.ts';
import { useApi } from '../hooks/use-api.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';
import { weightShares } from '../format/numbers.ts';
import {
  DEFAULT_FILTERS,
  DEFAULT_WEIGHTS,
  hasActiveFilters,
  type CandidateFilters,
  type Weights,
} from '../state/url-state.ts';

const WEIGHT_SLIDERS: { key: keyof Weights; label: string; hint: string; short: string }[] = [
  { key: 'synergy', short: 'wS', label: 'Synergy', hint: 'Share of your customers you both serve' },
  { key: 'reach', short: 'wR', label: 'Reach', hint: 'New customers you meet through them' },
  { key: 'capability', short: 'wC', label: 'Capability gain', hint: 'What they add to your combined capabilities' },
];

const HIDE_OPTIONS: { value: Severity | ''; label: string }[] = [
  { value: '', label: 'Show all conflicts' },
  { value: 'HIGH', label: 'Hide high conflicts' },
  { value: 'MEDIUM', label: 'Hide medium and high' },
  { value: 'LOW', label: 'Hide any conflict' },
];

interface Props {
  weights: Weights;
  filters: CandidateFilters;
  onWeights(weights: Weights): void;
  onFilters(filters: CandidateFilters): void;
}

export function RankingControls({ weights, filters, onWeights, onFilters }: Props) {
  // The sliders' positions, valid for the committed weights they started from:
  // when the weights change from outside (back/forward, a link), the draft is
  // dropped and the sliders show the new weights.
  const weightsKey = `${weights.synergy}/${weights.reach}/${weights.capability}`;
  const [edit, setEdit] = useState({ base: weightsKey, draft: weights });
  const draft = edit.base === weightsKey ? edit.draft : weights;
  const setDraft = (next: Weights): void => setEdit({ base: weightsKey, draft: next });
  const settled = useDebouncedValue(draft, 300);

  useEffect(() => {
    if (!sameWeights(settled, weights) && hasUsableWeights(settled)) onWeights(settled);
    // Only a settled change of the draft commits; `weights` changing alone must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  const shares = weightShares(WEIGHT_SLIDERS.map(({ key }) => draft[key]));
  // The menus' options cost one query per company (the API has no catalogue
  // of segments or capabilities): load them only once someone opens a menu.
  const options = useFilterOptions();
  const set = (patch: Partial<CandidateFilters>): void => onFilters({ ...filters, ...patch });

  return (
    <section className="ranking-controls" aria-label="Ranking weights and filters">
      <div className="controls-heading">
        <h2>Weights</h2>
        {!sameWeights(draft, DEFAULT_WEIGHTS) && (
          <button type="button" className="link-button" onClick={() => setDraft(DEFAULT_WEIGHTS)}>
            Reset
          </button>
        )}
      </div>
      {WEIGHT_SLIDERS.map(({ key, label, hint, short }, index) => (
        <label key={key} className="weight-slider" title={hint}>
          <span className="weight-label">
            {label} <span className="muted">({short})</span>
            <output className="weight-share">{shares[index]}</output>
          </span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={draft[key]}
            data-testid={`weight-${key}`}
            aria-valuetext={`${label} ${shares[index]} of the value`}
            onChange={(event) => setDraft({ ...draft, [key]: Number(event.target.value) })}
          />
          <span className="weight-hint">{hint}</span>
        </label>
      ))}
      {!hasUsableWeights(draft) && <p className="controls-warning">At least one weight must be above zero.</p>}

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
        <select
          value={filters.segment ?? ''}
          onChange={(event) => set({ segment: event.target.value || null })}
        >
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
        <select
          value={filters.capability ?? ''}
          onChange={(event) => set({ capability: event.target.value || null })}
        >
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
    </section>
  );
}

/** The segment and capability catalogues: one small query, so it runs with the page. */
function useFilterOptions(): { segments: CompanyRef[]; capabilities: CompanyRef[]; loading: boolean } {
  const { data, loading } = useApi<{ segments: CompanyRef[]; capabilities: CompanyRef[] }>(FILTER_OPTIONS, {});
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

function sameWeights(a: Weights, b: Weights): boolean {
  return a.synergy === b.synergy && a.reach === b.reach && a.capability === b.capability;
}
