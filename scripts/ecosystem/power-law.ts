import type { Random } from './random.ts';

/**
 * Draws ranks 0..size-1 with probability proportional to 1 / (rank + offset)^exponent
 * (Zipf–Mandelbrot). Real ecosystems look like this: a few hubs, a long tail.
 * The offset flattens the very top so rank 0 is big but not absurd.
 */
export interface PowerLawSampler {
  /** A rank in [0, size). */
  draw(random: Random): number;
  /** The probability of a rank (for tests and tuning). */
  probability(rank: number): number;
}

export function createPowerLawSampler(size: number, exponent: number, offset = 1): PowerLawSampler {
  if (size < 1) throw new Error('a power-law sampler needs at least one rank');
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + offset, exponent);
    cumulative[rank] = total;
  }
  return {
    draw: (random) => firstAtLeast(cumulative, random.next() * total),
    probability: (rank) => 1 / Math.pow(rank + offset, exponent) / total,
  };
}

/** Binary search: the first index whose cumulative weight reaches `target`. */
function firstAtLeast(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
