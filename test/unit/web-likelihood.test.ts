import { describe, expect, it } from 'vitest';
import { formatLikelihood, nothingStandsOut, tiedWithPrevious } from '../../web/src/fit/likelihood.ts';

describe('the likelihood in the explorer', () => {
  it('keeps a digit for small likelihoods, so a weak lot does not all read 0%', () => {
    expect(formatLikelihood(0.243)).toBe('24%');
    expect(formatLikelihood(0.0432)).toBe('4.3%');
    expect(formatLikelihood(0.0004)).toBe('<0.1%');
  });

  it('says nothing stands out only when every candidate shown is in the lowest band', () => {
    expect(nothingStandsOut([{ likelihoodBand: 'LITTLE' }, { likelihoodBand: 'LITTLE' }])).toBe(true);
    expect(nothingStandsOut([{ likelihoodBand: 'SOME' }, { likelihoodBand: 'LITTLE' }])).toBe(false);
    expect(nothingStandsOut([])).toBe(false);
  });

  it('names the row a tie follows, on the score the list was ranked by', () => {
    const fits = [
      { candidate: { name: 'A' }, score: 0.5 },
      { candidate: { name: 'B' }, score: 0.5 },
      { candidate: { name: 'C' }, score: 0.4 },
    ];
    expect(tiedWithPrevious(fits, (fit) => fit.score)).toEqual([null, 'A', null]);
  });
});
