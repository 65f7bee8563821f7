import type { CandidateFit } from '../../api/types.ts';
import { QUADRANT_HINT, QUADRANT_LABEL, SEVERITY_LABEL, worstSeverity } from '../../format/labels.ts';
import { formatScore } from '../../format/numbers.ts';
import { ScoreBar } from '../ScoreBar.tsx';

/** How many columns FitHeaderCells and FitCells span. */
export const FIT_COLUMN_COUNT = 8;

/** Header cells shared by the ranked and the pinned tables. */
export function FitHeaderCells() {
  return (
    <>
      <th scope="col" className="num">
        Fit
      </th>
      <th scope="col" className="num" title="Share of your customers you both serve">
        Synergy
      </th>
      <th scope="col" className="num" title="New customers you meet through them">
        Reach
      </th>
      <th scope="col" className="num" title="What they add to your combined capabilities">
        Capability
      </th>
      <th scope="col" className="num col-shared">
        Shared
      </th>
      <th scope="col" className="col-conflicts">
        Conflicts
      </th>
      <th scope="col" className="col-quadrant">
        Quadrant
      </th>
      <th scope="col" className="col-type">
        Recommended
      </th>
    </>
  );
}

/** One candidate's score and its terms, each with a bar so columns compare at a glance. */
export function FitCells({ fit }: { fit: CandidateFit }) {
  const worst = worstSeverity(fit.conflicts);
  return (
    <>
      <td className="num term-cell" data-testid="cell-score">
        <span>{formatScore(fit.score)}</span>
        <ScoreBar value={fit.score} tone="score" />
      </td>
      <td className="num term-cell">
        <span>{formatScore(fit.synergy)}</span>
        <ScoreBar value={fit.synergy} tone="synergy" />
      </td>
      <td className="num term-cell">
        <span>{formatScore(fit.reach)}</span>
        <ScoreBar value={fit.reach} tone="reach" />
      </td>
      <td className="num term-cell">
        <span>{formatScore(fit.capabilityGain)}</span>
        <ScoreBar value={fit.capabilityGain} tone="capability" />
      </td>
      <td className="num col-shared">{fit.sharedCustomers}</td>
      <td className="col-conflicts">
        {worst ? (
          <span
            className={`severity severity-${worst}`}
            title={`${fit.conflicts.length} conflict(s); worst ${SEVERITY_LABEL[worst].toLowerCase()}`}
          >
            {SEVERITY_LABEL[worst]}
            {fit.conflicts.length > 1 ? ` +${fit.conflicts.length - 1}` : ''}
          </span>
        ) : (
          <span className="muted">None</span>
        )}
      </td>
      <td className="col-quadrant">
        <span className={`chip quadrant-${fit.quadrant}`} title={QUADRANT_HINT[fit.quadrant]}>
          {QUADRANT_LABEL[fit.quadrant]}
        </span>
      </td>
      <td className="col-type">{fit.recommendedType?.name ?? <span className="muted">None</span>}</td>
    </>
  );
}
