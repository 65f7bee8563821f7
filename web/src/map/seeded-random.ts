/**
 * Same link, same picture. fcose starts from random positions and samples
 * nodes at random (its spectral step, and cose-base's shuffles), all through
 * Math.random; run synchronously (no animation) under a PRNG seeded from what
 * is drawn, it lays the same graph out the same way on every machine and load.
 */
import { hashSeed, seededRandom } from '../../../api/contract/seeded-random.ts';

/**
 * Runs `work` with Math.random replaced by a PRNG seeded from `seed`, and puts
 * the real one back even when `work` throws. Only for synchronous work: an
 * await inside would hand the seeded generator to whatever runs meanwhile.
 */
export function withSeededRandom<T>(seed: string, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(hashSeed(seed));
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
