/**
 * The 2x2's key, one list for the page (MatrixView) and the exported slide,
 * so the two never disagree. Pure.
 */
import type { CandidateFit } from '../client/types.ts';
import type { LegendEntry } from '../export/slide-layout.ts';
import { RELATION_COLOUR, relationOfFit, type Relation } from '../fit/relations.ts';
import { isRuledOutOnChart } from './quadrant-chart.ts';

const POINT_KINDS: { relation: Relation; label: string }[] = [
  { relation: 'complement', label: 'Candidate' },
  { relation: 'conflict', label: 'With medium or high conflicts' },
  { relation: 'competitor', label: 'Rival' },
  { relation: 'in-progress', label: 'In progress' },
  { relation: 'former', label: 'Former partner' },
];

export const RULED_OUT_LABEL = 'Ruled out or high conflict (crossed)';

/**
 * The kinds of point on this chart (a kind with no point is left out), then
 * the notes that read it; `relativeTo` names the focal company when the lines
 * are relative to its candidates (chart-thresholds.ts), which the slide says.
 */
export function matrixLegend(
  fits: readonly CandidateFit[],
  { relativeTo = null }: { relativeTo?: string | null } = {},
): LegendEntry[] {
  const drawn = new Set(fits.map((fit) => relationOfFit(fit)));
  return [
    ...POINT_KINDS.filter((kind) => kind.relation === 'complement' || drawn.has(kind.relation)).map((kind) => ({
      label: kind.label,
      swatch: { kind: 'dot' as const, fill: RELATION_COLOUR[kind.relation] },
    })),
    ...(fits.some(isRuledOutOnChart)
      ? [
          {
            label: RULED_OUT_LABEL,
            swatch: {
              kind: 'dot' as const,
              fill: RELATION_COLOUR.conflict,
              washed: true,
              crossed: true,
              stroke: '#ffffff',
            },
          },
        ]
      : []),
    ...(relativeTo
      ? [
          {
            label: `Lines relative to ${relativeTo}’s candidates, not the API’s 0.3`,
            swatch: { kind: 'none' as const },
          },
        ]
      : []),
    { label: 'Point area = fit score', swatch: { kind: 'none' } },
    { label: 'Points nudged apart where values tie: hover for the exact values', swatch: { kind: 'none' } },
  ];
}
