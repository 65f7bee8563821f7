/**
 * Which companies carry their name on the map. By importance, never by rank
 * alone: the focal company, the selected one, partners, rivals, deals in
 * progress, groups, conflicting candidates and the best-scoring few are
 * always named; every other name is drawn when it has room on screen, best
 * first. Labels keep one size on screen (map-stylesheet.ts), so zooming in
 * spreads the companies apart and frees room for more names: the zoom level
 * decides how many, collisions decide which.
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

/** A label's box on screen (px): centred on x, hanging from top. */
export interface LabelBox {
  id: string;
  priority: number;
  x: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The box of a name of `characters` drawn at `fontPx` under a node whose
 * bottom edge is at `nodeBottom`. 0.56 em is an average character of the
 * sans-serif the map uses; 4 px of it is the white outline on each side.
 * "Okta" at 12 px: 4 · 12 · 0.56 + 4 = 30.9 px wide, 15 px tall.
 */
export function labelBox(
  id: string,
  priority: number,
  characters: number,
  x: number,
  nodeBottom: number,
  fontPx: number,
  marginPx = 4,
): LabelBox {
  return {
    id,
    priority,
    x,
    top: nodeBottom + marginPx,
    width: characters * fontPx * 0.56 + 4,
    height: Math.ceil(fontPx * 1.25),
  };
}

/**
 * The labels to draw: every always-named one, then the others in order of
 * priority (ties by id, so the choice does not depend on the order cytoscape
 * lists nodes in) when they overlap no label taken so far and lie on screen.
 * A uniform grid of cells keeps each overlap test to the few boxes nearby, so
 * a thousand nodes cost a thousand small look-ups, not a million comparisons.
 */
export function chooseLabels(boxes: readonly LabelBox[], viewport: { width: number; height: number }): Set<string> {
  const ordered = [...boxes].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new BoxGrid(64);
  const shown = new Set<string>();
  for (const box of ordered) {
    if (box.priority <= ALWAYS_LABELLED_UP_TO) {
      shown.add(box.id);
      grid.add(box);
      continue;
    }
    if (!onScreen(box, viewport) || grid.overlapsAny(box)) continue;
    shown.add(box.id);
    grid.add(box);
  }
  return shown;
}

function onScreen(box: LabelBox, viewport: { width: number; height: number }): boolean {
  const left = box.x - box.width / 2;
  return left >= 0 && left + box.width <= viewport.width && box.top >= 0 && box.top + box.height <= viewport.height;
}

/** Boxes bucketed by the grid cells they touch. */
class BoxGrid {
  private readonly cells = new Map<string, LabelBox[]>();
  constructor(private readonly size: number) {}

  add(box: LabelBox): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  overlapsAny(box: LabelBox): boolean {
    for (const key of this.keys(box)) {
      if (this.cells.get(key)?.some((other) => overlaps(box, other))) return true;
    }
    return false;
  }

  private keys(box: LabelBox): string[] {
    const left = box.x - box.width / 2;
    const keys: string[] = [];
    for (let cx = Math.floor(left / this.size); cx <= Math.floor((left + box.width) / this.size); cx++) {
      for (let cy = Math.floor(box.top / this.size); cy <= Math.floor((box.top + box.height) / this.size); cy++) {
        keys.push(`${cx},${cy}`);
      }
    }
    return keys;
  }
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
