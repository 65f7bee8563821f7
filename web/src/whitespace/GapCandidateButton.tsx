import type { GapCandidate } from '../client/types.ts';
import { formatScore, pluralise } from '../format/numbers.ts';

/** The candidate that would fill a gap, with its fit score; a click opens its detail panel. */
export function GapCandidateButton({
  fit,
  selected,
  onSelect,
}: {
  fit: GapCandidate | null;
  selected: string | null;
  onSelect(id: string): void;
}) {
  if (!fit) {
    return <span className="muted">No candidate offers it (partners and ruled-out companies left out)</span>;
  }
  return (
    <span className="gap-candidate">
      <button
        type="button"
        className="link-button company-name"
        aria-pressed={selected === fit.candidate.id}
        data-testid="gap-candidate"
        data-candidate-id={fit.candidate.id}
        onClick={() => onSelect(fit.candidate.id)}
      >
        {fit.candidate.name}
      </button>
      <span className="muted">
        {' '}
        fit <span data-testid="gap-score">{formatScore(fit.score)}</span> · shares{' '}
        {pluralise(fit.sharedCustomers, 'customer')}
      </span>
    </span>
  );
}
