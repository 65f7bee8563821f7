/**
 * What the colours, sizes and lines mean, as a strip under the map (never
 * over the drawing); also where edge kinds are switched on and off. Mirrors
 * map/map-stylesheet.ts. While the what-if tray is open (`compact`) the
 * strip is one line, its key and its line switches a click away: at
 * 1280×800 its four lines and the tray left the map a third of the view.
 */
import { useState } from 'react';
import type { EcosystemEdgeKind } from '../client/types.ts';
import { EDGE_ROWS, GROUP_LEGEND } from './map-export.ts';
import { EDGE_COLOUR, GROUP_FILL } from './map-stylesheet.ts';
import { RELATION_COLOUR, RELATION_HINT, RELATION_LABEL, RELATIONS } from '../fit/relations.ts';

interface Props {
  edgeKinds: ReadonlySet<EcosystemEdgeKind>;
  onToggleEdgeKind(kind: EcosystemEdgeKind): void;
  contextEdges: boolean;
  /** The links among the others were asked for and have not arrived yet (around hubs they take a moment). */
  contextEdgesLoading: boolean;
  onToggleContextEdges(): void;
  filtersActive: boolean;
  /** Some crowd is drawn as a group node ("+64 active partners"). */
  groups: boolean;
  /** One line, the key and the line switches on demand (the what-if tray is open). */
  compact?: boolean;
}

export function MapLegend(props: Props) {
  const {
    edgeKinds,
    onToggleEdgeKind,
    contextEdges,
    contextEdgesLoading,
    onToggleContextEdges,
    filtersActive,
    groups,
  } = props;
  const compact = props.compact ?? false;
  const [shown, setShown] = useState({ key: !compact, lines: !compact });
  const contextBox = (
    <label title="Every link between two companies other than the focal one: shared customers, capabilities, partnerships and rivalries">
      <input type="checkbox" checked={contextEdges} onChange={onToggleContextEdges} data-testid="context-edges" />
      Links among the others
      {contextEdgesLoading && (
        <span className="legend-loading" role="status" data-testid="context-edges-loading">
          {' '}
          loading…
        </span>
      )}
    </label>
  );
  return (
    <div className={`map-legend${compact ? ' is-compact' : ''}`} data-testid="map-legend" aria-label="Legend">
      {compact && (
        <div className="legend-row legend-switches">
          <button
            type="button"
            className="link-button"
            aria-expanded={shown.key}
            data-testid="legend-key-toggle"
            onClick={() => setShown((now) => ({ ...now, key: !now.key }))}
          >
            Key {shown.key ? '▾' : '▸'}
          </button>
          <button
            type="button"
            className="link-button"
            aria-expanded={shown.lines}
            onClick={() => setShown((now) => ({ ...now, lines: !now.lines }))}
          >
            Lines {shown.lines ? '▾' : '▸'}
          </button>
          {contextBox}
        </div>
      )}
      {shown.key && (
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
          {groups && (
            <li data-testid="legend-group">
              <svg width="14" height="14" aria-hidden="true">
                <circle cx="7" cy="7" r="5" fill={GROUP_FILL} stroke={RELATION_COLOUR.partner} strokeWidth="3" />
              </svg>
              {GROUP_LEGEND}
            </li>
          )}
          <li className="legend-note">Circle area = customer base</li>
          {filtersActive && <li className="legend-note">Faded = outside the filters</li>}
        </ul>
      )}
      {shown.lines && (
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
              <line
                x1="1"
                y1="5"
                x2="23"
                y2="5"
                stroke={EDGE_COLOUR.conflict}
                strokeWidth={2.5}
                strokeDasharray="5 3"
              />
            </svg>
            Link to a conflicting candidate
          </li>
          {!compact && <li>{contextBox}</li>}
        </ul>
      )}
    </div>
  );
}
