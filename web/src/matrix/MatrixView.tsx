/**
 * The 2x2: the ranked candidates plotted by distribution (reach) against
 * capability expansion (capability gain), with the 0.3 thresholds drawn.
 */
import type { CompanySummary } from '../client/types.ts';
import { useRankedCandidates } from '../hooks/use-ranked-candidates.ts';
import { hasActiveFilters, type ExplorerState } from '../state/url-state.ts';
import { ApiErrorMessage, StatusMessage } from '../app/StatusMessage.tsx';
import { QuadrantChart } from './QuadrantChart.tsx';

interface Props {
  focal: CompanySummary;
  state: ExplorerState;
  onSelect(id: string): void;
}

export function MatrixView({ focal, state, onSelect }: Props) {
  const { data, error, loading } = useRankedCandidates(state);
  const fits = data?.candidates ?? [];
  return (
    <div className="matrix-view">
      <div className="toolbar">
        <p className="toolbar-title">
          Capability expansion vs distribution for {focal.name}
          <span className="muted toolbar-subtitle">
            Top {fits.length} candidates under the current weights and filters
          </span>
        </p>
        <span className="toolbar-spacer" />
        {loading && data && <span className="toolbar-status">Updating…</span>}
        <ul className="chart-key" aria-label="Key">
          <li>
            <span className="swatch swatch-complement" aria-hidden="true" /> Candidate
          </li>
          <li>
            <span className="swatch swatch-conflict" aria-hidden="true" /> With medium or high conflicts
          </li>
          <li>
            <span className="swatch swatch-in-progress" aria-hidden="true" /> In progress
          </li>
          <li>
            <span className="swatch swatch-former" aria-hidden="true" /> Former partner
          </li>
          {state.filters.includeRuledOut && (
            <li>
              <span className="swatch swatch-ruled-out" aria-hidden="true" /> Ruled out (crossed)
            </li>
          )}
          <li className="muted">Point area = fit score</li>
        </ul>
      </div>
      {error && <ApiErrorMessage error={error} what="the candidates" />}
      {!data && !error && <StatusMessage kind="loading" title="Placing candidates…" />}
      {data && fits.length === 0 && (
        <StatusMessage kind="empty" title="No candidates to plot">
          {hasActiveFilters(state.filters)
            ? 'No company passes the current filters.'
            : `There is no other company to compare with ${focal.name}.`}
        </StatusMessage>
      )}
      {fits.length > 0 && <QuadrantChart fits={fits} selected={state.selected} onSelect={onSelect} />}
    </div>
  );
}
