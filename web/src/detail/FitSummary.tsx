import type { PartnerFitDetail } from '../client/types.ts';
import { BAND_HINT, BAND_LABEL, formatLikelihood } from '../fit/likelihood.ts';
import { fitBadge, riskBadge } from '../fit/standing.ts';
import { formatCount, formatScore } from '../format/numbers.ts';
import { TermStack } from '../fit/TermStack.tsx';

/**
 * The headline: how likely a pair with this evidence is to become partners in
 * this market (an absolute, calibrated figure with its plain band), the fit
 * score that orders the list and what it rests on, what the deal is worth to
 * both sides, and where it sits on the 2x2 with any risk to manage beside it.
 */
export function FitSummary({ fit, focalName }: { fit: PartnerFitDetail; focalName: string }) {
  const badge = fitBadge(fit);
  const risk = riskBadge(fit);
  return (
    <section className="fit-summary" aria-label="Fit">
      <div className="fit-likelihood" data-testid="detail-likelihood" data-band={fit.likelihoodBand}>
        <span className="fit-likelihood-value">{formatLikelihood(fit.likelihood)}</span>
        <span className={`chip band band-${fit.likelihoodBand}`} title={BAND_HINT[fit.likelihoodBand]}>
          {BAND_LABEL[fit.likelihoodBand]}
        </span>
        <span className="fit-likelihood-label">Likelihood</span>
        <p className="fit-likelihood-sentence">{fit.likelihoodSentence}</p>
      </div>
      <div className="fit-score" data-testid="detail-score">
        <span className="fit-score-value">{formatScore(fit.score)}</span>
        <span className="fit-score-label">Fit score (orders the list)</span>
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
            {risk && (
              <span className={`chip ${risk.tone}`} title={risk.hint} data-testid="detail-risk">
                {risk.label}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
