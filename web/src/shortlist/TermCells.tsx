import type { CandidateFit, FitTerm } from '../client/types.ts';
import { fitBadge } from '../fit/standing.ts';
import { TERM_HINT, TERM_KINDS, TERM_SHORT, termBars } from '../fit/terms.ts';
import { SEVERITY_LABEL, worstSeverity } from '../format/labels.ts';
import { formatPercent, formatScore } from '../format/numbers.ts';
import { ScoreBar } from '../fit/ScoreBar.tsx';
import { TermStack } from '../fit/TermStack.tsx';

/** How many columns FitHeaderCells and FitCells span: the fit, its five terms, shared, conflicts, quadrant, type. */
export const FIT_COLUMN_COUNT = 10;

/**
 * Header cells shared by the ranked and the pinned tables. `terms` is any
 * row's terms: every row of a ranking has the same weights, shown here.
 */
export function FitHeaderCells({ terms }: { terms: readonly FitTerm[] | undefined }) {
  return (
    <>
      <th scope="col" className="num col-score" title="Σ weight · strength over the five evidence terms">
        Fit
      </th>
      {TERM_KINDS.map((kind) => {
        const term = terms?.find((candidate) => candidate.kind === kind);
        return (
          <th
            key={kind}
            scope="col"
            className="num term-cell"
            title={`${term?.label ?? TERM_SHORT[kind]}: ${TERM_HINT[kind]}. The number is the term's part of the fit score.`}
          >
            {TERM_SHORT[kind]}
            {term && <span className="term-weight">{formatPercent(term.weight)}</span>}
          </th>
        );
      })}
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

/** One fit's score, each term's part of it with a bar so columns compare at a glance, and what to do about it. */
export function FitCells({ fit }: { fit: CandidateFit }) {
  const worst = worstSeverity(fit.conflicts);
  const badge = fitBadge(fit);
  return (
    <>
      <td className="num term-cell col-score" data-testid="cell-score">
        <span>{formatScore(fit.score)}</span>
        <TermStack terms={fit.terms} />
      </td>
      {termBars(fit.terms).map((bar) => (
        <td key={bar.kind} className="num term-cell" data-term={bar.kind} title={`${bar.label}: ${bar.sentence}`}>
          <span>{formatScore(bar.contribution)}</span>
          <ScoreBar value={bar.length} tone={bar.kind} />
        </td>
      ))}
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
        <span className={`chip ${badge.tone}`} title={badge.hint} data-testid="fit-badge">
          {badge.label}
        </span>
      </td>
      <td className="col-type" data-testid="cell-type">
        {fit.recommendedType?.name ?? <span className="muted">None</span>}
      </td>
    </>
  );
}
