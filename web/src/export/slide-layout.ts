/**
 * An export a strategist can paste into a deck: a 16:9 slide with a title,
 * the dataset and the date, the picture (the map or the 2x2) as large as
 * fits, and a legend under it. Pure: where each part goes, in CSS pixels; the
 * painter (paint-slide.ts) draws it at 2× for sharp projection.
 */

/** 1600 × 900 CSS px at 2×: a 3200 × 1800 PNG, sharp on a 4K projector, a few hundred kB of mostly white. */
export const SLIDE = { width: 1600, height: 900, scale: 2 } as const;
const MARGIN = 40;
const TITLE_PX = 30;
const SUBTITLE_PX = 16;
export const LEGEND_PX = 15;
const LEGEND_ROW = 26;
/** Swatch, then a gap, then the words; entries 28 px apart. */
const SWATCH_WIDTH = 28;
const SWATCH_GAP = 8;
const ENTRY_GAP = 28;

export type Swatch =
  | { kind: 'dot'; fill: string; stroke?: string; dashed?: boolean; washed?: boolean; crossed?: boolean }
  | { kind: 'line'; colour: string; width: number; dash?: number[] }
  | { kind: 'none' };

export interface LegendEntry {
  label: string;
  swatch: Swatch;
}

export interface SlideText {
  title: string;
  /** Dataset, date and what is shown, one line. */
  subtitle: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlacedEntry extends LegendEntry {
  /** Left of the swatch; `y` is the row's middle. */
  x: number;
  y: number;
}

export interface SlideLayout {
  width: number;
  height: number;
  scale: number;
  title: { text: string; x: number; y: number; px: number };
  subtitle: { text: string; x: number; y: number; px: number };
  /** Where the picture may go; it is fitted inside, centred (fitInside). */
  picture: Box;
  legend: PlacedEntry[];
}

/**
 * The slide's parts. `measure` gives a text's width in px at LEGEND_PX (the
 * painter's canvas measures; tests estimate). Legend entries wrap into rows
 * left to right; the picture takes what the title and legend leave.
 * On 1600 × 900 with a one-row legend: title baseline at 40 + 30 = 70,
 * subtitle at 70 + 10 + 16 = 96, picture from 96 + 20 = 116 down to
 * 900 − 40 − 26 − 16 = 818, so 1520 × 702.
 */
export function slideLayout(
  text: SlideText,
  legend: readonly LegendEntry[],
  measure: (text: string) => number,
  { width = SLIDE.width, height = SLIDE.height, scale = SLIDE.scale } = {},
): SlideLayout {
  const titleY = MARGIN + TITLE_PX;
  const subtitleY = titleY + 10 + SUBTITLE_PX;
  const rows = wrapLegend(legend, measure, width - 2 * MARGIN);
  const legendTop = height - MARGIN - rows.length * LEGEND_ROW;
  const pictureTop = subtitleY + 20;
  const picture = { x: MARGIN, y: pictureTop, width: width - 2 * MARGIN, height: legendTop - 16 - pictureTop };
  const placed = rows.flatMap((row, index) =>
    row.map((entry) => ({ ...entry.entry, x: MARGIN + entry.x, y: legendTop + index * LEGEND_ROW + LEGEND_ROW / 2 })),
  );
  return {
    width,
    height,
    scale,
    title: { text: text.title, x: MARGIN, y: titleY, px: TITLE_PX },
    subtitle: { text: text.subtitle, x: MARGIN, y: subtitleY, px: SUBTITLE_PX },
    picture,
    legend: placed,
  };
}

/** Entries in rows no wider than `width`, each with its x within the row. */
export function wrapLegend(
  legend: readonly LegendEntry[],
  measure: (text: string) => number,
  width: number,
): { entry: LegendEntry; x: number }[][] {
  const rows: { entry: LegendEntry; x: number }[][] = [];
  let row: { entry: LegendEntry; x: number }[] = [];
  let x = 0;
  for (const entry of legend) {
    const entryWidth = (entry.swatch.kind === 'none' ? 0 : SWATCH_WIDTH + SWATCH_GAP) + measure(entry.label);
    if (row.length > 0 && x + entryWidth > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ entry, x });
    x += entryWidth + ENTRY_GAP;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The largest box of the image's aspect inside `area`, centred: a 1000 × 500 map in 1520 × 702 is 1404 × 702. */
export function fitInside(imageWidth: number, imageHeight: number, area: Box): Box {
  if (imageWidth <= 0 || imageHeight <= 0) return { ...area, width: 0, height: 0 };
  const scale = Math.min(area.width / imageWidth, area.height / imageHeight);
  const width = imageWidth * scale;
  const height = imageHeight * scale;
  return { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
}

/** The download's name: `partnergraph-shopwell-map.png` (the slide itself carries the date). */
export function exportFileName(focalId: string, what: 'map' | '2x2'): string {
  return `partnergraph-${focalId}-${what}.png`;
}

export { SWATCH_WIDTH, SWATCH_GAP };
