/**
 * Which companies carry their name on the map, and on which side. By
 * importance, never by rank alone: the focal company, the selected one,
 * partners, rivals, deals in progress, groups, conflicting candidates and the
 * best-scoring few are always named; every other name is drawn when it has
 * room on screen, best first. Labels keep one size on screen
 * (map-stylesheet.ts), so zooming in spreads the companies apart and frees
 * room for more names: the zoom level decides how many, collisions decide
 * which. A name moves above, right or left of its company to find room.
 */
import type { Relation } from './relations.ts';

/** The best-scoring candidates always named: the top ten list beside the map, and a few more. */
export const TOP_LABELLED = 15;
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
 * Lower is more important. Always named: 0 (focal, selected), 1 (partners,
 * rivals, deals in progress, groups), 2 (conflicts in the top 50), 3 (top 15).
 * The rest, from 4: former partners, then the other conflicts, then by rank.
 */
export function labelPriority(node: LabelNode): number {
  if (node.relation === 'focal' || node.selected) return 0;
  if (node.isGroup) return 1;
  if (node.relation === 'partner' || node.relation === 'competitor' || node.relation === 'in-progress') return 1;
  if (node.relation === 'conflict' && node.rank <= CONFLICTS_ALWAYS_WITHIN) return 2;
  if (node.rank >= 1 && node.rank <= TOP_LABELLED) return 3;
  if (node.relation === 'former') return 4;
  if (node.relation === 'conflict') return 5;
  return 10 + node.rank;
}

export const ALWAYS_LABELLED_UP_TO = 3;

/** A company on screen (px) whose name is to be placed: its centre, radius and the name's size. */
export interface LabelPlace {
  id: string;
  priority: number;
  x: number;
  y: number;
  r: number;
  /** The name's width and height on screen. */
  width: number;
  height: number;
}

/** Where a name goes round its node; below is the map's habit, the others make room in a crowd. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';
const SIDES: readonly LabelSide[] = ['below', 'above', 'right', 'left'];
/** Gap (px) between a node's edge and its name. */
export const LABEL_GAP = 4;

/**
 * The size of a name of `characters` drawn at `fontPx`. 0.56 em is an
 * average character of the sans-serif the map uses; 4 px is the white
 * outline, 2 px each side. "Okta" at 12 px: 4 · 12 · 0.56 + 4 = 30.9 px wide,
 * 15 px tall.
 */
export function labelSize(characters: number, fontPx: number): { width: number; height: number } {
  return { width: characters * fontPx * 0.56 + 4, height: Math.ceil(fontPx * 1.25) };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box a node's name takes on `side`. */
export function labelBoxOn(node: LabelPlace, side: LabelSide): Box {
  const { x, y, r, width, height } = node;
  switch (side) {
    case 'below':
      return { left: x - width / 2, right: x + width / 2, top: y + r + LABEL_GAP, bottom: y + r + LABEL_GAP + height };
    case 'above':
      return { left: x - width / 2, right: x + width / 2, top: y - r - LABEL_GAP - height, bottom: y - r - LABEL_GAP };
    case 'right':
      return { left: x + r + LABEL_GAP, right: x + r + LABEL_GAP + width, top: y - height / 2, bottom: y + height / 2 };
    case 'left':
      return { left: x - r - LABEL_GAP - width, right: x - r - LABEL_GAP, top: y - height / 2, bottom: y + height / 2 };
  }
}

/**
 * Which names to draw and on which side. In order of priority (ties by id,
 * so the choice does not depend on the order cytoscape lists nodes in), each
 * name takes the first side (below, above, right, left) whose box overlaps
 * no name taken so far and no other company's circle, and lies on screen.
 * An always-named company with no free side keeps its name below, overlap
 * and all; any other is left unnamed (hover names it). A uniform grid keeps
 * each test to the few boxes nearby: a thousand nodes cost a thousand small
 * look-ups, not a million comparisons.
 */
export function chooseLabels(
  nodes: readonly LabelPlace[],
  viewport: { width: number; height: number },
): Map<string, LabelSide> {
  const ordered = [...nodes].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const labels = new BoxGrid(64);
  const circles = new BoxGrid(64);
  for (const node of nodes) {
    circles.add({ id: node.id, left: node.x - node.r, right: node.x + node.r, top: node.y - node.r, bottom: node.y + node.r });
  }
  const chosen = new Map<string, LabelSide>();
  for (const node of ordered) {
    const always = node.priority <= ALWAYS_LABELLED_UP_TO;
    const side = SIDES.find((candidate) => {
      const box = labelBoxOn(node, candidate);
      return onScreen(box, viewport) && !labels.overlapsAny(box) && !circles.overlapsAny(box, node.id);
    });
    const pick = side ?? (always ? 'below' : undefined);
    if (!pick) continue;
    chosen.set(node.id, pick);
    labels.add({ id: node.id, ...labelBoxOn(node, pick) });
  }
  return chosen;
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
