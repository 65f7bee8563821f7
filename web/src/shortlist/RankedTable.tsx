import type { CandidateFit } from '../client/types.ts';
import { tiedWithPrevious } from '../fit/likelihood.ts';
import { shortlistBlocker, standingLine } from '../fit/standing.ts';
import { relationOfFit } from '../fit/relations.ts';
import type { LensName, WhatIfSet } from '../state/url-state.ts';
import { isMoved, toggleMove } from '../whatif/what-if-set.ts';
import { FitCells, FitHeaderCells } from './TermCells.tsx';

interface Props {
  fits: CandidateFit[];
  selected: string | null;
  pinned: ReadonlySet<string>;
  /** A re-ranking is in flight; the rows shown are the previous ranking. */
  busy: boolean;
  onSelect(id: string): void;
  onTogglePin(id: string): void;
  /** The what-if tray's partner set: each row adds its candidate (or drops its partner) there. */
  whatIf: WhatIfSet;
  onWhatIf(next: WhatIfSet): void;
  /** The order the API ranked by: ties are read on its score. */
  lens: LensName;
}

/** The ranking as the API returns it: row order is the API's order, never re-sorted here. */
export function RankedTable({ fits, selected, pinned, busy, onSelect, onTogglePin, whatIf, onWhatIf, lens }: Props) {
  const tied = tiedWithPrevious(fits, (fit) => (lens === 'SPECIFIC' ? fit.specificScore : fit.score));
  return (
    <div className="table-scroll">
      <table className={`ranked-table${busy ? ' is-busy' : ''}`} data-testid="ranked-table" aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col" className="num col-rank">
              #
            </th>
            <th scope="col">Company</th>
            <FitHeaderCells terms={fits[0]?.terms} specific={lens === 'SPECIFIC'} />
            <th
              scope="col"
              className="col-what-if"
              title="Add a candidate to the what-if tray, or drop a partner there"
            >
              What-if
            </th>
            <th scope="col" className="col-pin">
              <span className="visually-hidden">Pin</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fits.map((fit, index) => {
            const id = fit.candidate.id;
            const isPinned = pinned.has(id);
            const standing = standingLine(fit);
            // The panel's rule: partners, deals in progress and ruled-out companies are not pinned as candidates.
            const blocker = shortlistBlocker(fit);
            return (
              <tr
                key={id}
                data-candidate-id={id}
                className={selected === id ? 'is-selected' : undefined}
                onClick={() => onSelect(id)}
              >
                <td className="num col-rank">
                  {index + 1}
                  {tied[index] && (
                    <span
                      className="tie-mark"
                      data-testid="tie-mark"
                      title={`Same score as ${tied[index]}: a tie, ordered by shared customers, then name`}
                    >
                      =
                    </span>
                  )}
                </td>
                {/* The reasons on hover: what this row's place rests on, history first. */}
                <th scope="row" className="company-cell" title={fit.reasons.join('\n')}>
                  <button
                    type="button"
                    className="link-button company-name"
                    onClick={(event) => (event.stopPropagation(), onSelect(id))}
                  >
                    <span className={`swatch swatch-${relationOfFit(fit)}`} aria-hidden="true" />
                    {fit.candidate.name}
                  </button>
                  {standing && (
                    <span
                      className={`standing-line${fit.ruledOut ? ' is-ruled-out' : ''}`}
                      data-testid="standing-line"
                      data-relation={fit.relation}
                    >
                      {standing}
                    </span>
                  )}
                </th>
                <FitCells fit={fit} specific={lens === 'SPECIFIC'} />
                <td className="col-what-if">
                  <WhatIfButton fit={fit} whatIf={whatIf} onWhatIf={onWhatIf} />
                </td>
                <td className="col-pin" title={blocker ?? undefined}>
                  {(!blocker || isPinned) && (
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
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The detail panel's what-if move, one click from the table: add a candidate, drop a partner, or undo either. */
function WhatIfButton({
  fit,
  whatIf,
  onWhatIf,
}: {
  fit: CandidateFit;
  whatIf: WhatIfSet;
  onWhatIf(next: WhatIfSet): void;
}) {
  const id = fit.candidate.id;
  const isPartner = fit.relation === 'PARTNER';
  const inSet = isMoved(whatIf, id, isPartner);
  const label = inSet ? (isPartner ? 'Dropped' : 'Added') : isPartner ? 'Drop' : 'Add';
  const action = inSet
    ? `Undo the what-if for ${fit.candidate.name}`
    : `${isPartner ? 'Drop' : 'Add'} ${fit.candidate.name} in the what-if`;
  return (
    <button
      type="button"
      className={`what-if-row-button${inSet ? ' is-in-set' : ''}`}
      aria-pressed={inSet}
      aria-label={action}
      title={action}
      data-testid="what-if-row-toggle"
      onClick={(event) => {
        event.stopPropagation();
        onWhatIf(toggleMove(whatIf, id, isPartner));
      }}
    >
      {label}
    </button>
  );
}
