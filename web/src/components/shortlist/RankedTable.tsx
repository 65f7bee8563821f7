import type { CandidateFit } from '../../api/types.ts';
import { relationOfFit } from '../../graph/relations.ts';
import { FitCells, FitHeaderCells } from './TermCells.tsx';

interface Props {
  fits: CandidateFit[];
  selected: string | null;
  pinned: ReadonlySet<string>;
  /** A re-ranking is in flight; the rows shown are the previous ranking. */
  busy: boolean;
  onSelect(id: string): void;
  onTogglePin(id: string): void;
}

/** The ranking as the API returns it: row order is the API's order, never re-sorted here. */
export function RankedTable({ fits, selected, pinned, busy, onSelect, onTogglePin }: Props) {
  return (
    <div className="table-scroll">
      <table className={`ranked-table${busy ? ' is-busy' : ''}`} data-testid="ranked-table" aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col" className="num col-rank">
              #
            </th>
            <th scope="col">Company</th>
            <FitHeaderCells />
            <th scope="col" className="col-pin">
              <span className="visually-hidden">Pin</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fits.map((fit, index) => {
            const id = fit.candidate.id;
            const isPinned = pinned.has(id);
            return (
              <tr
                key={id}
                data-candidate-id={id}
                className={selected === id ? 'is-selected' : undefined}
                onClick={() => onSelect(id)}
              >
                <td className="num col-rank">{index + 1}</td>
                <th scope="row" className="company-cell">
                  <button
                    type="button"
                    className="link-button company-name"
                    onClick={(event) => (event.stopPropagation(), onSelect(id))}
                  >
                    <span className={`swatch swatch-${relationOfFit(fit)}`} aria-hidden="true" />
                    {fit.candidate.name}
                  </button>
                </th>
                <FitCells fit={fit} />
                <td className="col-pin">
                  <button
                    type="button"
                    className={`pin-button${isPinned ? ' is-pinned' : ''}`}
                    aria-pressed={isPinned}
                    aria-label={`${isPinned ? 'Unpin' : 'Pin'} ${fit.candidate.name}`}
                    data-testid="pin-toggle"
                    onClick={(event) => {
                      event.stopPropagation();
                      onTogglePin(id);
                    }}
                  >
                    {isPinned ? 'Pinned' : 'Pin'}
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
