/**
 * The 2x2: the ranked candidates plotted by distribution (reach) against
 * capability expansion (capability gain), axes scaled to them, the 0.3
 * thresholds drawn (or said, when beyond every candidate), exportable as a
 * slide like the map.
 */
import { useMemo, useRef, useState } from 'react';
import type { CompanySummary } from '../client/types.ts';
import { exportContext } from '../export/export-context.ts';
import { downloadBlob, loadImage, paintSlide } from '../export/paint-slide.ts';
import { exportFileName, SLIDE } from '../export/slide-layout.ts';
import { slideText } from '../export/slide-text.ts';
import { svgPicture } from '../export/svg-picture.ts';
import { useRankedCandidates } from '../hooks/use-ranked-candidates.ts';
import { hasActiveFilters, type ExplorerState } from '../state/url-state.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';
import { QUADRANT_LABEL } from '../format/labels.ts';
import { chartThresholds, formatThreshold, type ThresholdMode } from './chart-thresholds.ts';
import { matrixLegend } from './matrix-legend.ts';
import { QuadrantChart } from './QuadrantChart.tsx';

interface Props {
  focal: CompanySummary;
  state: ExplorerState;
  onSelect(id: string): void;
}

export function MatrixView({ focal, state, onSelect }: Props) {
  const { data, error, loading } = useRankedCandidates(state);
  const fits = useMemo(() => data?.candidates ?? [], [data]);
  const svg = useRef<SVGSVGElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  // The strategist's choice of lines; null: the chart's own (relative when the fixed ones pile everyone up).
  const [chosenMode, setChosenMode] = useState<ThresholdMode | null>(null);
  const lines = useMemo(() => chartThresholds(fits, chosenMode), [fits, chosenMode]);
  const legend = matrixLegend(fits, { relativeTo: lines.mode === 'relative' ? focal.name : null });

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
        {fits.length > 1 && (
          <div className="segmented" role="group" aria-label="Quadrant lines" data-testid="threshold-mode">
            <button
              type="button"
              aria-pressed={lines.mode === 'fixed'}
              onClick={() => setChosenMode('fixed')}
              title="Each axis high from 0.3: the API's quadrant, the same for every company"
            >
              Fixed 0.3
            </button>
            <button
              type="button"
              aria-pressed={lines.mode === 'relative'}
              onClick={() => setChosenMode('relative')}
              title={`Lines that split ${focal.name}'s candidates as evenly as their values allow`}
            >
              Relative<span className="wide-only"> to {focal.name}’s</span>
            </button>
          </div>
        )}
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
      {fits.length > 1 && (lines.mode === 'relative' || lines.relativeHelps) && (
        <p className="chart-lines-note" data-testid="threshold-note" data-mode={lines.mode}>
          {thresholdNote(lines, fits.length, focal.name)}
        </p>
      )}
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
      {fits.length > 0 && (
        <QuadrantChart
          fits={fits}
          selected={state.selected}
          onSelect={onSelect}
          svgRef={svg}
          thresholds={lines.thresholds}
          mode={lines.mode}
        />
      )}
    </div>
  );
}

/**
 * What the lines are, said plainly whenever they are not the documented ones
 * or those pile the candidates up: which lines, what a quadrant then means,
 * and where the API's `quadrant` puts them.
 */
function thresholdNote(lines: ReturnType<typeof chartThresholds>, count: number, focalName: string): string {
  const pile = lines.fixedPile;
  const fixed = pile
    ? `At the API’s fixed lines (each axis high from 0.3) ${pile.count} of ${count} are ${QUADRANT_LABEL[pile.quadrant]}.`
    : '';
  if (lines.mode === 'fixed') return `${fixed} “Relative” compares ${focalName}’s candidates with one another.`;
  const axis = (name: string, value: number): string =>
    Number.isFinite(value) ? `${name} from ${formatThreshold(value)}` : `no ${name} line (all the same)`;
  return (
    `Lines relative to ${focalName}’s ${count} candidates (${axis('reach', lines.thresholds.distribution)}, ` +
    `${axis('capability gain', lines.thresholds.capability)}), splitting them as evenly as their values allow: ` +
    `a quadrant here compares a candidate with the others, not with the market-wide rule. ${fixed}`
  );
}
