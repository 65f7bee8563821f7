import type { PartnerFitDetail } from '../client/types.ts';
import { termBars, wholePercentages } from '../fit/terms.ts';
import { formatPercent, formatScore } from '../format/numbers.ts';
import { ScoreBar } from '../fit/ScoreBar.tsx';

/**
 * "Why this score": each evidence term with its sentence, what it weighs in
 * this market, how strong this candidate is on it, and its part of the score;
 * then what each side would get, which the score does not rank by but a deal
 * must survive.
 */
export function ScoreTerms({ fit }: { fit: PartnerFitDetail }) {
  const bars = termBars(fit.terms);
  const percentages = wholePercentages(
    Object.fromEntries(fit.terms.map((term) => [term.kind, term.weight])) as Parameters<typeof wholePercentages>[0],
  );
  return (
    <section className="detail-section" aria-labelledby="score-terms-title" data-testid="score-terms">
      <h3 id="score-terms-title">
        Why this score{' '}
        <span className="muted heading-note">
          Σ weight × strength = <strong>{formatScore(fit.score)}</strong>
        </span>
      </h3>
      <ol className="score-terms">
        {bars.map((bar) => {
          const term = fit.terms.find((candidate) => candidate.kind === bar.kind)!;
          return (
            <li key={bar.kind} className="score-term" data-testid="score-term" data-term={bar.kind}>
              <p className="score-term-head">
                <span className="score-term-label">{bar.label}</span>
                <span className="score-term-contribution" title="This term's part of the fit score">
                  +{formatScore(bar.contribution)}
                </span>
              </p>
              <ScoreBar value={bar.length} tone={bar.kind} />
              <p className="score-term-sentence">{bar.sentence}</p>
              <p className="score-term-figures muted" data-testid="score-term-figures">
                value {term.value.toFixed(3)} · strength {formatPercent(term.strength)} (50% = as strong as this
                market’s average partner was, {term.yardstick.toFixed(3)}) · weight {percentages[term.kind]}%
              </p>
            </li>
          );
        })}
      </ol>
      {fit.peers.length > 0 && (
        <p className="peer-partners" data-testid="peer-partners">
          Your closest peers that partner with them:{' '}
          {fit.peers.map((peer, index) => (
            <span key={peer.company.id}>
              {index > 0 && ', '}
              {peer.company.name}
              {peer.rival && (
                <span className="chip rival-chip" data-testid="rival-peer" title="A declared rival of yours">
                  your rival
                </span>
              )}
            </span>
          ))}
        </p>
      )}
      <div className={`mutual-value${fit.oneSided ? ' is-one-sided' : ''}`} data-testid="mutual-value">
        <p>
          <strong>Mutual value {formatScore(fit.mutualValue)}</strong>: worth {formatScore(fit.valueToFocal)} to you and{' '}
          {formatScore(fit.valueToCandidate)} to them. Shown, not ranked by.
        </p>
        {fit.oneSided && (
          <p className="one-sided" data-testid="one-sided">
            One-sided: little in it for {fit.oneSided === 'FOCAL' ? 'you' : 'them'}. Expect to give more (or get less)
            than a balanced deal.
          </p>
        )}
      </div>
    </section>
  );
}
