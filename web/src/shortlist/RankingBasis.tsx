import type { CandidateFit, CompanySummary } from '../client/types.ts';
import { rankingBasis } from '../fit/terms.ts';
import { formatPercent } from '../format/numbers.ts';

/**
 * One sentence above the ranking: which evidence its scores actually rest on.
 * A focal company with no customers gets told why shared customers drop out,
 * so a ranking built on peers and niche alone is not mistaken for more.
 */
export function RankingBasis({ fits, focal }: { fits: readonly CandidateFit[]; focal: CompanySummary }) {
  const basis = rankingBasis(fits);
  const parts = basis.map((share) => `${share.label.toLowerCase()} (${formatPercent(share.share)})`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  const noCustomers = focal.customerCount === 0;
  return (
    <p className="ranking-basis" data-testid="ranking-basis">
      {noCustomers && (
        <strong>{focal.name} has no customers on record, so shared customers count for nothing here. </strong>
      )}
      {parts.length > 0
        ? `These ${fits.length} scores rest on ${list}.`
        : 'No evidence separates these candidates: every score is 0.'}
    </p>
  );
}
