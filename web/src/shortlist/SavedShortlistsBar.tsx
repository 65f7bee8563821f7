/**
 * Saved shortlists of the focal company: choose one, create, rename, delete
 * (with an inline confirmation, no browser dialogs), export as CSV.
 */
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../client/graphql-client.ts';
import type { CompanySummary, ShortlistSummary } from '../client/types.ts';
import { shortlistCsvUrl } from '../state/ranking-variables.ts';
import { createShortlist, deleteShortlist, renameShortlist } from './use-shortlists.ts';
import { formatDate } from '../format/numbers.ts';
import { downloadWithKey } from '../client/download.ts';

interface Props {
  focal: CompanySummary;
  lists: ShortlistSummary[];
  active: ShortlistSummary | null;
  loadError: ApiError | undefined;
  onActivate(id: string | null): void;
  onError(message: string | null): void;
}

type Mode = { kind: 'idle' } | { kind: 'new'; name: string } | { kind: 'rename'; name: string } | { kind: 'delete' };

export function SavedShortlistsBar({ focal, lists, active, loadError, onActivate, onError }: Props) {
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });

  const act = async (action: () => Promise<void>): Promise<void> => {
    onError(null);
    try {
      await action();
      setMode({ kind: 'idle' });
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (mode.kind === 'new' && mode.name.trim()) {
      void act(async () => onActivate((await createShortlist(mode.name.trim(), focal.id)).id));
    } else if (mode.kind === 'rename' && active && mode.name.trim()) {
      void act(() => renameShortlist(active.id, mode.name.trim()));
    }
  };

  return (
    <div className="saved-bar" data-testid="saved-shortlists">
      <span className="saved-label">Saved shortlist</span>
      {loadError ? (
        <span className="form-message error">Unavailable: {loadError.message}</span>
      ) : mode.kind === 'new' || mode.kind === 'rename' ? (
        <form className="saved-form" onSubmit={submit}>
          <input
            autoFocus
            value={mode.name}
            aria-label={mode.kind === 'new' ? 'New shortlist name' : 'Shortlist name'}
            onChange={(event) => setMode({ ...mode, name: event.target.value })}
          />
          <button type="submit" className="primary">
            {mode.kind === 'new' ? 'Create' : 'Rename'}
          </button>
          <button type="button" onClick={() => setMode({ kind: 'idle' })}>
            Cancel
          </button>
        </form>
      ) : mode.kind === 'delete' && active ? (
        <span className="saved-form">
          Delete “{active.name}” and its {active.entryCount} pins?
          <button
            type="button"
            className="danger"
            onClick={() => void act(async () => (await deleteShortlist(active.id), onActivate(null)))}
          >
            Delete
          </button>
          <button type="button" onClick={() => setMode({ kind: 'idle' })}>
            Keep
          </button>
        </span>
      ) : (
        <>
          {lists.length > 0 && active ? (
            <select value={active.id} onChange={(event) => onActivate(event.target.value)} aria-label="Saved shortlist">
              {lists.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.name} ({list.entryCount})
                </option>
              ))}
            </select>
          ) : (
            <span className="muted">None yet for {focal.name}</span>
          )}
          {active && <span className="muted saved-date">created {formatDate(active.createdAt)}</span>}
          <span className="toolbar-spacer" />
          <button type="button" onClick={() => setMode({ kind: 'new', name: `${focal.name}: partner shortlist` })}>
            New
          </button>
          {active && (
            <>
              <button type="button" onClick={() => setMode({ kind: 'rename', name: active.name })}>
                Rename
              </button>
              <button type="button" onClick={() => setMode({ kind: 'delete' })}>
                Delete
              </button>
              <a
                className="button-link"
                href={active.csvUrl || shortlistCsvUrl(active.id)}
                download
                data-testid="export-shortlist-csv"
                onClick={downloadWithKey}
              >
                Export shortlist (CSV)
              </a>
            </>
          )}
        </>
      )}
    </div>
  );
}
