/**
 * One slider per evidence term. They start at the weights this market learned
 * from its own partnerships; a term the strategist moves takes their weight
 * (and goes into the URL), the others keep the market's, and the API
 * normalises them all. Each reads the weight as set, then its share of the
 * score as a whole percentage ("1.00 · 59%"), rounded as the market model's
 * sentence rounds them, so the two never disagree. The sliders move at once; the ranking follows when the
 * hand pauses (300 ms), so dragging does not fire a query per pixel.
 */
import { useEffect, useState } from 'react';
import type { MarketModel } from '../client/types.ts';
import { hasUsableWeights } from '../state/ranking-variables.ts';
import {
  effectiveWeights,
  isMarketDefault,
  marketWeights,
  TERM_HINT,
  TERM_INPUT,
  TERM_KINDS,
  TERM_LABEL,
  weightReading,
  wholePercentages,
  type TermWeights,
} from '../fit/terms.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';

interface Props {
  /** The weights the strategist set (the URL's). */
  weights: TermWeights;
  /** Undefined while it loads: the sliders wait for the market's weights. */
  model: MarketModel | undefined;
  onWeights(weights: TermWeights): void;
}

export function WeightSliders({ weights, model, onWeights }: Props) {
  // The sliders' positions, valid for the committed weights they started from:
  // when the weights change from outside (back/forward, a link), the draft is
  // dropped and the sliders show the new weights.
  const weightsKey = key(weights);
  const [edit, setEdit] = useState({ base: weightsKey, draft: weights });
  const draft = edit.base === weightsKey ? edit.draft : weights;
  const setDraft = (next: TermWeights): void => setEdit({ base: weightsKey, draft: next });
  const settled = useDebouncedValue(draft, 300);
  const market = marketWeights(model?.weights ?? []);
  const effective = effectiveWeights(market, draft);
  const usable = hasUsableWeights(effective);

  useEffect(() => {
    if (key(settled) !== key(weights) && hasUsableWeights(effectiveWeights(market, settled))) onWeights(settled);
    // Only a settled change of the draft commits; `weights` changing alone must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  // Whole percentages adding up to 100, by the rule the API's sentence uses: one set of numbers on the page.
  const shares = wholePercentages(effective);
  const marketShares = wholePercentages(market);
  const labelOf = (kind: (typeof TERM_KINDS)[number]): string =>
    model?.weights.find((weight) => weight.kind === kind)?.label ?? TERM_LABEL[kind];

  return (
    <>
      <div className="controls-heading">
        <h2>Weights</h2>
        {!isMarketDefault(draft) && (
          <button type="button" className="link-button" data-testid="reset-weights" onClick={() => setDraft({})}>
            Reset to this market’s weights
          </button>
        )}
      </div>
      {TERM_KINDS.map((kind) => {
        const label = labelOf(kind);
        const reading = weightReading(effective[kind], shares[kind]);
        const share = model && usable ? reading.share : '—';
        return (
          <label key={kind} className="weight-slider" title={TERM_HINT[kind]}>
            <span className="weight-label">
              {label}
              <output className="weight-value" data-testid={`weight-value-${TERM_INPUT[kind]}`}>
                {model ? reading.value : '—'}
              </output>
              <output className="weight-share" data-testid={`weight-share-${TERM_INPUT[kind]}`}>
                {share}
              </output>
            </span>
            <input
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={effective[kind]}
              disabled={!model}
              data-testid={`weight-${TERM_INPUT[kind]}`}
              aria-valuetext={`${label}: weight ${reading.value}, ${share} of the score`}
              onChange={(event) => setDraft({ ...draft, [kind]: Number(event.target.value) })}
            />
            <span className="weight-hint">
              {TERM_HINT[kind]}
              {draft[kind] !== undefined && model && ` · market ${marketShares[kind]}%`}
            </span>
          </label>
        );
      })}
      {model && !usable && <p className="controls-warning">At least one weight must be above zero.</p>}
    </>
  );
}

/** A stable text for a set of weights, whatever order its keys were set in. */
function key(weights: TermWeights): string {
  return TERM_KINDS.map((kind) => weights[kind] ?? '-').join('/');
}
