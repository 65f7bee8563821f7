import type { CandidateFit, FitTerm } from '../client/types.ts';
import { BAND_HINT, BAND_LABEL, formatLikelihood } from '../fit/likelihood.ts';
import { fitBadge, riskBadge } from '../fit/standing.ts';
import { TERM_HINT, TERM_KINDS, TERM_SHORT, termBars, wholePercentages } from '../fit/terms.ts';
import { formatScore } from '../format/numbers.ts';
import { ScoreBar } from '../fit/ScoreBar.tsx';
import { TermStack } from '../fit/TermStack.tsx';

/** How many columns FitHeaderCells and FitCells span: the likelihood, the fit, its five terms, shared, risk, quadrant, type. */
export const FIT_COLUMN_COUNT = 11;

/**
 * Header cells shared by the ranked and the pinned tables. `terms` is any
 * row's terms: every row of a ranking has the same weights, shown here.
 */
export function FitHeaderCells({
  terms,
  specific = false,
}: {
  terms: readonly FitTerm[] | undefined;
  specific?: boolean;
}) {
  const percentages = terms
    ? wholePercentages(
        Object.fromEntries(terms.map((term) => [term.kind, term.weight])) as Parameters<typeof wholePercentages>[0],
      )
    : null;
  return (
    <>
      <th
        scope="col"
        className="num col-likelihood"
        title="How likely a pair with this evidence is to be, or become, partners in this market: the share of candidates this strong that were real partners"
      >
        Likelihood
      </th>
      {specific ? (
        <th
          scope="col"
          className="num col-score"
          title="The SPECIFIC lens's score, the order of the list: the fit without ecosystem pull, peer evidence only beyond the whole market's"
        >
          Specific
        </th>
      ) : (
        <th
          scope="col"
          className="num col-score"
          title="Σ weight · strength over the five evidence terms: the order of the list"
        >
          Fit
        </th>
      )}
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
            {term && percentages && <span className="term-weight">{percentages[kind]}%</span>}
          </th>
        );
      })}
      <th scope="col" className="num col-shared">
        Shared
      </th>
      <th
        scope="col"
        className="col-conflicts"
        title="Conflicts this market does not rule out: a risk to manage, by its worst severity"
      >
        Risk
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
export function FitCells({ fit, specific = false }: { fit: CandidateFit; specific?: boolean }) {
  const risk = riskBadge(fit);
  const badge = fitBadge(fit);
  return (
    <>
      <td
        className="num col-likelihood"
        data-testid="cell-likelihood"
        data-band={fit.likelihoodBand}
        title={`${fit.likelihoodSentence} (${BAND_HINT[fit.likelihoodBand]})`}
      >
        <span>{formatLikelihood(fit.likelihood)}</span>
        <span className={`band band-${fit.likelihoodBand}`}>{BAND_LABEL[fit.likelihoodBand]}</span>
      </td>
      <td
        className="num term-cell col-score"
        data-testid="cell-score"
        title={specific ? `Fit score ${formatScore(fit.score)}` : undefined}
      >
        <span>{formatScore(specific ? fit.specificScore : fit.score)}</span>
        <TermStack terms={fit.terms} />
      </td>
      {termBars(fit.terms).map((bar) => (
        <td key={bar.kind} className="num term-cell" data-term={bar.kind} title={`${bar.label}: ${bar.sentence}`}>
          <span>{formatScore(bar.contribution)}</span>
          <ScoreBar value={bar.length} tone={bar.kind} />
        </td>
      ))}
      <td className="num col-shared">{fit.sharedCustomers}</td>
      <td className="col-conflicts" data-testid="cell-risk">
        {risk ? (
          <span className={`chip ${risk.tone}`} title={risk.hint}>
            {risk.label}
            {fit.conflicts.length > 1 ? ` +${fit.conflicts.length - 1}` : ''}
          </span>
        ) : fit.ruledOut ? (
          <span className="muted">Ruled out</span>
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
