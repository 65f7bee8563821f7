import { describe, expect, it } from 'vitest';
import type { FitTerm, FitTermKind, TermWeight } from '../../web/src/client/types.ts';
import {
  effectiveWeights,
  isMarketDefault,
  marketWeights,
  rankingBasis,
  termBars,
  weightReading,
  weightShares,
  wholePercentages,
} from '../../web/src/fit/terms.ts';

/** A market that learned overlap 0.4, peers 0.3, niche 0.2, complement 0.1, pull 0 (heaviest first, as the API lists them). */
const MARKET: TermWeight[] = [
  { kind: 'OVERLAP', label: 'Shared customers', weight: 0.4, percent: 40, yardstick: 0.2, defaultWeight: 0.3 },
  { kind: 'PEERS', label: 'Peer evidence', weight: 0.3, percent: 30, yardstick: 0.05, defaultWeight: 0.5 },
  { kind: 'NICHE', label: 'Shared niche', weight: 0.2, percent: 20, yardstick: 0.4, defaultWeight: 0.2 },
  {
    kind: 'COMPLEMENT',
    label: 'Complementary capabilities',
    weight: 0.1,
    percent: 10,
    yardstick: 0.3,
    defaultWeight: 0,
  },
  { kind: 'PULL', label: 'Ecosystem pull', weight: 0, percent: 0, yardstick: 0.5, defaultWeight: 0 },
];

const term = (kind: FitTermKind, weight: number, strength: number, label: string = kind): FitTerm => ({
  kind,
  label,
  value: strength / 2,
  strength,
  yardstick: 0.1,
  weight,
  contribution: weight * strength,
  sentence: `${kind} sentence`,
});

describe('term weights', () => {
  it('reads the market’s weights by term, whatever order the API lists them in', () => {
    expect(marketWeights(MARKET)).toEqual({ PEERS: 0.3, OVERLAP: 0.4, NICHE: 0.2, COMPLEMENT: 0.1, PULL: 0 });
    expect(marketWeights([])).toEqual({ PEERS: 0, OVERLAP: 0, NICHE: 0, COMPLEMENT: 0, PULL: 0 });
  });

  it('puts the strategist’s weights in place of the market’s and normalises like the API', () => {
    const market = marketWeights(MARKET);
    const effective = effectiveWeights(market, { PEERS: 0.9, PULL: 0.1 });
    expect(effective).toEqual({ PEERS: 0.9, OVERLAP: 0.4, NICHE: 0.2, COMPLEMENT: 0.1, PULL: 0.1 });
    // 0.9 + 0.4 + 0.2 + 0.1 + 0.1 = 1.7
    const shares = weightShares(effective);
    expect(shares.PEERS).toBeCloseTo(0.9 / 1.7, 10);
    expect(shares.OVERLAP).toBeCloseTo(0.4 / 1.7, 10);
    expect(Object.values(shares).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
    expect(weightShares({ PEERS: 0, OVERLAP: 0, NICHE: 0, COMPLEMENT: 0, PULL: 0 }).PEERS).toBe(0);
  });

  it('reads a slider as the weight set, with its whole percentage beside it', () => {
    // peer evidence dragged to the right end against the demo market's 0.41, 0.27, 0.02, 0:
    // 1 / (1 + 0.41 + 0.27 + 0.02 + 0) = 1 / 1.7 = 58.8%: 59%
    const effective = effectiveWeights(
      { PEERS: 0.3, OVERLAP: 0.41, NICHE: 0.27, COMPLEMENT: 0.02, PULL: 0 },
      { PEERS: 1 },
    );
    expect(weightReading(effective.PEERS, wholePercentages(effective).PEERS)).toEqual({ value: '1.00', share: '59%' });
    // a link's wPeers=0.5 reads 0.50, whatever share it comes to
    expect(weightReading(0.5, 42).value).toBe('0.50');
  });

  it('rounds the shares to whole percentages that add up to 100, as the API’s sentence does', () => {
    // 0.41 / 1.7 = 24.1, 0.27 / 1.7 = 15.9, 0.02 / 1.7 = 1.2: floors 58 + 24 + 15 + 1 = 98,
    // the two largest remainders (niche 0.88, peers 0.82) take one each
    const shares = wholePercentages({ PEERS: 1, OVERLAP: 0.41, NICHE: 0.27, COMPLEMENT: 0.02, PULL: 0 });
    expect(shares).toEqual({ PEERS: 59, OVERLAP: 24, NICHE: 16, COMPLEMENT: 1, PULL: 0 });
    expect(Object.values(shares).reduce((sum, p) => sum + p, 0)).toBe(100);
    // the market's own weights read what the API's `percent` says
    expect(wholePercentages(marketWeights(MARKET))).toEqual({
      PEERS: 30,
      OVERLAP: 40,
      NICHE: 20,
      COMPLEMENT: 10,
      PULL: 0,
    });
  });

  it('says when the ranking is the market’s own', () => {
    expect(isMarketDefault({})).toBe(true);
    expect(isMarketDefault({ NICHE: 0 })).toBe(false);
  });
});

describe('term bars', () => {
  it('gives one bar per term in the API’s order, each on the heaviest weight’s scale', () => {
    // Listed out of order on purpose: the bars come out PEERS, OVERLAP, NICHE, COMPLEMENT, PULL.
    const bars = termBars([
      term('NICHE', 0.2, 1),
      term('OVERLAP', 0.4, 0.5),
      term('PEERS', 0.3, 1),
      term('PULL', 0, 1),
      term('COMPLEMENT', 0.1, 0),
    ]);
    expect(bars.map((bar) => bar.kind)).toEqual(['PEERS', 'OVERLAP', 'NICHE', 'COMPLEMENT', 'PULL']);
    // heaviest weight 0.4: peers 0.3/0.4, overlap 0.2/0.4, niche 0.2/0.4, complement 0, pull 0
    expect(bars.map((bar) => Math.round(bar.length * 1000) / 1000)).toEqual([0.75, 0.5, 0.5, 0, 0]);
    expect(bars[0]).toMatchObject({ contribution: 0.3, sentence: 'PEERS sentence' });
  });

  it('draws empty bars rather than dividing by zero when every weight is 0', () => {
    expect(termBars([term('PEERS', 0, 1)]).map((bar) => bar.length)).toEqual([0]);
  });
});

describe('ranking basis', () => {
  it('shares the summed scores among the terms, largest first, and leaves out what adds nothing', () => {
    const fits = [
      { terms: [term('PEERS', 0.5, 0.8, 'Peer evidence'), term('OVERLAP', 0.3, 1, 'Shared customers')] },
      { terms: [term('PEERS', 0.5, 0.4, 'Peer evidence'), term('OVERLAP', 0.3, 0, 'Shared customers')] },
      { terms: [term('NICHE', 0.2, 0, 'Shared niche')] },
    ];
    // peers 0.4 + 0.2 = 0.6, overlap 0.3, niche 0: two thirds and one third of 0.9
    const basis = rankingBasis(fits);
    expect(basis.map((share) => share.kind)).toEqual(['PEERS', 'OVERLAP']);
    expect(basis[0]!.share).toBeCloseTo(2 / 3, 10);
    expect(basis[1]!.share).toBeCloseTo(1 / 3, 10);
    expect(basis[0]!.label).toBe('Peer evidence');
  });

  it('drops shared customers for a focal company without customers, so the page can say what is left', () => {
    // No customers: every overlap term is 0, the ranking rests on peers and niche alone.
    const fits = [0.8, 0.4].map((strength) => ({
      terms: [term('PEERS', 0.5, strength), term('OVERLAP', 0.3, 0), term('NICHE', 0.2, 1)],
    }));
    expect(rankingBasis(fits).map((share) => share.kind)).toEqual(['PEERS', 'NICHE']);
    expect(rankingBasis([{ terms: [term('OVERLAP', 1, 0)] }])).toEqual([]);
  });
});
