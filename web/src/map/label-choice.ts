/**
 * Which companies carry their name on the map, and on which side. By
 * importance, never by rank alone: the focal company, the selected one,
 * partners, rivals, deals in progress, groups, conflicting candidates and the
 * best-scoring few are named whenever a place clear of every other name
 * exists; every other name is drawn when it has room on screen, best first.
 * Labels keep one size on screen (map-stylesheet.ts), so zooming in spreads
 * the companies apart and frees room for more names: the zoom level decides
 * how many, collisions decide which. A name moves above, right, left of its
 * company or to a corner to find room; no two names are ever drawn over each
 * other.
 */
import type { Relation } from '../fit/relations.ts';

/** The best-scoring candidates always named: the top ten list beside the map, and a few more. */
export const TOP_LABELLED = 15;
/**
 * The ten the list beside the map ranks are named before anyone else but the
 * focal and selected companies: around a hub, where most candidates carry a
 * conflict and a dozen partners are drawn, Microsoft's best candidate (Okta)
 * lost its place to names that merely came first by id.
 */
export const TOP_FIRST = 10;
/**
 * Conflicting candidates ranked this high are always named. On a 300-company
 * map a hundred orange names would bury one another, so lower-ranked
 * conflicts compete for room (first among the rest).
 */
export const CONFLICTS_ALWAYS_WITHIN = 50;

export interface LabelNode {
  relation: Relation;
  /** 1 for the best-scoring candidate; 0 for the focal company. */
  rank: number;
  isGroup?: boolean;
  selected?: boolean;
}

/**
 * Lower is more important. Always named (when a place clear of other names
 * exists): 0 (focal, selected), 1 (the top 10), 2 (partners, rivals, deals
 * in progress, groups), 3 (conflicts in the top 50, the top 15). The rest,
 * from 4: former partners, then the other conflicts, then by rank. Within a
 * priority, names are placed best rank first (chooseLabels).
 */
export function labelPriority(node: LabelNode): number {
  if (node.relation === 'focal' || node.selected) return 0;
  if (node.isGroup) return 2;
  if (node.relation !== 'former' && node.rank >= 1 && node.rank <= TOP_FIRST) return 1;
  if (node.relation === 'partner' || node.relation === 'competitor' || node.relation === 'in-progress') return 2;
  if (node.relation === 'conflict' && node.rank <= CONFLICTS_ALWAYS_WITHIN) return 3;
  if (node.rank >= 1 && node.rank <= TOP_LABELLED) return 3;
  if (node.relation === 'former') return 4;
  if (node.relation === 'conflict') return 5;
  return 10 + node.rank;
}

const ALWAYS_LABELLED_UP_TO = 3;

/** A company on screen (px) whose name is to be placed: its centre, radius and the name's size. */
export interface LabelPlace {
  id: string;
  priority: number;
  x: number;
  y: number;
  /** The circle's radius on screen, as cytoscape places the name from it (its ring left out). */
  r: number;
  /** How far from the centre the drawing reaches (ring, halo), which other names keep clear of; default r. */
  extent?: number;
  /** The company's rank (1 = best score; 0 for the focal company and groups): the order within a priority. */
  rank?: number;
  /** The name's box on screen (labelSize): the text, its white outline and a pixel of air. */
  width: number;
  height: number;
}

/**
 * Where a name goes round its node: below is the map's habit; the other
 * sides, then the four corners, make room in a crowd. Eight places, because
 * four left the demo's Levyline and Rapportly no free side at 1280×800, and a
 * name drawn over another's is worse than one moved to a corner. An
 * always-named company may also take the same eight a line further out
 * (`-far`): one of the crowded market's twelve partners found no nearer
 * place clear of the other names.
 */
type NearSide = 'below' | 'above' | 'right' | 'left' | 'below-right' | 'below-left' | 'above-right' | 'above-left';
export type LabelSide = NearSide | `${NearSide}-far`;
const NEAR_SIDES: readonly NearSide[] = [
  'below',
  'above',
  'right',
  'left',
  'below-right',
  'below-left',
  'above-right',
  'above-left',
];
export const LABEL_SIDES: readonly LabelSide[] = [...NEAR_SIDES, ...NEAR_SIDES.map((side) => `${side}-far` as const)];
/** How much further out (px) a `-far` place puts the name: about a line. */
export const FAR_GAP = 14;
/** Gap (px) between a node's edge and its name's text. */
export const LABEL_GAP = 4;
/** What a name's box adds round its text on every side (px): cytoscape's 2 px white outline and 2 px of air (its own label box reaches 0.6 px past the outline). */
export const LABEL_PAD = 4;
/** A line of the map's names is 1.2 em tall, as cytoscape draws it. */
const LINE_HEIGHT = 1.2;

/**
 * A name's box from its text's width at `fontPx`: the text, its outline and
 * a pixel of air all round. The width is measured by the map (a canvas's
 * measureText in the map's own font); estimateTextWidth stands in where
 * nothing can measure. "Okta" at 12 px measured 26.4 px: a box 34.4 × 23.
 */
export function labelSize(textWidth: number, fontPx: number): { width: number; height: number } {
  return { width: textWidth + 2 * LABEL_PAD, height: Math.ceil(fontPx * LINE_HEIGHT) + 2 * LABEL_PAD };
}

/**
 * A text's width without a canvas: 0.62 em a character, the widest of the
 * fallback sans-serifs a browser may use (DejaVu Sans on a Linux without
 * Inter; 0.56 em, the figure for Inter, let names overlap there).
 */
export function estimateTextWidth(characters: number, fontPx: number): number {
  return characters * fontPx * 0.62;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The box a node's name takes on `side`: the text sits LABEL_GAP from the
 * circle's edge (at a corner, from the corner of the circle's square, as
 * cytoscape aligns it; FAR_GAP more for a `-far` place), and the box reaches
 * LABEL_PAD beyond the text.
 */
export function labelBoxOn(node: LabelPlace, side: LabelSide): Box {
  const { x, y, r, width, height } = node;
  const { vertical, horizontal, dx, dy } = labelOffset(side);
  const left =
    horizontal === 'right'
      ? x + r + dx - LABEL_PAD
      : horizontal === 'left'
        ? x - r + dx + LABEL_PAD - width
        : x - width / 2;
  const top =
    vertical === 'below'
      ? y + r + dy - LABEL_PAD
      : vertical === 'above'
        ? y - r + dy + LABEL_PAD - height
        : y - height / 2;
  return { left, right: left + width, top, bottom: top + height };
}

/**
 * A place as cytoscape draws it: the name's alignment to its node and its
 * margins on screen (px), which map-stylesheet.ts turns into the `label-*`
 * classes, so the boxes here and the names drawn there never disagree.
 */
export function labelOffset(side: LabelSide): {
  vertical: 'below' | 'above' | 'middle';
  horizontal: 'right' | 'left' | 'centre';
  dx: number;
  dy: number;
} {
  const far = side.endsWith('-far');
  const [vertical, horizontal] = placement(side.replace(/-far$/, '') as NearSide);
  const out = LABEL_GAP + (far ? FAR_GAP : 0);
  const dx = horizontal === 'right' ? out : horizontal === 'left' ? -out : 0;
  const dy = vertical === 'below' ? out : vertical === 'above' ? -out : 0;
  return { vertical, horizontal, dx, dy };
}

/** A near place as cytoscape's two alignments: where the text goes vertically and horizontally of its node. */
function placement(side: NearSide): ['below' | 'above' | 'middle', 'right' | 'left' | 'centre'] {
  switch (side) {
    case 'below':
    case 'above':
      return [side, 'centre'];
    case 'right':
    case 'left':
      return ['middle', side];
    default: {
      const [vertical, horizontal] = side.split('-') as ['below' | 'above', 'right' | 'left'];
      return [vertical, horizontal];
    }
  }
}

/**
 * Which names to draw and on which side. In order of priority (ties by rank,
 * then id, so the choice does not depend on the order cytoscape lists nodes in), each
 * name takes the first side whose box lies on screen and overlaps no name
 * taken so far and no other company's circle. An always-named company with
 * no such side takes the first side clear of every name, over a circle if it
 * must; with none, a name in its way moves (makeRoom) or another pass places
 * it first (placeLabels); failing both, it goes unnamed like any other
 * (hover, selection and the list beside the map name it): two names drawn
 * over each other read as neither. A uniform grid keeps each test to the few boxes nearby: a
 * thousand nodes cost a thousand small look-ups, not a million comparisons.
 */
export function chooseLabels(
  nodes: readonly LabelPlace[],
  viewport: { width: number; height: number },
): Map<string, LabelSide> {
  return placeLabels(nodes, viewport).sides;
}

/**
 * chooseLabels, and which of the names it placed lie over another company's
 * circle (an always-named company with no clearer place): the map draws
 * those companies above the others, so the circle does not hide the name.
 *
 * One pass in order of importance can leave an always-named company unnamed
 * whose places went to names that had others free (a chain longer than
 * makeRoom's one step). Then the pass is run again with every company left
 * unnamed so far placed first, after the focal and selected ones, until a
 * pass leaves nobody new unnamed (at most MORE_PASSES more), and the pass
 * that names the most always-named companies is kept. On 9,600 crowded
 * scenes shuffled from the crowded market at 1280×800, one pass left one
 * unnamed in 298, the extra passes in none; CI's full runs, whose rankings
 * draw more conflicts, had found two such layouts. At worst the passes cost
 * about 100 ms, against 15 for one, on a made-up map of 1,000 companies
 * with 200 always named, once a pan has come to rest.
 */
export function placeLabels(
  nodes: readonly LabelPlace[],
  viewport: { width: number; height: number },
): { sides: Map<string, LabelSide>; overCircles: Set<string> } {
  let order = [...nodes].sort(
    (a, b) => a.priority - b.priority || (a.rank ?? 0) - (b.rank ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let best = placeInOrder(order, viewport);
  let last = best;
  const promoted = new Set<string>();
  for (let pass = 0; pass < MORE_PASSES && best.unnamed.length > 0; pass++) {
    const before = promoted.size;
    for (const id of last.unnamed) promoted.add(id);
    // Nobody new left unnamed: the next pass would run in the same order and find the same.
    if (promoted.size === before) break;
    order = [
      ...order.filter((node) => node.priority === 0 && !promoted.has(node.id)),
      ...order.filter((node) => promoted.has(node.id)),
      ...order.filter((node) => node.priority !== 0 && !promoted.has(node.id)),
    ];
    last = placeInOrder(order, viewport);
    if (last.unnamed.length < best.unnamed.length) best = last;
  }
  return best;
}

/** How many passes may follow the first when always-named companies are left unnamed. */
const MORE_PASSES = 8;

/** One pass: each name, in `ordered`'s order, takes its first free place; which always-named ones found none. */
function placeInOrder(
  ordered: readonly LabelPlace[],
  viewport: { width: number; height: number },
): { sides: Map<string, LabelSide>; overCircles: Set<string>; unnamed: string[] } {
  const labels = new BoxGrid(64);
  const circles = new BoxGrid(64);
  for (const node of ordered) {
    const extent = node.extent ?? node.r;
    circles.add({
      id: node.id,
      left: node.x - extent,
      right: node.x + extent,
      top: node.y - extent,
      bottom: node.y + extent,
    });
  }
  const chosen = new Map<string, LabelSide>();
  const overCircles = new Set<string>();
  const unnamed: string[] = [];
  const byId = new Map(ordered.map((node) => [node.id, node]));
  for (const node of ordered) {
    const free = (side: LabelSide, overCircles: boolean): boolean => {
      const box = labelBoxOn(node, side);
      return onScreen(box, viewport) && !labels.overlapsAny(box) && (overCircles || !circles.overlapsAny(box, node.id));
    };
    const always = node.priority <= ALWAYS_LABELLED_UP_TO;
    // The near places for everyone; the far ones, and then places over a circle, for the always-named only.
    const sides = always ? LABEL_SIDES : NEAR_SIDES;
    const clear = sides.find((side) => free(side, false));
    const pick =
      clear ??
      (always
        ? (LABEL_SIDES.find((side) => free(side, true)) ??
          makeRoom(node, { labels, circles, chosen, overCircles, byId, viewport }))
        : undefined);
    if (!pick) {
      if (always) unnamed.push(node.id);
      continue;
    }
    chosen.set(node.id, pick);
    if (!clear && circles.overlapsAny(labelBoxOn(node, pick), node.id)) overCircles.add(node.id);
    labels.add({ id: node.id, ...labelBoxOn(node, pick) });
  }
  return { sides: chosen, overCircles, unnamed };
}

interface Placed {
  labels: BoxGrid;
  circles: BoxGrid;
  chosen: Map<string, LabelSide>;
  overCircles: Set<string>;
  byId: Map<string, LabelPlace>;
  viewport: { width: number; height: number };
}

/**
 * An always-named company every place of which is taken by other names: the
 * first place (clear of circles, then not) whose names can each move to a
 * free place of their own, which they then take. One step of repair, not a
 * search: around a crowded hub, twelve partners, three rivals and the top ten
 * left one partner no place while a name beside it had another free.
 */
function makeRoom(node: LabelPlace, placed: Placed): LabelSide | undefined {
  const { labels, circles, chosen, overCircles, byId, viewport } = placed;
  for (const overCircle of [false, true]) {
    for (const side of LABEL_SIDES) {
      const box = labelBoxOn(node, side);
      if (!onScreen(box, viewport) || (!overCircle && circles.overlapsAny(box, node.id))) continue;
      const blockers = labels.overlapping(box);
      for (const blocker of blockers) labels.remove(blocker.id);
      labels.add({ id: node.id, ...box });
      const moves = new Map<string, LabelSide>();
      const movedOverCircles = new Set<string>();
      for (const blocker of blockers) {
        const other = byId.get(blocker.id)!;
        const always = other.priority <= ALWAYS_LABELLED_UP_TO;
        const allowed = always ? LABEL_SIDES : NEAR_SIDES;
        const fits = (candidate: LabelSide, overCircle: boolean) => {
          const moved = labelBoxOn(other, candidate);
          return (
            onScreen(moved, viewport) &&
            !labels.overlapsAny(moved) &&
            (overCircle || overCircles.has(other.id) || !circles.overlapsAny(moved, other.id))
          );
        };
        // An always-named blocker may move over a circle, as its own first place could have.
        const clear = allowed.find((candidate) => fits(candidate, false));
        const to = clear ?? (always ? allowed.find((candidate) => fits(candidate, true)) : undefined);
        if (!to) break;
        if (!clear) movedOverCircles.add(other.id);
        moves.set(other.id, to);
        labels.add({ id: other.id, ...labelBoxOn(other, to) });
      }
      labels.remove(node.id);
      if (moves.size === blockers.length) {
        for (const [id, to] of moves) chosen.set(id, to);
        for (const id of movedOverCircles) overCircles.add(id);
        return side;
      }
      for (const id of moves.keys()) labels.remove(id);
      for (const blocker of blockers) labels.add(blocker);
    }
  }
  return undefined;
}

function onScreen(box: Box, viewport: { width: number; height: number }): boolean {
  return box.left >= 0 && box.right <= viewport.width && box.top >= 0 && box.bottom <= viewport.height;
}

/** Boxes bucketed by the grid cells they touch. */
class BoxGrid {
  private readonly cells = new Map<string, (Box & { id: string })[]>();
  constructor(private readonly size: number) {}

  add(box: Box & { id: string }): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  /** Takes `id`'s box out. */
  remove(id: string): void {
    for (const [key, cell] of this.cells) {
      const kept = cell.filter((box) => box.id !== id);
      if (kept.length !== cell.length) this.cells.set(key, kept);
    }
  }

  /** The boxes here that overlap `box`, each once. */
  overlapping(box: Box): (Box & { id: string })[] {
    const found = new Map<string, Box & { id: string }>();
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) ?? []) if (overlaps(box, other)) found.set(other.id, other);
    }
    return [...found.values()];
  }

  /** Whether `box` overlaps any box here but `except`'s (a name may touch its own circle). */
  overlapsAny(box: Box, except?: string): boolean {
    for (const key of this.keys(box)) {
      if (this.cells.get(key)?.some((other) => other.id !== except && overlaps(box, other))) return true;
    }
    return false;
  }

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / this.size); cx <= Math.floor(box.right / this.size); cx++) {
      for (let cy = Math.floor(box.top / this.size); cy <= Math.floor(box.bottom / this.size); cy++) {
        keys.push(`${cx},${cy}`);
      }
    }
    return keys;
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}
