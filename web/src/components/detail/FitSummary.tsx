import type { PartnerFitDetail } from '../../api/types.ts';
import { QUADRANT_HINT, QUADRANT_LABEL } from '../../format/labels.ts';
import { formatCount, formatScore } from '../../format/numbers.ts';
import { ScoreBar } from '../ScoreBar.tsx';

/** The headline: how good the deal is for both sides, and where it sits on the 2x2. */
export function FitSummary({ fit, focalName }: { fit: PartnerFitDetail; focalName: string }) {
  return (
    <section className="fit-summary" aria-label="Fit">
      <div className="fit-score" data-testid="detail-score">
        <span className="fit-score-value">{formatScore(fit.score)}</span>
        <span className="fit-score-label">Fit score</span>
        <ScoreBar value={fit.score} />
      </div>
      <dl className="fit-facts">
        <div title={`What the partnership is worth to ${focalName}`}>
          <dt>Value to you</dt>
          <dd>{formatScore(fit.valueToFocal)}</dd>
        </div>
        <div title={`What the partnership is worth to ${fit.candidate.name}`}>
          <dt>Value to them</dt>
          <dd>{formatScore(fit.valueToCandidate)}</dd>
        </div>
        <div>
          <dt>Shared customers</dt>
          <dd data-testid="detail-shared-count" data-value={fit.sharedCustomers}>
            {formatCount(fit.sharedCustomers)}
          </dd>
        </div>
        <div>
          <dt>2x2 quadrant</dt>
          <dd>
            <span className={`chip quadrant-${fit.quadrant}`} title={QUADRANT_HINT[fit.quadrant]}>
              {QUADRANT_LABEL[fit.quadrant]}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
