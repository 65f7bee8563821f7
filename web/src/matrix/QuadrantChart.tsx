/**
 * The 2x2 as an SVG scatter drawn in real pixels (text stays 11–13 px at any
 * size). Everything is worked out in matrix/chart-layout.ts; this draws it.
 */
import { useMemo, useState, type Ref } from 'react';
import type { CandidateFit } from '../client/types.ts';
import { QUADRANT_LABEL, SEVERITY_LABEL, worstSeverity } from '../format/labels.ts';
import { formatScore, pluralise } from '../format/numbers.ts';
import { fitBadge } from '../fit/standing.ts';
import { RELATION_COLOUR, relationOfFit } from '../fit/relations.ts';
import { useElementSize } from '../hooks/use-element-size.ts';
import { chartLayout } from './chart-layout.ts';
import type { ThresholdMode } from './chart-thresholds.ts';
import { quadrantOf } from '../../../api/contract/quadrant.ts';
import { DEFAULT_THRESHOLDS, isRuledOutOnChart, type Thresholds } from './quadrant-chart.ts';

const MARGIN = { top: 30, right: 24, bottom: 52, left: 64 };

interface Props {
  fits: CandidateFit[];
  selected: string | null;
  onSelect(id: string): void;
  /** The drawn chart, for the export. */
  svgRef?: Ref<SVGSVGElement>;
  /** The lines drawn (chart-thresholds.ts): the documented 0.3, or relative to these candidates. */
  thresholds?: Thresholds;
  mode?: ThresholdMode;
}

export function QuadrantChart({
  fits,
  selected,
  onSelect,
  svgRef,
  thresholds = DEFAULT_THRESHOLDS,
  mode = 'fixed',
}: Props) {
  const [box, size] = useElementSize<HTMLDivElement>();
  const [hovered, setHovered] = useState<string | null>(null);
  const width = Math.max(0, size.width - MARGIN.left - MARGIN.right);
  const height = Math.max(0, size.height - MARGIN.top - MARGIN.bottom);
  // Placing fifty names takes a few milliseconds: once per answer, size and selection, not per hover.
  const layout = useMemo(
    () => chartLayout(fits, { width, height }, selected, { thresholds, mode, textWidth: measureName }),
    [fits, width, height, selected, thresholds, mode],
  );
  const byId = useMemo(() => new Map(fits.map((fit) => [fit.candidate.id, fit])), [fits]);
  const at = new Map(layout.dots.map((dot) => [dot.id, dot]));
  // Small points last so big ones never hide them; the selected one on top of all.
  const order = [...layout.dots].sort((a, b) => (a.id === selected ? 1 : b.id === selected ? -1 : b.r - a.r));
  const hoveredFit = hovered ? byId.get(hovered) : undefined;
  const hoveredDot = hovered ? at.get(hovered) : undefined;
  const hoveredWorst = hoveredFit ? worstSeverity(hoveredFit.conflicts) : null;
  const { x, y } = layout;

  return (
    <div className="quadrant-chart" ref={box} data-testid="quadrant-chart">
      {width > 0 && height > 0 && (
        <svg
          ref={svgRef}
          xmlns="http://www.w3.org/2000/svg"
          width={size.width}
          height={size.height}
          role="group"
          aria-label="Candidates by distribution and capability expansion"
        >
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {layout.strategic && (
              <rect
                className="quadrant-bg quadrant-bg-STRATEGIC"
                x={layout.strategic.left}
                y={layout.strategic.top}
                width={layout.strategic.right - layout.strategic.left}
                height={layout.strategic.bottom - layout.strategic.top}
              />
            )}
            <rect className="quadrant-bg" x={0} y={0} width={width} height={height} fill="none" stroke="#cfd6e0" />
            {x.ticks.map((tick) => (
              <g key={`x${tick}`} transform={`translate(${x.at(tick)},${height})`}>
                <line y2={5} stroke="#8a94a6" />
                <line y2={-height} className="grid-line" />
                <text y={18} textAnchor="middle" className="tick">
                  {tick.toFixed(x.decimals)}
                </text>
              </g>
            ))}
            {y.ticks.map((tick) => (
              <g key={`y${tick}`} transform={`translate(0,${y.at(tick)})`}>
                <line x2={-5} stroke="#8a94a6" />
                <line x2={width} className="grid-line" />
                <text x={-9} dy="0.32em" textAnchor="end" className="tick">
                  {tick.toFixed(y.decimals)}
                </text>
              </g>
            ))}
            {layout.thresholdX !== null ? (
              <>
                <line className="threshold" x1={layout.thresholdX} x2={layout.thresholdX} y1={0} y2={height} />
                {/* Above the plot, where no point or quadrant name can sit. */}
                <text
                  className="threshold-label"
                  x={layout.thresholdX}
                  y={-8}
                  textAnchor="middle"
                  data-testid="reach-threshold"
                >
                  {layout.reachText}
                </text>
              </>
            ) : (
              <text
                className="threshold-label is-off-scale"
                x={width}
                y={-8}
                textAnchor="end"
                data-testid="reach-off-scale"
              >
                {layout.reachText}
              </text>
            )}
            {layout.thresholdY !== null ? (
              <>
                <line className="threshold" x1={0} x2={width} y1={layout.thresholdY} y2={layout.thresholdY} />
                <text
                  className="threshold-label"
                  x={layout.capabilityLabel.x}
                  y={layout.thresholdY - 5}
                  textAnchor={layout.capabilityLabel.anchor}
                  data-testid="capability-threshold"
                >
                  {layout.capabilityText}
                </text>
              </>
            ) : (
              <text className="threshold-label is-off-scale" x={0} y={-8} data-testid="capability-off-scale">
                {layout.capabilityText}
              </text>
            )}
            {layout.names.map(
              (name) =>
                name.leader && (
                  <line
                    key={`leader-${name.id}`}
                    className="point-leader"
                    x1={name.leader.x1}
                    y1={name.leader.y1}
                    x2={name.leader.x2}
                    y2={name.leader.y2}
                  />
                ),
            )}
            {order.map((dot) => {
              const fit = byId.get(dot.id)!;
              const isSelected = dot.id === selected;
              const ruledOut = isRuledOutOnChart(fit);
              return (
                <g
                  key={dot.id}
                  className={`point${isSelected ? ' is-selected' : ''}${ruledOut ? ' is-ruled-out' : ''}`}
                  transform={`translate(${dot.x},${dot.y})`}
                  role="button"
                  tabIndex={0}
                  data-candidate-id={dot.id}
                  data-quadrant={quadrantOf(fit.reach, fit.capabilityGain, thresholds)}
                  aria-label={`${fit.candidate.name}: reach ${formatScore(fit.reach)}, capability gain ${formatScore(fit.capabilityGain)}, fit ${formatScore(fit.score)}${ruledOut ? ', ruled out' : ''}`}
                  onClick={() => onSelect(dot.id)}
                  onKeyDown={(event) =>
                    (event.key === 'Enter' || event.key === ' ') && (event.preventDefault(), onSelect(dot.id))
                  }
                  onMouseEnter={() => setHovered(dot.id)}
                  onMouseLeave={() => setHovered(null)}
                  onFocus={() => setHovered(dot.id)}
                  onBlur={() => setHovered(null)}
                >
                  <circle r={dot.r + 6} className="point-hit" />
                  <circle r={dot.r} fill={RELATION_COLOUR[relationOfFit(fit)]} className="point-dot" />
                  {/* Ruled out: washed out and crossed, so its corner does not read as a recommendation. */}
                  {ruledOut && <path className="point-cross" d={cross(dot.r + 2)} />}
                </g>
              );
            })}
            {/* Over the points, haloed, never catching a click: a narrow quadrant's name may lie on its pile. */}
            {layout.corners.map((corner) => (
              <text
                key={corner.quadrant}
                x={corner.x}
                y={corner.y}
                textAnchor={corner.anchor}
                className="quadrant-label"
              >
                {QUADRANT_LABEL[corner.quadrant]}
                <tspan x={corner.x} dy="1.25em" className="quadrant-hint">
                  {layout.hints[corner.quadrant]}
                </tspan>
              </text>
            ))}
            {layout.names.map((name) => (
              <text
                key={name.id}
                x={name.x}
                y={name.y}
                dy="0.32em"
                textAnchor={name.anchor}
                className={`point-label${name.id === selected ? ' is-selected' : ''}`}
                data-candidate-id={name.id}
              >
                {byId.get(name.id)?.candidate.name}
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
      {hoveredFit && hoveredDot && (
        <div
          className="map-tooltip chart-tooltip"
          style={{ left: MARGIN.left + hoveredDot.x, top: MARGIN.top + hoveredDot.y + 14 }}
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
            {mode === 'relative' && (
              <>
                <dt>Here</dt>
                <dd>
                  {QUADRANT_LABEL[quadrantOf(hoveredFit.reach, hoveredFit.capabilityGain, thresholds)]} (relative)
                </dd>
              </>
            )}
            <dt>{mode === 'relative' ? 'API quadrant' : 'Quadrant'}</dt>
            <dd>{fitBadge(hoveredFit).label}</dd>
          </dl>
          {isRuledOutOnChart(hoveredFit) && <p className="tooltip-ruled-out">{fitBadge(hoveredFit).hint}</p>}
          <p className="tooltip-hint">Click for detail</p>
        </div>
      )}
    </div>
  );
}

/** Names measured as the chart draws them (12 px in the page's font), once each. */
const measured = new Map<string, number>();
let measureContext: CanvasRenderingContext2D | null | undefined;
function measureName(text: string): number {
  const known = measured.get(text);
  if (known !== undefined) return known;
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 6.6;
  measureContext.font = `12px ${getComputedStyle(document.body).fontFamily}`;
  const width = measureContext.measureText(text).width;
  measured.set(text, width);
  return width;
}

/** An × of half-width `size`, centred on the point. */
function cross(size: number): string {
  const d = size * 0.75;
  return `M${-d},${-d}L${d},${d}M${d},${-d}L${-d},${d}`;
}
