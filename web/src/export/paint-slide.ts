/**
 * Draws a slide (slide-layout.ts) on a canvas at its scale and hands back
 * the PNG: the only part of an export that needs a browser.
 */
import {
  fitInside,
  LEGEND_PX,
  slideLayout,
  SWATCH_GAP,
  SWATCH_WIDTH,
  type LegendEntry,
  type SlideText,
  type Swatch,
} from './slide-layout.ts';

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';
const INK = '#1f2a44';
const MUTED = '#5d6780';

/** A slide with `picture` (any image the canvas can draw) fitted into its picture area, as a PNG blob. */
export async function paintSlide(
  text: SlideText,
  legend: readonly LegendEntry[],
  picture: CanvasImageSource & { width: number; height: number },
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the export (no 2D canvas).');
  context.font = `${LEGEND_PX}px ${FONT}`;
  const layout = slideLayout(text, legend, (label) => context.measureText(label).width);
  canvas.width = layout.width * layout.scale;
  canvas.height = layout.height * layout.scale;
  context.scale(layout.scale, layout.scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);

  context.fillStyle = INK;
  context.font = `bold ${layout.title.px}px ${FONT}`;
  context.fillText(layout.title.text, layout.title.x, layout.title.y);
  context.fillStyle = MUTED;
  context.font = `${layout.subtitle.px}px ${FONT}`;
  context.fillText(layout.subtitle.text, layout.subtitle.x, layout.subtitle.y);

  const box = fitInside(picture.width, picture.height, layout.picture);
  context.imageSmoothingQuality = 'high';
  context.drawImage(picture, box.x, box.y, box.width, box.height);

  context.font = `${LEGEND_PX}px ${FONT}`;
  context.textBaseline = 'middle';
  for (const entry of layout.legend) {
    const hasSwatch = entry.swatch.kind !== 'none';
    if (hasSwatch) drawSwatch(context, entry.swatch, entry.x, entry.y);
    context.fillStyle = hasSwatch ? INK : MUTED;
    context.fillText(entry.label, entry.x + (hasSwatch ? SWATCH_WIDTH + SWATCH_GAP : 0), entry.y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The export could not be encoded.'))),
      'image/png',
    ),
  );
}

function drawSwatch(context: CanvasRenderingContext2D, swatch: Swatch, x: number, y: number): void {
  context.save();
  if (swatch.kind === 'dot') {
    const cx = x + SWATCH_WIDTH / 2;
    context.beginPath();
    context.arc(cx, y, 8, 0, 2 * Math.PI);
    context.globalAlpha = swatch.washed ? 0.4 : 1;
    context.fillStyle = swatch.fill;
    context.fill();
    context.globalAlpha = 1;
    context.lineWidth = swatch.washed ? 3 : 2;
    context.strokeStyle = swatch.stroke ?? '#ffffff';
    context.setLineDash(swatch.dashed ? [3, 2] : []);
    context.stroke();
    if (swatch.crossed) {
      context.setLineDash([]);
      context.beginPath();
      context.moveTo(cx - 7, y - 7);
      context.lineTo(cx + 7, y + 7);
      context.moveTo(cx + 7, y - 7);
      context.lineTo(cx - 7, y + 7);
      context.strokeStyle = '#3b1d0a';
      context.lineWidth = 1.5;
      context.stroke();
    }
  } else if (swatch.kind === 'line') {
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + SWATCH_WIDTH, y);
    context.strokeStyle = swatch.colour;
    context.lineWidth = swatch.width;
    context.setLineDash(swatch.dash ?? []);
    context.stroke();
  }
  context.restore();
}

/** A Blob (the map's PNG, the 2x2's SVG) as something the canvas can draw. */
export function loadImage(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob);
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The picture could not be read for the export.'));
    };
    image.src = url;
  });
}

/** Saves a blob under `name` through the browser's download. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
