/**
 * The map's legend on its export: what is drawn (the edge kinds switched on,
 * groups when there are some). Pure; MapLegend.tsx draws the same rows on the
 * page. The title and subtitle are every export's (export/slide-text.ts).
 */
import type { EcosystemEdgeKind } from '../client/types.ts';
import type { LegendEntry } from '../export/slide-layout.ts';
import { EDGE_COLOUR, GROUP_FILL } from './map-stylesheet.ts';
import { RELATION_COLOUR, RELATION_LABEL, RELATIONS } from '../fit/relations.ts';

export const EDGE_ROWS: { kind: EcosystemEdgeKind; label: string; colour: string; dash?: number[]; width: number }[] = [
  { kind: 'SHARED_CUSTOMERS', label: 'Shared customers (width = count)', colour: EDGE_COLOUR.shared, width: 4 },
  { kind: 'PARTNER', label: 'Partnership', colour: EDGE_COLOUR.partnership, width: 2.5 },
  { kind: 'PROPOSED_PARTNER', label: 'Proposed partnership', colour: EDGE_COLOUR.proposed, dash: [6, 3], width: 3 },
  { kind: 'FORMER_PARTNER', label: 'Ended partnership', colour: EDGE_COLOUR.former, dash: [1, 3], width: 3 },
  { kind: 'COMPETES', label: 'Rivals', colour: EDGE_COLOUR.competes, dash: [5, 3], width: 2 },
  {
    kind: 'CAPABILITY_COMPLEMENT',
    label: 'Complementary capabilities',
    colour: EDGE_COLOUR.complements,
    dash: [1.5, 3],
    width: 2,
  },
];

const WARNING_RING = '#3b1d0a';

/** What a group node is, on the page's legend and the slide's. */
export const GROUP_LEGEND = 'White, ringed in their colour: +N more of one kind (click to show them)';

export function mapLegend(edgeKinds: ReadonlySet<EcosystemEdgeKind>, { groups = false } = {}): LegendEntry[] {
  const warning = (relation: string): boolean => relation === 'conflict' || relation === 'competitor';
  return [
    ...RELATIONS.map((relation) => ({
      label: RELATION_LABEL[relation],
      swatch: {
        kind: 'dot' as const,
        fill: RELATION_COLOUR[relation],
        stroke: warning(relation) ? WARNING_RING : '#ffffff',
        dashed: warning(relation),
      },
    })),
    {
      label: 'Ruled out',
      swatch: { kind: 'dot', fill: RELATION_COLOUR.former, stroke: WARNING_RING, washed: true },
    },
    ...(groups
      ? [
          {
            label: GROUP_LEGEND,
            swatch: { kind: 'dot' as const, fill: GROUP_FILL, stroke: RELATION_COLOUR.partner },
          },
        ]
      : []),
    ...EDGE_ROWS.filter((row) => edgeKinds.has(row.kind)).map((row) => ({
      label: row.label,
      swatch: { kind: 'line' as const, colour: row.colour, width: row.width, dash: row.dash },
    })),
    {
      label: 'Link to a conflicting candidate',
      swatch: { kind: 'line', colour: EDGE_COLOUR.conflict, width: 2.5, dash: [5, 3] },
    },
    { label: 'Circle area = customer base', swatch: { kind: 'none' } },
  ];
}
