import type { Random } from './random.ts';

/** Options of {@link customerDegrees}. */
export interface DegreeOptions {
  /** Number of customers (M). */
  customers: number;
  /** Exact total of account links (L). */
  links: number;
  /** Most links one customer may have (at most the number of companies). */
  maxDegree: number;
  /** Pareto tail index: smaller means a heavier tail. Default 1.8. */
  tailIndex?: number;
}

/**
 * How many companies each customer works with: Pareto-distributed (most
 * shops use a handful of vendors, a few use hundreds), scaled so the degrees
 * add up to exactly `links`.
 */
export function customerDegrees(random: Random, options: DegreeOptions): Int32Array {
  const { customers, links, maxDegree } = options;
  if (links > customers * maxDegree) throw new Error(`${links} links cannot fit ${customers} customers × ${maxDegree}`);
  const tailIndex = options.tailIndex ?? 1.8;
  const raw = new Float64Array(customers);
  for (let index = 0; index < customers; index++) raw[index] = Math.pow(1 - random.next(), -1 / tailIndex);
  // Every customer has at least one link when there are enough links to go round.
  const minDegree = links >= customers ? 1 : 0;
  const degrees = new Int32Array(customers);
  const fill = (scale: number): number => {
    let sum = 0;
    for (let index = 0; index < customers; index++) {
      const degree = Math.min(maxDegree, Math.max(minDegree, Math.floor((raw[index] ?? 0) * scale)));
      degrees[index] = degree;
      sum += degree;
    }
    return sum;
  };
  fill(largestScaleNotAbove(fill, links));
  spreadRemainder(random, degrees, links, minDegree, maxDegree);
  return degrees;
}

/** Binary search for the scale whose rounded-down degrees come closest to `links` from below. */
function largestScaleNotAbove(fill: (scale: number) => number, links: number): number {
  let low = 0;
  let high = 1;
  while (fill(high) < links && high < 1e12) high *= 2;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (fill(middle) <= links) low = middle;
    else high = middle;
  }
  return low;
}

/** Adds the last few links one by one to customers picked at random, respecting the bounds. */
function spreadRemainder(
  random: Random,
  degrees: Int32Array,
  links: number,
  minDegree: number,
  maxDegree: number,
): void {
  let missing = links - degrees.reduce((sum, degree) => sum + degree, 0);
  while (missing !== 0) {
    const index = random.int(0, degrees.length - 1);
    const degree = degrees[index] ?? 0;
    if (missing > 0 && degree < maxDegree) {
      degrees[index] = degree + 1;
      missing--;
    } else if (missing < 0 && degree > minDegree) {
      degrees[index] = degree - 1;
      missing++;
    }
  }
}
