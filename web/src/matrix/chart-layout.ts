/**
 * The whole 2x2 worked out in plot pixels before anything is drawn: axes
 * scaled to the data, the thresholds (on the chart or beyond it), the
 * quadrants that show and where their names go, every point nudged clear of
 * its ties, and the names placed clear of one another. Pure, so the
 * component only draws it and the tests can check it.
 */
import type { CandidateFit, Quadrant } from '../client/types.ts';
import { QUADRANT_HINT, QUADRANT_LABEL } from '../format/labels.ts';
import { dodge, placeNames, textBox, type Box, type Dot, type PlacedName } from './point-placement.ts';
import { dataAxis, quadrantRegions, scale, type DataAxis } from './quadrant-axes.ts';
import { DEFAULT_THRESHOLDS, namesWanted, pointRadius, type Thresholds } from './quadrant-chart.ts';
import { formatThreshold, RELATIVE_HINT, type ThresholdMode } from './chart-thresholds.ts';

interface Corner {
  quadrant: Quadrant;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface ChartLayout {
  x: DataAxis & { at: (value: number) => number };
  y: DataAxis & { at: (value: number) => number };
  /** Threshold lines in px, or null when the threshold is beyond its axis. */
  thresholdX: number | null;
  thresholdY: number | null;
  /** The Strategic region, shaded, when it is on the chart. */
  strategic: { left: number; top: number; right: number; bottom: number } | null;
  corners: Corner[];
  /** What each quadrant's hint says: the documented meaning, or the relative one (chart-thresholds.ts). */
  hints: Record<Quadrant, string>;
  /** The threshold lines' labels, or what is said at the axis's end when a line is off it. */
  reachText: string;
  capabilityText: string;
  /** Where the capability line's label sits: at the plot's left or right end, whichever fewer points crowd. */
  capabilityLabel: { x: number; anchor: 'start' | 'end' };
  /** Every point where it is drawn (nudged off its ties), best score first. */
  dots: Dot[];
  names: PlacedName[];
}

/**
 * What a threshold line says, on the line or, off the scale, at the axis's
 * end: "reach high from 0.3", "reach higher than most from 0.014", "Reach is
 * high from 0.3: beyond every candidate here →", "Every candidate has the
 * same reach: no line".
 */
export function thresholdText(
  axis: 'reach' | 'capability',
  value: number,
  mode: ThresholdMode,
  shown: boolean,
): string {
  const name = axis === 'reach' ? 'reach' : 'capability gain';
  if (!Number.isFinite(value)) return `Every candidate here has the same ${name}: no line`;
  const from = formatThreshold(value);
  if (shown) return mode === 'relative' ? `${name} higher than most from ${from}` : `${name} high from ${from}`;
  const capitalised = name[0]!.toUpperCase() + name.slice(1);
  return axis === 'reach'
    ? `${capitalised} is high from ${from}: beyond every candidate here →`
    : `↑ ${capitalised} is high from ${from}: beyond every candidate here`;
}

export function chartLayout(
  fits: readonly CandidateFit[],
  plot: { width: number; height: number },
  selected: string | null,
  {
    thresholds = DEFAULT_THRESHOLDS,
    mode = 'fixed',
    textWidth,
  }: {
    /** The lines drawn (chart-thresholds.ts); default the documented 0.3. */
    thresholds?: Thresholds;
    mode?: ThresholdMode;
    /** A name's width at 12 px, measured by the page; default an estimate from its characters. */
    textWidth?: (text: string) => number;
  } = {},
): ChartLayout {
  const hints = mode === 'relative' ? RELATIVE_HINT : QUADRANT_HINT;
  const xAxis = dataAxis(
    fits.map((fit) => fit.reach),
    thresholds.distribution,
  );
  const yAxis = dataAxis(
    fits.map((fit) => fit.capabilityGain),
    thresholds.capability,
  );
  const x = scale(xAxis, plot.width);
  const y = scale(yAxis, plot.height, true);
  const thresholdX = xAxis.thresholdShown ? x(thresholds.distribution) : null;
  const thresholdY = yAxis.thresholdShown ? y(thresholds.capability) : null;

  const maxScore = Math.max(0, ...fits.map((fit) => fit.score));
  const byScore = [...fits].sort((a, b) => b.score - a.score);
  const dots = dodge(
    byScore.map((fit) => ({
      id: fit.candidate.id,
      x: x(fit.reach),
      y: y(fit.capabilityGain),
      r: pointRadius(fit.score, maxScore),
    })),
    plot,
    { x: thresholdX ?? undefined, y: thresholdY ?? undefined },
  );

  const corners = quadrantRegions(xAxis, yAxis, thresholds).map((region) =>
    quietestCorner(
      hints,
      region.quadrant,
      {
        left: region.x0 === 0 ? 0 : x(region.x0),
        right: region.x1 === xAxis.max ? plot.width : x(region.x1),
        top: region.y1 === yAxis.max ? 0 : y(region.y1),
        bottom: region.y0 === 0 ? plot.height : y(region.y0),
      },
      dots,
      plot.width,
    ),
  );
  const strategic =
    thresholdX !== null && thresholdY !== null
      ? { left: thresholdX, top: 0, right: plot.width, bottom: thresholdY }
      : null;

  // Names keep clear of the quadrant names with their hints, and of the threshold's label.
  const reachText = thresholdText('reach', thresholds.distribution, mode, thresholdX !== null);
  const capabilityText = thresholdText('capability', thresholds.capability, mode, thresholdY !== null);
  const obstacles: Box[] = corners.flatMap((corner) => cornerBoxes(corner, hints));
  let capabilityLabel: ChartLayout['capabilityLabel'] = { x: 4, anchor: 'start' };
  if (thresholdY !== null) {
    // At the left end by habit; at the right end when points crowd the left (Amazon's pile at the origin).
    const width = capabilityText.length * 6;
    const left = textBox(4, thresholdY - 9, width, 14, 'start');
    const right = textBox(plot.width - 4, thresholdY - 9, width, 14, 'end');
    if (dotsUnder(right, dots) < dotsUnder(left, dots)) capabilityLabel = { x: plot.width - 4, anchor: 'end' };
    obstacles.push(capabilityLabel.anchor === 'start' ? left : right);
  }
  const at = new Map(dots.map((dot) => [dot.id, dot]));
  const names = placeNames(
    namesWanted(fits, selected).map((wanted) => ({ ...at.get(wanted.id)!, ...wanted })),
    dots,
    plot,
    { obstacles, walls: { x: thresholdX ?? undefined, y: thresholdY ?? undefined }, textWidth },
  );
  return {
    x: { ...xAxis, at: x },
    y: { ...yAxis, at: y },
    thresholdX,
    thresholdY,
    strategic,
    corners,
    hints,
    reachText,
    capabilityText,
    capabilityLabel,
    dots,
    names,
  };
}

/**
 * A quadrant's name and hint (two lines) as boxes, with CORNER_AIR more on
 * their open side: a name set right against "Low leverage" read as one word
 * with it ("Low leverageSentinelOne").
 */
export function cornerBoxes(corner: Corner, hints: Record<Quadrant, string>): Box[] {
  return [
    textBox(corner.x, corner.y - 4, QUADRANT_LABEL[corner.quadrant].length * 7.6 + CORNER_AIR, 14, corner.anchor),
    textBox(corner.x, corner.y + 12, hints[corner.quadrant].length * 6 + CORNER_AIR, 14, corner.anchor),
  ];
}

const CORNER_AIR = 8;

/**
 * Where a quadrant's name goes: its outer corner (Strategic top right, Low
 * bottom left…), unless points crowd it there: then the corner of the region
 * the fewest points cover. Microsoft's fifty candidates pile up at the origin,
 * right where "Low leverage" would sit. A corner whose name would run out of
 * the plot is never taken, and one whose name would run out of its own
 * quadrant only when every corner does: Amazon's Low leverage under relative
 * lines is 70 px wide, and its name ran left over the axis.
 */
function quietestCorner(
  hints: Record<Quadrant, string>,
  quadrant: Quadrant,
  region: { left: number; right: number; top: number; bottom: number },
  dots: readonly Dot[],
  plotWidth: number,
): Corner {
  const high = quadrant === 'STRATEGIC' || quadrant === 'CAPABILITY';
  const east = quadrant === 'STRATEGIC' || quadrant === 'DISTRIBUTION';
  const at = (right: boolean, top: boolean): Corner => ({
    quadrant,
    x: right ? region.right - 8 : region.left + 8,
    y: top ? region.top + 16 : region.bottom - 24,
    anchor: right ? 'end' : 'start',
  });
  const options = [at(east, high), at(!east, high), at(east, !high), at(!east, !high)];
  const boxes = (corner: Corner) => cornerBoxes(corner, hints);
  const spills = (corner: Corner, left: number, right: number): boolean =>
    boxes(corner).some((box) => box.left < left || box.right > right);
  // Out of the plot is out; out of its quadrant counts as a crowd of a thousand points.
  const cost = (corner: Corner): number =>
    (spills(corner, 0, plotWidth) ? 1e6 : 0) +
    (spills(corner, region.left, region.right) ? 1e3 : 0) +
    boxes(corner).reduce((sum, box) => sum + dotsUnder(box, dots), 0);
  return options.reduce((best, option) => (cost(option) < cost(best) ? option : best));
}

/** How many points a box covers, even in part. */
function dotsUnder(box: Box, dots: readonly Dot[]): number {
  return dots.filter(
    (dot) =>
      dot.x + dot.r > box.left && dot.x - dot.r < box.right && dot.y + dot.r > box.top && dot.y - dot.r < box.bottom,
  ).length;
}
