import type { CandidateFit, CompanySummary } from '../client/types.ts';
import { nothingStandsOut } from '../fit/likelihood.ts';
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
    <>
      {nothingStandsOut(fits) && (
        <p className="nothing-stands-out" data-testid="nothing-stands-out" role="note">
          <strong>Nothing stands out for {focal.name}.</strong> No candidate here has evidence that, in this market,
          came with a partnership more than 1 time in 20: the list below is the best of a weak lot, not a find. Look at
          the likelihood before the order.
        </p>
      )}
      <p className="ranking-basis" data-testid="ranking-basis">
        {noCustomers && (
          <strong>{focal.name} has no customers on record, so shared customers count for nothing here. </strong>
        )}
        {parts.length > 0
          ? `These ${fits.length} scores rest on ${list}.`
          : 'No evidence separates these candidates: every score is 0.'}
      </p>
    </>
  );
}
