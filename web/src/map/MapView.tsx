/**
 * The ecosystem map: the focal company in the middle, its top candidates,
 * partners and competitors around it, with the controls to lay it out, fit
 * it and export it, and the API's own ranking next to it. The map draws
 * every candidate the ranking beside it lists under the current filters
 * (listed-candidates.ts), and crowds of one kind as groups (neighbour-groups.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { rememberCompanyNames } from '../client/company-names.ts';
import { ECOSYSTEM } from './map-queries.ts';
import type { CompanySummary, EcosystemEdgeKind } from '../client/types.ts';
import { weightsInput } from '../state/ranking-variables.ts';
import { downloadBlob, loadImage, paintSlide } from '../export/paint-slide.ts';
import { exportFileName, SLIDE } from '../export/slide-layout.ts';
import { slideText } from '../export/slide-text.ts';
import { ecosystemElements } from './ecosystem-elements.ts';
import { withIntroPath, type HighlightedPath } from './intro-path-overlay.ts';
import { LARGE_MAP_FROM } from './layouts.ts';
import { withListedCandidates } from './listed-candidates.ts';
import { mapLegend } from './map-export.ts';
import { expandGroup, groupNeighbours, type GroupedRelation } from './neighbour-groups.ts';
import { useApi } from '../hooks/use-api.ts';
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import { RANKED_LIMIT, useRankedCandidates } from '../hooks/use-ranked-candidates.ts';
import { exportContext } from '../export/export-context.ts';
import {
  hasActiveFilters,
  isWhatIfShown,
  LAYOUTS,
  MAP_SIZES,
  type ExplorerState,
  type LayoutName,
} from '../state/url-state.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';
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

const LAYOUT_LABEL: Record<LayoutName, [string, string]> = {
  force: ['Force', ''],
  concentric: ['Rings', ' by score'],
};

interface Props {
  focal: CompanySummary;
  state: ExplorerState;
  update: UpdateState;
  /** An introduction path the detail panel asked to see, drawn over the map; null for none. */
  introPath: HighlightedPath | null;
  onSelect(id: string): void;
  onRefocus(id: string): void;
}

export function MapView({ focal, state, update, introPath, onSelect, onRefocus }: Props) {
  const map = useRef<MapHandle>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  // Complementary-capability links double every shared-customer line; off until asked for.
  const [edgeKinds, setEdgeKinds] = useState<ReadonlySet<EcosystemEdgeKind>>(() => new Set(DEFAULT_EDGE_KINDS));
  const [contextEdges, setContextEdges] = useState(false);
  const [expanded, setExpanded] = useState<Partial<Record<GroupedRelation, number>>>({});
  const [relayout, setRelayout] = useState(0);
  const [exportError, setExportError] = useState<string | null>(null);
  const ecosystem = useApi(ECOSYSTEM, {
    focal: focal.id,
    first: state.mapSize,
    weights: weightsInput(state.weights),
    // Asked for only when shown: around hubs they are most of the answer's time.
    linksAmongOthers: contextEdges,
  });
  const filtersActive = hasActiveFilters(state.filters);
  // The ranking beside the map, under the same weights and filters; the map draws its first `mapSize`.
  // 50 (the shortlist's and the 2x2's request, so switching views reuses it) unless the map shows more.
  const ranking = useRankedCandidates(state, Math.min(100, Math.max(RANKED_LIMIT, state.mapSize)));
  const fits = ranking.data?.candidates;
  const listed = useMemo(() => fits?.slice(0, state.mapSize) ?? [], [fits, state.mapSize]);
  // `ecosystem` has no filters: fade its candidates the filtered ranking leaves out.
  const passing = useMemo(
    () => (filtersActive && fits ? new Set(fits.map((fit) => fit.candidate.id)) : null),
    [filtersActive, fits],
  );
  // The ranking decides what is drawn too (its listed candidates, the groups' members): wait for
  // both, so a link's first picture never depends on which answer came first (same link, same
  // picture). A ranking that failed leaves the map to the ecosystem alone.
  const answer = !fits && !ranking.error ? undefined : ecosystem.data?.ecosystem;
  const drawn = useMemo(() => {
    if (!answer) return undefined;
    const keep = new Set(listed.map((fit) => fit.candidate.id));
    if (state.selected) keep.add(state.selected);
    return groupNeighbours(withListedCandidates(answer, listed), { expanded, keep });
  }, [answer, listed, expanded, state.selected]);
  const graph = drawn?.graph;
  useEffect(() => {
    if (answer) rememberCompanyNames(answer.nodes.map((node) => ({ id: node.id, name: node.label })));
  }, [answer]);
  const elements = useMemo(
    () =>
      drawn
        ? withIntroPath(
            ecosystemElements(drawn.graph, {
              passing,
              edgeKinds,
              contextEdges,
              selectedId: state.selected,
              groups: drawn.groups,
            }),
            focal.id,
            introPath,
          )
        : [],
    [drawn, passing, edgeKinds, contextEdges, state.selected, focal.id, introPath],
  );
  const large = state.mapSize >= LARGE_MAP_FROM;
  // The what-if tray takes room under the view: the legend folds to one line meanwhile.
  const trayOpen = isWhatIfShown(state.whatIf);
  const others = graph ? graph.nodes.length - 1 + (drawn?.groups.length ?? 0) : 0;

  const toggleEdgeKind = (kind: EcosystemEdgeKind): void =>
    setEdgeKinds((kinds) => {
      const next = new Set(kinds);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });

  const exportPng = async (): Promise<void> => {
    setExportError(null);
    try {
      const layout = SLIDE;
      const snapshot = map.current?.snapshot(layout.width * layout.scale, layout.height * layout.scale);
      if (!snapshot) return;
      const context = await exportContext(focal.name, state, `Top ${state.mapSize} candidates`);
      const picture = await loadImage(await snapshot);
      const slide = await paintSlide(
        slideText('partner ecosystem', context),
        mapLegend(edgeKinds, { groups: (drawn?.groups.length ?? 0) > 0 }),
        picture,
      );
      downloadBlob(slide, exportFileName(focal.id, 'map'));
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
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
              {LAYOUT_LABEL[name][0]}
              <span className="wide-only">{LAYOUT_LABEL[name][1]}</span>
            </button>
          ))}
        </div>
        <label className="toolbar-field">
          <span className="wide-only">Show</span> top
          <select value={state.mapSize} onChange={(event) => update({ mapSize: Number(event.target.value) })}>
            {MAP_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
          <span className="wide-only">candidates</span>
        </label>
        <span className="toolbar-spacer" />
        {ecosystem.loading && graph && <span className="toolbar-status">Updating…</span>}
        {exportError && <span className="toolbar-status is-error">{exportError}</span>}
        {Object.keys(expanded).length > 0 && (
          <button type="button" onClick={() => setExpanded({})} data-testid="collapse-groups">
            Collapse<span className="wide-only"> groups</span>
          </button>
        )}
        <button
          type="button"
          onClick={() => setRelayout((count) => count + 1)}
          disabled={!graph}
          data-testid="relayout"
          title="Lay the map out afresh: the picture this link shows when opened"
        >
          Re-layout
        </button>
        <button type="button" onClick={() => map.current?.fit()} disabled={!graph}>
          Fit
        </button>
        <button
          type="button"
          onClick={() => void exportPng()}
          disabled={!graph}
          data-testid="export-png"
          title="A 16:9 slide at 2×: the map with its title, dataset, date and legend"
        >
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
                selectedId={state.selected}
                scene={`${state.mapSize}#${relayout}`}
                onSelect={onSelect}
                onExpandGroup={(id) => setExpanded((current) => expandGroup(current, id))}
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
              // A new mode starts from its own defaults: the key open without the tray, folded with it.
              key={trayOpen ? 'compact' : 'full'}
              compact={trayOpen}
              edgeKinds={edgeKinds}
              onToggleEdgeKind={toggleEdgeKind}
              contextEdges={contextEdges}
              contextEdgesLoading={contextEdges && ecosystem.loading}
              onToggleContextEdges={() => setContextEdges((shown) => !shown)}
              filtersActive={filtersActive}
              groups={(drawn?.groups.length ?? 0) > 0}
            />
          )}
        </div>
        <TopCandidates ranking={ranking} selected={state.selected} onSelect={onSelect} />
      </div>
    </div>
  );
}
