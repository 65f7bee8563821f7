/**
 * The 2x2: the ranked candidates plotted by distribution (reach) against
 * capability expansion (capability gain), axes scaled to them, the 0.3
 * thresholds drawn (or said, when beyond every candidate), exportable as a
 * slide like the map.
 */
import { useRef, useState } from 'react';
import type { CompanySummary } from '../client/types.ts';
import { exportContext } from '../export/export-context.ts';
import { downloadBlob, loadImage, paintSlide } from '../export/paint-slide.ts';
import { exportFileName, SLIDE } from '../export/slide-layout.ts';
import { svgPicture } from '../export/svg-picture.ts';
import { useRankedCandidates } from '../hooks/use-ranked-candidates.ts';
import { slideText } from '../map/map-export.ts';
import { hasActiveFilters, type ExplorerState } from '../state/url-state.ts';
import { ApiErrorMessage, StatusMessage } from '../app/StatusMessage.tsx';
import { matrixLegend } from './matrix-legend.ts';
import { QuadrantChart } from './QuadrantChart.tsx';

interface Props {
  focal: CompanySummary;
  state: ExplorerState;
  onSelect(id: string): void;
}

export function MatrixView({ focal, state, onSelect }: Props) {
  const { data, error, loading } = useRankedCandidates(state);
  const fits = data?.candidates ?? [];
  const svg = useRef<SVGSVGElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const legend = matrixLegend(fits);

  const exportPng = async (): Promise<void> => {
    setExportError(null);
    try {
      if (!svg.current) return;
      const picture = svgPicture(svg.current, SLIDE.scale);
      const context = await exportContext(focal.name, state, `Top ${fits.length} candidates`);
      const slide = await paintSlide(
        slideText('capability expansion vs distribution', context),
        legend,
        await loadImage(picture.blob),
      );
      downloadBlob(slide, exportFileName(focal.id, '2x2'));
    } catch (failure) {
      setExportError(failure instanceof Error ? failure.message : String(failure));
    }
  };

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
        {exportError && <span className="toolbar-status is-error">{exportError}</span>}
        <button
          type="button"
          onClick={() => void exportPng()}
          disabled={fits.length === 0}
          data-testid="export-matrix-png"
          title="A 16:9 slide at 2×: the 2x2 with its title, dataset, date and key"
        >
          Export PNG
        </button>
      </div>
      {fits.length > 0 && (
        <ul className="chart-key" aria-label="Key" data-testid="matrix-key">
          {legend.map((entry) => (
            <li key={entry.label} className={entry.swatch.kind === 'none' ? 'muted' : undefined}>
              {entry.swatch.kind === 'dot' && (
                <svg width="12" height="12" aria-hidden="true">
                  <circle cx="6" cy="6" r="5" fill={entry.swatch.fill} fillOpacity={entry.swatch.washed ? 0.35 : 1} />
                  {entry.swatch.crossed && <path d="M2,2L10,10M10,2L2,10" stroke="#3b1d0a" strokeWidth="1.5" />}
                </svg>
              )}
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      {error && <ApiErrorMessage error={error} what="the candidates" />}
      {!data && !error && <StatusMessage kind="loading" title="Placing candidates…" />}
      {data && fits.length === 0 && (
        <StatusMessage kind="empty" title="No candidates to plot">
          {hasActiveFilters(state.filters)
            ? 'No company passes the current filters.'
            : `There is no other company to compare with ${focal.name}.`}
        </StatusMessage>
      )}
      {fits.length > 0 && <QuadrantChart fits={fits} selected={state.selected} onSelect={onSelect} svgRef={svg} />}
    </div>
  );
}
