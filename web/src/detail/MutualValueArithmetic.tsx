import type { PartnerFitDetail } from '../client/types.ts';
import { formatScore, weightShares } from '../format/numbers.ts';

/**
 * Mutual value's arithmetic with this pair's numbers: value each way, the
 * geometric mean, the conflict penalty. The ranking no longer uses it (the
 * evidence terms above do), but it is the reciprocal check a deal must pass.
 */
export function MutualValueArithmetic({ fit }: { fit: PartnerFitDetail }) {
  const { weights } = fit;
  const shares = weightShares([weights.synergy, weights.reach, weights.capability]);
  const rows: { label: string; weight: string; you: number; them: number }[] = [
    { label: 'Synergy', weight: shares[0] ?? '', you: fit.synergy, them: fit.candidateTerms.synergy },
    { label: 'Reach', weight: shares[1] ?? '', you: fit.reach, them: fit.candidateTerms.reach },
    {
      label: 'Capability gain',
      weight: shares[2] ?? '',
      you: fit.capabilityGain,
      them: fit.candidateTerms.capabilityGain,
    },
  ];
  return (
    <details className="detail-section score-arithmetic">
      <summary>
        <h3>How mutual value is computed</h3>
      </summary>
      <table className="terms-table">
        <thead>
          <tr>
            <th scope="col">Term</th>
            <th scope="col">Weight</th>
            <th scope="col">For you</th>
            <th scope="col">For them</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.weight}</td>
              <td>{formatScore(row.you)}</td>
              <td>{formatScore(row.them)}</td>
            </tr>
          ))}
          <tr className="terms-total">
            <th scope="row">Value</th>
            <td />
            <td>{formatScore(fit.valueToFocal)}</td>
            <td>{formatScore(fit.valueToCandidate)}</td>
          </tr>
        </tbody>
      </table>
      <p className="formula">
        √({formatScore(fit.valueToFocal)} × {formatScore(fit.valueToCandidate)}) × (1 −{' '}
        {formatScore(fit.conflictPenalty)}) = <strong>{formatScore(fit.mutualValue)}</strong>
      </p>
      <p className="muted">
        The geometric mean makes mutual value reciprocal: a deal worth nothing to one side scores 0.
      </p>
    </details>
  );
}
