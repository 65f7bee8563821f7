/**
 * One focal company's workspace: what it is and the ranking controls on the
 * left, the current view in the middle, the selected candidate's detail on
 * the right. Unknown ids end here with "No company with id …". Below 1500 px
 * with the detail open, the rail folds to a strip (rail.css) whose button
 * lays it over the view, so the view keeps the width its list and table need.
 */
import { useState } from 'react';
import { FOCAL_COMPANY } from './app-queries.ts';
import { useApi } from '../hooks/use-api.ts';
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import type { HighlightedPath } from '../map/intro-path-overlay.ts';
import { EMPTY_WHAT_IF, isWhatIfShown, type ExplorerState } from '../state/url-state.ts';
import { DetailPanel } from '../detail/DetailPanel.tsx';
import { FocalCard } from './FocalCard.tsx';
import { MapView } from '../map/MapView.tsx';
import { MatrixView } from '../matrix/MatrixView.tsx';
import { RankingControls } from './RankingControls.tsx';
import { ShortlistView } from '../shortlist/ShortlistView.tsx';
import { SinceLastVisit } from '../changes/SinceLastVisit.tsx';
import { WhatIfTray } from '../whatif/WhatIfTray.tsx';
import { WhiteSpaceView } from '../whitespace/WhiteSpaceView.tsx';
import { PipelineView } from '../pipeline/PipelineView.tsx';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';

interface Props {
  state: ExplorerState & { focal: string };
  update: UpdateState;
}

export function FocalWorkspace({ state, update }: Props) {
  const { data, error, loading } = useApi(FOCAL_COMPANY, { id: state.focal });
  const [railOpen, setRailOpen] = useState(false);
  const [introPath, setIntroPath] = useState<HighlightedPath | null>(null);

  if (error) return <ApiErrorMessage error={error} what={`the company “${state.focal}”`} />;
  if (!data) return <StatusMessage kind="loading" title="Loading the company…" />;
  if (!data.company) {
    return (
      <StatusMessage kind="empty" title={`No company with id “${state.focal}”`}>
        The link may be old, or the company is not in the loaded ecosystem. Search for it by name above.
      </StatusMessage>
    );
  }
  const focal = data.company;
  // A path belongs to the panel that listed it: closing it or opening another candidate takes it off the map.
  const shownPath = introPath && introPath.target === state.selected ? introPath : null;
  const highlightPath = (path: HighlightedPath | null): void => {
    setIntroPath(path);
    // A path is drawn on the map: asking to see one from another view goes there.
    if (path && state.view !== 'map') update({ view: 'map' });
  };
  const select = (id: string | null): void => update({ selected: id });
  const refocus = (id: string): void => update({ focal: id, selected: null, shortlist: null, whatIf: EMPTY_WHAT_IF });

  return (
    <div
      className={`workspace${state.selected ? ' has-detail' : ''}${railOpen ? ' rail-open' : ''}`}
      aria-busy={loading}
    >
      <aside className="rail" data-testid="rail">
        <button
          type="button"
          className="rail-toggle"
          aria-expanded={railOpen}
          data-testid="rail-toggle"
          onClick={() => setRailOpen((open) => !open)}
        >
          {railOpen ? 'Close ‹' : 'Weights & filters ›'}
        </button>
        <FocalCard company={focal} />
        <RankingControls
          weights={state.weights}
          filters={state.filters}
          onWeights={(weights) => update({ weights })}
          onFilters={(filters) => update({ filters })}
        />
      </aside>
      <main className="view-area" data-view={state.view}>
        <SinceLastVisit focal={focal} folded={isWhatIfShown(state.whatIf)} />
        {state.view === 'map' && (
          <MapView
            focal={focal}
            state={state}
            update={update}
            introPath={shownPath}
            onSelect={select}
            onRefocus={refocus}
          />
        )}
        {state.view === 'shortlist' && <ShortlistView focal={focal} state={state} update={update} onSelect={select} />}
        {state.view === 'matrix' && <MatrixView focal={focal} state={state} onSelect={select} />}
        {state.view === 'whitespace' && <WhiteSpaceView focal={focal} selected={state.selected} onSelect={select} />}
        {state.view === 'pipeline' && <PipelineView focal={focal} onSelect={select} />}
        <WhatIfTray focal={focal} whatIf={state.whatIf} update={update} onSelect={select} />
      </main>
      {state.selected && (
        <DetailPanel
          key={state.selected}
          focal={focal}
          candidateId={state.selected}
          state={state}
          update={update}
          onClose={() => select(null)}
          onRefocus={refocus}
          highlightedPath={shownPath}
          onHighlightPath={highlightPath}
        />
      )}
    </div>
  );
}
