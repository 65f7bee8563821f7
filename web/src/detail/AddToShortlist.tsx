/**
 * "Add to shortlist" from the detail panel: pick a saved shortlist (or start
 * one), write why, pin. Shows where the candidate is pinned already.
 */
import { useState, type FormEvent } from 'react';
import type { CompanySummary } from '../client/types.ts';
import type { UpdateState } from '../hooks/use-explorer-state.ts';
import { createShortlist, pinCandidate, useShortlists } from '../shortlist/use-shortlists.ts';
import type { ExplorerState } from '../state/url-state.ts';

interface Props {
  focal: CompanySummary;
  candidateId: string;
  candidateName: string;
  state: ExplorerState;
  update: UpdateState;
}

const NEW_LIST = '__new__';

export function AddToShortlist({ focal, candidateId, candidateName, state, update }: Props) {
  const { data, error: loadError } = useShortlists(focal.id);
  const lists = data?.shortlists ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [newName, setNewName] = useState(`${focal.name}: partner shortlist`);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const target = chosen ?? state.shortlist ?? lists[0]?.id ?? NEW_LIST;
  const pinnedIn = lists.filter((list) => list.candidateIds.includes(candidateId));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      let id = target;
      let name = lists.find((list) => list.id === target)?.name ?? '';
      if (target === NEW_LIST) {
        const created = await createShortlist(newName.trim() || `${focal.name}: partner shortlist`, focal.id);
        id = created.id;
        name = created.name;
      }
      await pinCandidate(id, candidateId, note);
      setNote('');
      setChosen(id);
      setOpen(false);
      setMessage({ ok: true, text: `Pinned ${candidateName} in “${name}”.` });
      update({ shortlist: id }, { replace: true });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const pinnedNote = pinnedIn.length > 0 && !message?.ok && (
    <p className="pinned-in">Pinned in {pinnedIn.map((list) => `“${list.name}”`).join(', ')}</p>
  );
  const status = message && (
    <p className={`form-message${message.ok ? ' ok' : ' error'}`} role="status">
      {message.text}
    </p>
  );

  if (!open) {
    return (
      <div className="add-to-shortlist is-closed" data-testid="add-to-shortlist">
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          Add to shortlist…
        </button>
        {pinnedNote}
        {status}
        {loadError && <p className="form-message error">Saved shortlists unavailable: {loadError.message}</p>}
      </div>
    );
  }

  return (
    <form className="add-to-shortlist" onSubmit={submit} data-testid="add-to-shortlist">
      {pinnedNote}
      <div className="add-row">
        <select value={target} onChange={(event) => setChosen(event.target.value)} aria-label="Shortlist">
          {lists.map((list) => (
            <option key={list.id} value={list.id}>
              {list.name}
            </option>
          ))}
          <option value={NEW_LIST}>New shortlist…</option>
        </select>
      </div>
      {target === NEW_LIST && (
        <input
          type="text"
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
          aria-label="New shortlist name"
        />
      )}
      <textarea
        autoFocus
        value={note}
        rows={2}
        placeholder="Note: why, who to talk to, next step…"
        aria-label="Note"
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="add-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Adding…' : `Pin ${candidateName}`}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {loadError && <p className="form-message error">Saved shortlists unavailable: {loadError.message}</p>}
      {status}
    </form>
  );
}
