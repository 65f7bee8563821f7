/**
 * The ecosystem map: the focal company in the middle, its top candidates,
 * partners and competitors around it, with the controls to lay it out, fit
 * it and export it, and the API's own ranking next to it.
 */
import { useMemo, useRef, useState } from 'react';
import { ECOSYSTEM } from '../client/queries.ts';
import type { CompanySummary, EcosystemEdgeKind, EcosystemGraph } from '../client/types.ts';
import { weightsInput } from '../client/variables.ts';
import { ecosystemElements } from './ecosystem-elements.ts';
import { LARGE_MAP_FROM } from './layouts.ts';
import { useApi } from '../hooks/use-api.ts';
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import { useRankedCandidates } from '../hooks/use-ranked-candidates.ts';
import { hasActiveFilters, LAYOUTS, MAP_SIZES, type ExplorerState, type LayoutName } from '../state/url-state.ts';
import { ApiErrorMessage, StatusMessage } from '../app/StatusMessage.tsx';
import { EcosystemMap, type HoverInfo, type MapHandle } from './EcosystemMap.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapTooltip } from './MapTooltip.tsx';
import { TopCandidates } from './TopCandidates.tsx';

const DEFAULT_EDGE_KINDS: EcosystemEdgeKind[] = [
  'SHARED_CUSTOMERS',
  'PARTNER',
  'PROPOSED_PARTNER',
  'FORMER_PARTNER',
  'COMPETES',
];

const LAYOUT_LABEL: Record<LayoutName, string> = {
  force: 'Force',
  concentric: 'Rings by score',
};

interface Props {
  focal: CompanySummary;
  state: ExplorerState;
  update: UpdateState;
  onSelect(id: string): void;
  onRefocus(id: string): void;
}

export function MapView({ focal, state, update, onSelect, onRefocus }: Props) {
  const map = useRef<MapHandle>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  // Complementary-capability links double every shared-customer line; off until asked for.
  const [edgeKinds, setEdgeKinds] = useState<ReadonlySet<EcosystemEdgeKind>>(() => new Set(DEFAULT_EDGE_KINDS));
  const [contextEdges, setContextEdges] = useState(false);
  const ecosystem = useApi<{ ecosystem: EcosystemGraph }>(ECOSYSTEM, {
    focal: focal.id,
    first: state.mapSize,
    weights: weightsInput(state.weights),
  });
  const filtersActive = hasActiveFilters(state.filters);
  // The ecosystem query has no filters: fade the candidates the filtered ranking leaves out.
  const filtered = useRankedCandidates(state, Math.min(100, state.mapSize), {
    skip: !filtersActive,
  });
  const passing = useMemo(
    () => (filtersActive && filtered.data ? new Set(filtered.data.candidates.map((fit) => fit.candidate.id)) : null),
    [filtersActive, filtered.data],
  );
  const graph = ecosystem.data?.ecosystem;
  const elements = useMemo(
    () =>
      graph
        ? ecosystemElements(graph, {
            passing,
            edgeKinds,
            contextEdges,
            selectedId: state.selected,
          })
        : [],
    [graph, passing, edgeKinds, contextEdges, state.selected],
  );
  const large = state.mapSize >= LARGE_MAP_FROM;
  const others = graph ? graph.nodes.length - 1 : 0;

  const toggleEdgeKind = (kind: EcosystemEdgeKind): void =>
    setEdgeKinds((kinds) => {
      const next = new Set(kinds);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });

  const exportPng = (): void => {
    const uri = map.current?.exportPng();
    if (!uri) return;
    const link = document.createElement('a');
    link.href = uri;
    link.download = `partnergraph-${focal.id}-map.png`;
    link.click();
  };

  return (
    <div className="map-view">
      <div className="toolbar" role="toolbar" aria-label="Map controls">
        <div className="segmented" role="group" aria-label="Layout">
          {LAYOUTS.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={state.layout === name}
              onClick={() => update({ layout: name })}
            >
              {LAYOUT_LABEL[name]}
            </button>
          ))}
        </div>
        <label className="toolbar-field">
          Show top
          <select value={state.mapSize} onChange={(event) => update({ mapSize: Number(event.target.value) })}>
            {MAP_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
          candidates
        </label>
        <span className="toolbar-spacer" />
        {ecosystem.loading && graph && <span className="toolbar-status">Updating…</span>}
        <button type="button" onClick={() => map.current?.fit()} disabled={!graph}>
          Fit
        </button>
        <button type="button" onClick={exportPng} disabled={!graph} data-testid="export-png">
          Export PNG
        </button>
      </div>
      <div className="map-body">
        <div className="map-main">
          <div className="map-stage">
            {graph && (
              <EcosystemMap
                key={large ? 'large' : 'small'}
                ref={map}
                elements={elements}
                layout={state.layout}
                focalId={focal.id}
                large={large}
                onSelect={onSelect}
                onRefocus={onRefocus}
                onHover={setHover}
              />
            )}
            {ecosystem.error && <ApiErrorMessage error={ecosystem.error} what="the ecosystem map" />}
            {!graph && !ecosystem.error && (
              <StatusMessage kind="loading" title={`Drawing ${focal.name}'s ecosystem…`} />
            )}
            {graph && others === 0 && (
              <div className="map-empty">
                <StatusMessage kind="empty" title="No candidates, partners or competitors" block={false}>
                  {focal.name} shares nothing with the rest of the ecosystem yet: no customers, capabilities or
                  partnerships to compare.
                </StatusMessage>
              </div>
            )}
            {graph && others > 0 && (
              <p className="map-caption">
                Hover for numbers · click for detail · double-click to make a company the focal one
              </p>
            )}
            <MapTooltip hover={hover} focalName={focal.name} />
          </div>
          {graph && others > 0 && (
            <MapLegend
              edgeKinds={edgeKinds}
              onToggleEdgeKind={toggleEdgeKind}
              contextEdges={contextEdges}
              onToggleContextEdges={() => setContextEdges((shown) => !shown)}
              filtersActive={filtersActive}
            />
          )}
        </div>
        <TopCandidates state={state} onSelect={onSelect} />
      </div>
    </div>
  );
}
