/**
 * What this market's ranking follows, in the API's one sentence ("In this
 * market, partnerships follow shared customers (41%), then …"), with the
 * learned weights next to the defaults and whether a core overlap rules a
 * candidate out, one click away.
 */
import type { ApiError } from '../client/graphql-client.ts';
import type { MarketModel } from '../client/types.ts';
import { formatLikelihood } from '../fit/likelihood.ts';
import { wholePercentages } from '../fit/terms.ts';
import { formatCount } from '../format/numbers.ts';

interface Props {
  model: MarketModel | undefined;
  error: ApiError | undefined;
}

export function MarketModelNote({ model, error }: Props) {
  if (error) return <p className="market-model muted">The market’s weights are unavailable: {error.message}</p>;
  if (!model) return <p className="market-model muted">Reading how this market ranks…</p>;
  const defaults = wholePercentages(
    Object.fromEntries(model.weights.map((weight) => [weight.kind, weight.defaultWeight])) as Parameters<
      typeof wholePercentages
    >[0],
  );
  return (
    <details className="market-model" data-testid="market-model">
      <summary>
        <span className="market-model-title">How this market ranks</span>
        <span className="market-model-summary" data-testid="market-model-summary">
          {model.summary}
        </span>
      </summary>
      <table className="market-weights">
        <thead>
          <tr>
            <th scope="col">Evidence</th>
            <th scope="col" className="num" title="The weight learned from this market's partnerships">
              Here
            </th>
            <th scope="col" className="num" title="The weight when a market has too few partnerships to learn from">
              Default
            </th>
            <th
              scope="col"
              className="num"
              title="The term's yardstick: the mean value real partners had on it before their partnership was known. A candidate this strong reads 50%."
            >
              Yardstick
            </th>
          </tr>
        </thead>
        <tbody>
          {model.weights.map((weight) => (
            <tr key={weight.kind}>
              <th scope="row">{weight.label}</th>
              <td className="num">{weight.percent}%</td>
              <td className="num muted">{defaults[weight.kind]}%</td>
              <td className="num muted">{weight.yardstick.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="market-model-note">
        {model.calibrated
          ? `Learned from ${formatCount(model.partnerships)} active partnerships (${formatCount(model.cases)} ranking cases).`
          : 'Default weights: this market has too few partnerships to learn from.'}
      </p>
      <p className="market-model-note" data-testid="core-overlap-evidence">
        {model.coreOverlapEvidence}
      </p>
      <p className="market-model-note" data-testid="rival-evidence">
        {model.rivalEvidence}
      </p>
      <p className="market-model-note" data-testid="likelihood-basis">
        {model.likelihood
          ? `Likelihood: how often candidates this strong were real partners here, learned from ${formatCount(model.likelihood.rows)} top-ten places with a fifth of the partnerships hidden at a time (${formatLikelihood(model.likelihood.observedRate)} of them were).`
          : `Likelihood: too few partnerships to learn it; every candidate shows the market's share of pairs that partner (${formatLikelihood(model.density)}).`}
      </p>
    </details>
  );
}
