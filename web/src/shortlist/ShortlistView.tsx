/**
 * The shortlist view: every candidate ranked by fit under the current
 * weights and filters, and the saved shortlists (pins with notes) of the
 * focal company, with their CSV exports.
 */
import { useState } from 'react';
import type { CompanySummary } from '../client/types.ts';
import { candidatesCsvUrl } from '../state/ranking-variables.ts';
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import { RANKED_LIMIT, useRankedCandidates } from '../hooks/use-ranked-candidates.ts';
import { createShortlist, pinCandidate, unpinCandidate, useShortlistEntries, useShortlists } from './use-shortlists.ts';
import { hasActiveFilters, type ExplorerState } from '../state/url-state.ts';
import { ApiErrorMessage, StatusMessage } from '../ui/StatusMessage.tsx';
import { PinnedTable } from './PinnedTable.tsx';
import { RankingBasis } from './RankingBasis.tsx';
import { RankedTable } from './RankedTable.tsx';
import { SavedShortlistsBar } from './SavedShortlistsBar.tsx';
import { downloadWithKey } from '../client/download.ts';

interface Props {
  focal: CompanySummary;
  state: ExplorerState;
  update: UpdateState;
  onSelect(id: string): void;
}

export function ShortlistView({ focal, state, update, onSelect }: Props) {
  const [tab, setTab] = useState<'ranked' | 'pinned'>('ranked');
  const [actionError, setActionError] = useState<string | null>(null);
  const ranked = useRankedCandidates(state);
  const saved = useShortlists(focal.id);
  const lists = saved.data?.shortlists ?? [];
  const active = lists.find((list) => list.id === state.shortlist) ?? lists[0] ?? null;
  const pinned = useShortlistEntries(active?.id ?? null, state.weights);
  const pinnedIds = new Set(active?.candidateIds ?? []);

  const run = async (action: () => Promise<void>): Promise<void> => {
    setActionError(null);
    try {
      await action();
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error));
    }
  };

  const togglePin = (candidateId: string): Promise<void> =>
    run(async () => {
      if (active && pinnedIds.has(candidateId)) return unpinCandidate(active.id, candidateId);
      const list = active ?? (await createShortlist(`${focal.name}: partner shortlist`, focal.id));
      await pinCandidate(list.id, candidateId, null);
      if (!active) update({ shortlist: list.id }, { replace: true });
    });

  const fits = ranked.data?.candidates ?? [];
  return (
    <div className="shortlist-view">
      <SavedShortlistsBar
        focal={focal}
        lists={lists}
        active={active}
        loadError={saved.error}
        onActivate={(id) => update({ shortlist: id })}
        onError={setActionError}
      />
      {actionError && (
        <p className="form-message error" role="alert">
          {actionError}
        </p>
      )}
      <div className="shortlist-tabs">
        <div className="segmented" role="tablist" aria-label="Shortlist contents">
          <button type="button" role="tab" aria-selected={tab === 'ranked'} onClick={() => setTab('ranked')}>
            Ranked candidates {ranked.data && <span className="count-badge">{fits.length}</span>}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'pinned'}
            onClick={() => setTab('pinned')}
            disabled={!active}
          >
            Pinned{active ? ` in “${active.name}”` : ''}{' '}
            {active && <span className="count-badge">{active.entryCount}</span>}
          </button>
        </div>
        <div
          className="segmented lens-switch"
          role="group"
          aria-label="Order of the ranked list"
          data-testid="lens-switch"
        >
          <button
            type="button"
            aria-pressed={state.lens === 'MARKET'}
            title="The fit score: the order that found real partners best in the backtest"
            onClick={() => update({ lens: 'MARKET' })}
          >
            Most likely first
          </button>
          <button
            type="button"
            aria-pressed={state.lens === 'SPECIFIC'}
            data-testid="lens-specific"
            title={`What sets a candidate apart for ${focal.name}: no credit for ecosystem pull, and peer evidence only beyond what the whole market shows`}
            onClick={() => update({ lens: 'SPECIFIC' })}
          >
            Specific to {focal.name}
          </button>
        </div>
        <span className="toolbar-spacer" />
        {ranked.loading && ranked.data && <span className="toolbar-status">Re-ranking…</span>}
        <a
          className="button-link"
          href={candidatesCsvUrl(focal.id, RANKED_LIMIT, state.weights, state.filters)}
          download
          data-testid="export-candidates-csv"
          onClick={downloadWithKey}
        >
          Export ranking (CSV)
        </a>
      </div>
      {tab === 'ranked' && (
        <>
          {ranked.error && <ApiErrorMessage error={ranked.error} what="the ranking" />}
          {!ranked.data && !ranked.error && (
            <StatusMessage kind="loading" title={`Ranking candidates for ${focal.name}…`} />
          )}
          {ranked.data && fits.length === 0 && (
            <StatusMessage kind="empty" title="No candidates">
              {hasActiveFilters(state.filters)
                ? 'No company passes the current filters. Loosen them on the left.'
                : `There is no other company to rank for ${focal.name}.`}
            </StatusMessage>
          )}
          {fits.length > 0 && state.lens === 'SPECIFIC' && (
            <p className="lens-note" data-testid="lens-note">
              Ordered by what sets each candidate apart for {focal.name}: ecosystem pull gives no credit, and peer
              evidence counts only beyond the share of the whole market partnered with the candidate, so the hubs
              everyone partners with step back. The likelihood beside each is unchanged; the default order finds real
              partners best.
            </p>
          )}
          {fits.length > 0 && <RankingBasis fits={fits} focal={focal} />}
          {fits.length > 0 && (
            <RankedTable
              fits={fits}
              selected={state.selected}
              pinned={pinnedIds}
              busy={ranked.loading}
              onSelect={onSelect}
              onTogglePin={togglePin}
              whatIf={state.whatIf}
              onWhatIf={(next) => update({ whatIf: next })}
              lens={state.lens}
            />
          )}
        </>
      )}
      {tab === 'pinned' && active && pinned.error && (
        <ApiErrorMessage error={pinned.error} what="the pinned candidates" />
      )}
      {tab === 'pinned' && active && !pinned.data && !pinned.error && (
        <StatusMessage kind="loading" title={`Scoring the pins of “${active.name}”…`} />
      )}
      {tab === 'pinned' && active && pinned.data?.shortlist && (
        <PinnedTable
          list={pinned.data.shortlist}
          selected={state.selected}
          onSelect={onSelect}
          onSaveNote={(candidateId, note) => run(() => pinCandidate(active.id, candidateId, note))}
          onUnpin={(candidateId) => run(() => unpinCandidate(active.id, candidateId))}
        />
      )}
    </div>
  );
}
