/**
 * The 2x2 as an SVG scatter drawn in real pixels (text stays 11–13 px at any
 * size). The arithmetic lives in matrix/quadrant-chart.ts; this draws it.
 */
import { useState } from 'react';
import type { CandidateFit, Quadrant } from '../client/types.ts';
import { QUADRANT_HINT, QUADRANT_LABEL, SEVERITY_LABEL, worstSeverity } from '../format/labels.ts';
import { formatScore, pluralise } from '../format/numbers.ts';
import { fitBadge } from '../fit/standing.ts';
import { RELATION_COLOUR, relationOfFit } from '../map/relations.ts';
import { useElementSize } from '../hooks/use-element-size.ts';
import {
  axisScale,
  DEFAULT_THRESHOLDS,
  labelledIds,
  placeLabels,
  pointRadius,
  textBox,
} from './quadrant-chart.ts';

const MARGIN = { top: 30, right: 24, bottom: 52, left: 64 };
const LABELLED = 12;

interface Props {
  fits: CandidateFit[];
  selected: string | null;
  onSelect(id: string): void;
}

export function QuadrantChart({ fits, selected, onSelect }: Props) {
  const [box, size] = useElementSize<HTMLDivElement>();
  const [hovered, setHovered] = useState<string | null>(null);
  const width = Math.max(0, size.width - MARGIN.left - MARGIN.right);
  const height = Math.max(0, size.height - MARGIN.top - MARGIN.bottom);
  const xAxis = axisScale(
    fits.map((fit) => fit.reach),
    DEFAULT_THRESHOLDS.distribution,
  );
  const yAxis = axisScale(
    fits.map((fit) => fit.capabilityGain),
    DEFAULT_THRESHOLDS.capability,
  );
  const x = (value: number): number => (Math.min(value, xAxis.max) / xAxis.max) * width;
  const y = (value: number): number => height - (Math.min(value, yAxis.max) / yAxis.max) * height;
  const tx = x(DEFAULT_THRESHOLDS.distribution);
  const ty = y(DEFAULT_THRESHOLDS.capability);
  const maxScore = Math.max(0, ...fits.map((fit) => fit.score));
  const named = labelledIds(fits, LABELLED);
  const dots = fits.map((fit) => ({
    id: fit.candidate.id,
    x: x(fit.reach),
    y: y(fit.capabilityGain),
    r: pointRadius(fit.score, maxScore),
  }));
  // Best first: the names that matter most get the free spots; the selected company's always.
  const wanted = [...fits]
    .filter((fit) => named.has(fit.candidate.id) || fit.candidate.id === selected)
    .sort((a, b) => (a.candidate.id === selected ? -1 : b.candidate.id === selected ? 1 : b.score - a.score))
    .map((fit) => ({ ...dots.find((dot) => dot.id === fit.candidate.id)!, text: fit.candidate.name }));
  const corners: { quadrant: Quadrant; x: number; y: number; anchor: 'start' | 'end' }[] = [
    { quadrant: 'CAPABILITY', x: 8, y: 16, anchor: 'start' },
    { quadrant: 'STRATEGIC', x: width - 8, y: 16, anchor: 'end' },
    { quadrant: 'LOW', x: 8, y: height - 24, anchor: 'start' },
    { quadrant: 'DISTRIBUTION', x: width - 8, y: height - 24, anchor: 'end' },
  ];
  // Point names keep clear of the quadrant names and their hints (two lines each).
  const obstacles = corners.flatMap((corner) => [
    textBox(corner.x, corner.y - 4, QUADRANT_LABEL[corner.quadrant].length, corner.anchor, { charWidth: 7.6 }),
    textBox(corner.x, corner.y + 12, QUADRANT_HINT[corner.quadrant].length, corner.anchor, { charWidth: 6 }),
  ]);
  const capabilityThresholdLabel = `capability gain high from ${DEFAULT_THRESHOLDS.capability}`;
  obstacles.push(textBox(4, ty - 9, capabilityThresholdLabel.length, 'start', { charWidth: 6 }));
  const labels = placeLabels(wanted, dots, { width, height }, { obstacles });
  // Draw small points last so big ones never hide them; the selected one on top of all.
  const order = [...fits].sort((a, b) =>
    a.candidate.id === selected ? 1 : b.candidate.id === selected ? -1 : b.score - a.score,
  );
  const hoveredFit = fits.find((fit) => fit.candidate.id === hovered);
  const hoveredWorst = hoveredFit ? worstSeverity(hoveredFit.conflicts) : null;

  return (
    <div className="quadrant-chart" ref={box} data-testid="quadrant-chart">
      {width > 0 && height > 0 && (
        <svg
          width={size.width}
          height={size.height}
          role="group"
          aria-label="Candidates by distribution and capability expansion"
        >
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <rect className="quadrant-bg quadrant-bg-STRATEGIC" x={tx} y={0} width={width - tx} height={ty} />
            <rect className="quadrant-bg" x={0} y={0} width={width} height={height} fill="none" stroke="#cfd6e0" />
            {xAxis.ticks.map((tick) => (
              <g key={`x${tick}`} transform={`translate(${x(tick)},${height})`}>
                <line y2={5} stroke="#8a94a6" />
                <line y2={-height} className="grid-line" />
                <text y={18} textAnchor="middle" className="tick">
                  {tick.toFixed(1)}
                </text>
              </g>
            ))}
            {yAxis.ticks.map((tick) => (
              <g key={`y${tick}`} transform={`translate(0,${y(tick)})`}>
                <line x2={-5} stroke="#8a94a6" />
                <line x2={width} className="grid-line" />
                <text x={-9} dy="0.32em" textAnchor="end" className="tick">
                  {tick.toFixed(1)}
                </text>
              </g>
            ))}
            <line className="threshold" x1={tx} x2={tx} y1={0} y2={height} />
            <line className="threshold" x1={0} x2={width} y1={ty} y2={ty} />
            {/* Above the plot, where no point or quadrant name can sit. */}
            <text className="threshold-label" x={tx} y={-8} textAnchor="middle">
              reach high from {DEFAULT_THRESHOLDS.distribution}
            </text>
            <text className="threshold-label" x={4} y={ty - 5}>
              {capabilityThresholdLabel}
            </text>
            {corners.map((corner) => (
              <text
                key={corner.quadrant}
                x={corner.x}
                y={corner.y}
                textAnchor={corner.anchor}
                className="quadrant-label"
              >
                {QUADRANT_LABEL[corner.quadrant]}
                <tspan x={corner.x} dy="1.25em" className="quadrant-hint">
                  {QUADRANT_HINT[corner.quadrant]}
                </tspan>
              </text>
            ))}
            {order.map((fit) => {
              const id = fit.candidate.id;
              const cx = x(fit.reach);
              const cy = y(fit.capabilityGain);
              const r = pointRadius(fit.score, maxScore);
              const isSelected = id === selected;
              return (
                <g
                  key={id}
                  className={`point${isSelected ? ' is-selected' : ''}${fit.ruledOut ? ' is-ruled-out' : ''}`}
                  transform={`translate(${cx},${cy})`}
                  role="button"
                  tabIndex={0}
                  data-candidate-id={id}
                  aria-label={`${fit.candidate.name}: reach ${formatScore(fit.reach)}, capability gain ${formatScore(fit.capabilityGain)}, fit ${formatScore(fit.score)}${fit.ruledOut ? ', ruled out' : ''}`}
                  onClick={() => onSelect(id)}
                  onKeyDown={(event) =>
                    (event.key === 'Enter' || event.key === ' ') && (event.preventDefault(), onSelect(id))
                  }
                  onMouseEnter={() => setHovered(id)}
                  onMouseLeave={() => setHovered(null)}
                  onFocus={() => setHovered(id)}
                  onBlur={() => setHovered(null)}
                >
                  <circle r={r + 6} className="point-hit" />
                  <circle r={r} fill={RELATION_COLOUR[relationOfFit(fit)]} className="point-dot" />
                  {/* Ruled out: washed out and crossed, so its corner does not read as a recommendation. */}
                  {fit.ruledOut && <path className="point-cross" d={cross(r + 2)} />}
                </g>
              );
            })}
            {labels.map((label) => (
              <text
                key={label.id}
                x={label.x}
                y={label.y}
                dy="0.32em"
                textAnchor={label.anchor}
                className={`point-label${label.id === selected ? ' is-selected' : ''}`}
              >
                {fits.find((fit) => fit.candidate.id === label.id)?.candidate.name}
              </text>
            ))}
          </g>
          <text className="axis-title" x={MARGIN.left + width / 2} y={size.height - 10} textAnchor="middle">
            Distribution → reach: share of new customers you meet through them
          </text>
          <text
            className="axis-title"
            transform={`translate(16,${MARGIN.top + height / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            Capability expansion → capability gain
          </text>
        </svg>
      )}
      {hoveredFit && (
        <div
          className="map-tooltip chart-tooltip"
          style={{ left: MARGIN.left + x(hoveredFit.reach), top: MARGIN.top + y(hoveredFit.capabilityGain) + 14 }}
          role="tooltip"
        >
          <p className="tooltip-title">{hoveredFit.candidate.name}</p>
          <dl className="tooltip-facts">
            <dt>Fit score</dt>
            <dd>{formatScore(hoveredFit.score)}</dd>
            <dt>Reach</dt>
            <dd>{formatScore(hoveredFit.reach)}</dd>
            <dt>Capability gain</dt>
            <dd>{formatScore(hoveredFit.capabilityGain)}</dd>
            <dt>Shared customers</dt>
            <dd>{pluralise(hoveredFit.sharedCustomers, 'customer')}</dd>
            <dt>Worst conflict</dt>
            <dd>{hoveredWorst ? SEVERITY_LABEL[hoveredWorst] : 'None'}</dd>
            <dt>Quadrant</dt>
            <dd>{fitBadge(hoveredFit).label}</dd>
          </dl>
          {hoveredFit.ruledOut && <p className="tooltip-ruled-out">{fitBadge(hoveredFit).hint}</p>}
          <p className="tooltip-hint">Click for detail</p>
        </div>
      )}
    </div>
  );
}

/** An × of half-width `size`, centred on the point. */
function cross(size: number): string {
  const d = size * 0.75;
  return `M${-d},${-d}L${d},${d}M${d},${-d}L${-d},${d}`;
}
