import type { PartnerFitDetail } from '../client/types.ts';
import { fitBadge } from '../fit/standing.ts';
import { formatCount, formatScore } from '../format/numbers.ts';
import { TermStack } from '../fit/TermStack.tsx';

/**
 * The headline: the fit score and what it rests on, what the deal is worth to
 * both sides, and where it sits on the 2x2, unless a conflict rules that out.
 */
export function FitSummary({ fit, focalName }: { fit: PartnerFitDetail; focalName: string }) {
  const badge = fitBadge(fit);
  return (
    <section className="fit-summary" aria-label="Fit">
      <div className="fit-score" data-testid="detail-score">
        <span className="fit-score-value">{formatScore(fit.score)}</span>
        <span className="fit-score-label">Fit score</span>
        <TermStack terms={fit.terms} />
      </div>
      <dl className="fit-facts">
        <div
          title={`Worth ${formatScore(fit.valueToFocal)} to ${focalName} and ${formatScore(fit.valueToCandidate)} to ${fit.candidate.name}`}
        >
          <dt>Mutual value</dt>
          <dd data-testid="detail-mutual-value">{formatScore(fit.mutualValue)}</dd>
        </div>
        <div>
          <dt>Shared customers</dt>
          <dd data-testid="detail-shared-count" data-value={fit.sharedCustomers}>
            {formatCount(fit.sharedCustomers)}
          </dd>
        </div>
        <div title={`Prospects and opportunities of ${focalName} that are ${fit.candidate.name}'s customers`}>
          <dt>Your prospects they serve</dt>
          <dd>{formatCount(fit.warmIntroductions)}</dd>
        </div>
        <div>
          <dt>2x2 quadrant</dt>
          <dd>
            <span className={`chip ${badge.tone}`} title={badge.hint} data-testid="detail-badge">
              {badge.label}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
