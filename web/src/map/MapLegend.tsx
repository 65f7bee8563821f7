/**
 * What the colours, sizes and lines mean, as a strip under the map (never
 * over the drawing); also where edge kinds are switched on and off. Mirrors
 * graph/map-stylesheet.ts.
 */
import type { EcosystemEdgeKind } from '../client/types.ts';
import { EDGE_ROWS } from './map-export.ts';
import { EDGE_COLOUR } from './map-stylesheet.ts';
import { RELATION_COLOUR, RELATION_HINT, RELATION_LABEL, RELATIONS } from './relations.ts';

interface Props {
  edgeKinds: ReadonlySet<EcosystemEdgeKind>;
  onToggleEdgeKind(kind: EcosystemEdgeKind): void;
  contextEdges: boolean;
  /** The links among the others were asked for and have not arrived yet (around hubs they take a moment). */
  contextEdgesLoading: boolean;
  onToggleContextEdges(): void;
  filtersActive: boolean;
}

export function MapLegend({ edgeKinds, onToggleEdgeKind, contextEdges, contextEdgesLoading, onToggleContextEdges, filtersActive }: Props) {
  return (
    <div className="map-legend" data-testid="map-legend" aria-label="Legend">
      <ul className="legend-row">
        {RELATIONS.map((relation) => (
          <li key={relation} title={RELATION_HINT[relation]}>
            <svg width="14" height="14" aria-hidden="true">
              <circle
                cx="7"
                cy="7"
                r="6"
                fill={RELATION_COLOUR[relation]}
                stroke={relation === 'conflict' || relation === 'competitor' ? '#3b1d0a' : '#fff'}
                strokeDasharray={relation === 'conflict' || relation === 'competitor' ? '2 1.5' : undefined}
              />
            </svg>
            {RELATION_LABEL[relation]}
          </li>
        ))}
        <li title="A declared rivalry, or a core overlap this market treats as decisive">
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5.5" fill="#8c96a5" fillOpacity="0.4" stroke="#3b1d0a" strokeWidth="2" />
          </svg>
          Ruled out (washed out, dark ring)
        </li>
        <li className="legend-note">Circle area = customer base</li>
        {filtersActive && <li className="legend-note">Faded = outside the filters</li>}
      </ul>
      <ul className="legend-row">
        {EDGE_ROWS.map((row) => (
          <li key={row.kind}>
            <label>
              <input type="checkbox" checked={edgeKinds.has(row.kind)} onChange={() => onToggleEdgeKind(row.kind)} />
              <svg width="24" height="10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2="23"
                  y2="5"
                  stroke={row.colour}
                  strokeWidth={row.width}
                  strokeDasharray={row.dash?.join(' ')}
                />
              </svg>
              {row.label}
            </label>
          </li>
        ))}
        <li>
          <svg width="24" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="23" y2="5" stroke={EDGE_COLOUR.conflict} strokeWidth={2.5} strokeDasharray="5 3" />
          </svg>
          Link to a conflicting candidate
        </li>
        <li>
          <label title="Shared-customer and capability links between two companies other than the focal one">
            <input type="checkbox" checked={contextEdges} onChange={onToggleContextEdges} />
            Links among the others
          </label>
          {contextEdgesLoading && (
            <span className="legend-loading" role="status" data-testid="context-edges-loading">
              {' '}
              loading…
            </span>
          )}
        </li>
      </ul>
    </div>
  );
}
