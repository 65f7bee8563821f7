import { useState } from 'react';
import type { Shortlist } from '../client/types.ts';
import { formatDate } from '../format/numbers.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { FIT_COLUMN_COUNT, FitCells, FitHeaderCells } from './TermCells.tsx';

interface Props {
  list: Shortlist;
  selected: string | null;
  onSelect(id: string): void;
  onSaveNote(candidateId: string, note: string): void;
  onUnpin(candidateId: string): void;
}

/** A saved shortlist's pins, each with its note and its fit as it is now (not when pinned). */
export function PinnedTable({ list, selected, onSelect, onSaveNote, onUnpin }: Props) {
  const [editing, setEditing] = useState<{ id: string; note: string } | null>(null);
  if (list.entries.length === 0) {
    return (
      <StatusMessage kind="empty" title={`“${list.name}” is empty`}>
        Pin candidates from the ranking, or with “Add to shortlist” in a candidate's detail.
      </StatusMessage>
    );
  }
  return (
    <div className="table-scroll">
      <table className="ranked-table pinned-table" data-testid="pinned-table">
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col" className="col-note">
              Note
            </th>
            <FitHeaderCells terms={list.entries.find((entry) => entry.fit)?.fit?.terms} />
            <th scope="col" className="col-pin">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.entries.map((entry) => {
            const id = entry.candidateId;
            const name = entry.candidate?.name ?? id;
            const isEditing = editing?.id === id;
            return (
              <tr
                key={id}
                data-candidate-id={id}
                className={
                  [selected === id ? 'is-selected' : '', entry.inGraph ? '' : 'is-missing'].join(' ').trim() ||
                  undefined
                }
              >
                <th scope="row" className="company-cell">
                  {entry.inGraph ? (
                    <button type="button" className="link-button company-name" onClick={() => onSelect(id)}>
                      {name}
                    </button>
                  ) : (
                    <span className="company-name">{name}</span>
                  )}
                  <span className="muted added-at">pinned {formatDate(entry.addedAt)}</span>
                </th>
                <td className="col-note">
                  {isEditing ? (
                    <form
                      className="note-form"
                      onSubmit={(event) => {
                        event.preventDefault();
                        onSaveNote(id, editing.note);
                        setEditing(null);
                      }}
                    >
                      <input
                        autoFocus
                        value={editing.note}
                        aria-label="Note"
                        onChange={(event) => setEditing({ id, note: event.target.value })}
                      />
                      <button type="submit">Save</button>
                    </form>
                  ) : (
                    <button
                      type="button"
                      className="note-button"
                      onClick={() => setEditing({ id, note: entry.note ?? '' })}
                      title="Edit the note"
                    >
                      {entry.note || <span className="muted">Add a note…</span>}
                    </button>
                  )}
                </td>
                {entry.fit ? (
                  <FitCells fit={entry.fit} />
                ) : (
                  <td colSpan={FIT_COLUMN_COUNT} className="muted missing-note" data-testid="missing-pin">
                    {entry.inGraph
                      ? 'No fit: the focal company is no longer in the data.'
                      : 'No longer in the data: the last import dropped this company. The pin and its note are kept.'}
                  </td>
                )}
                <td className="col-pin">
                  <button
                    type="button"
                    className="pin-button is-pinned"
                    data-testid="unpin"
                    onClick={() => onUnpin(id)}
                    aria-label={`Unpin ${name}`}
                  >
                    Unpin
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
