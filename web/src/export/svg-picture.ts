/**
 * A chart drawn as SVG on the page (the 2x2) as a standalone picture: its
 * look comes from the page's CSS, which an image loaded on its own does not
 * have, so each element's computed paint and type are written onto it.
 */

/** What an SVG chart's look depends on. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
] as const;

/** The chart as an SVG blob at `scale` (so the canvas draws it sharp), white behind it. */
export function svgPicture(svg: SVGSVGElement, scale: number): { blob: Blob; width: number; height: number } {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const style = getComputedStyle(original);
    const target = copies[index] as SVGElement;
    target.setAttribute(
      'style',
      PROPERTIES.map((property) => `${property}:${style.getPropertyValue(property)}`).join(';'),
    );
    target.removeAttribute('class');
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width * scale));
  copy.setAttribute('height', String(height * scale));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  const text = new XMLSerializer().serializeToString(copy);
  return { blob: new Blob([text], { type: 'image/svg+xml' }), width: width * scale, height: height * scale };
}
