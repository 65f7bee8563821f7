/**
 * The arithmetic of the 2x2 (distribution × capability expansion) that is
 * about candidates, kept out of the SVG component: how big a point is drawn,
 * whether a conflict rules it out of any quadrant, and whose names the chart
 * must show. The quadrant a point falls in is the API's own rule
 * (api/contract/quadrant.ts). Axes: quadrant-axes.ts; where points
 * and names go: point-placement.ts.
 */
import { DEFAULT_THRESHOLDS, type QuadrantThresholds } from '../../../api/contract/ranking-parameters.ts';
import type { CandidateFit } from '../client/types.ts';
import { worstSeverity } from '../format/labels.ts';
import { relationOfFit } from '../fit/relations.ts';

/** Each axis counts as "high" at the API's default thresholds (one definition, shared with the server). */
export { DEFAULT_THRESHOLDS };
export type Thresholds = QuadrantThresholds;

/** Point radius (px) by fit score: area ∝ score, 3 to 10 px. */
export function pointRadius(score: number, maxScore: number): number {
  const share = maxScore > 0 ? Math.sqrt(Math.max(0, score) / maxScore) : 0;
  return Math.round((3 + 7 * share) * 10) / 10;
}

/**
 * Ruled out of every quadrant: a decisive conflict (`ruledOut`), or any HIGH
 * conflict, which leaves the pair without a recommended partnership type
 * (the table's "High conflict" badge). Drawn washed out and crossed, so a
 * point in the Strategic corner never reads as a recommendation it is not.
 */
export function isRuledOutOnChart(fit: Pick<CandidateFit, 'ruledOut' | 'conflicts'>): boolean {
  return fit.ruledOut || worstSeverity(fit.conflicts) === 'HIGH';
}

/** How many of the best-scoring candidates the chart always names. */
export const NAMED_TOP = 12;

export interface NameWanted {
  id: string;
  text: string;
  /** Drawn even without a free spot. */
  must: boolean;
}

/**
 * Whose names the chart draws, most important first: the selected company,
 * then the conflicts (a medium or high one, or a rival: orange and purple
 * points are what a strategist must not miss) when they are few enough to
 * name them all (NAMED_TOP or fewer), then the top NAMED_TOP by score. When
 * most candidates conflict (a hub: Microsoft's 45 of 50), naming every
 * conflict tangled the chart; the conflicts outside the top are then named
 * only where a name fits beside its point (`must: false`). The rest are
 * named on hover.
 */
export function namesWanted(fits: readonly CandidateFit[], selected: string | null): NameWanted[] {
  const byScore = [...fits].sort((a, b) => b.score - a.score || a.candidate.name.localeCompare(b.candidate.name));
  const top = new Set(byScore.slice(0, NAMED_TOP).map((fit) => fit.candidate.id));
  const conflict = (fit: CandidateFit): boolean => {
    const relation = relationOfFit(fit);
    return relation === 'conflict' || relation === 'competitor';
  };
  const fewConflicts = fits.filter(conflict).length <= NAMED_TOP;
  // 0 selected, 1 conflicts when few, 2 the top, 3 conflicts when many (optional), 4 on hover only.
  const rank = (fit: CandidateFit): number => {
    if (fit.candidate.id === selected) return 0;
    if (conflict(fit) && fewConflicts) return 1;
    if (top.has(fit.candidate.id)) return 2;
    return conflict(fit) ? 3 : 4;
  };
  return byScore
    .filter((fit) => rank(fit) < 4)
    .sort((a, b) => rank(a) - rank(b))
    .map((fit) => ({ id: fit.candidate.id, text: fit.candidate.name, must: rank(fit) < 3 }));
}
