/**
 * Seeded randomness for the ecosystem generator. Everything random in the
 * generator goes through here so the same arguments always produce the same
 * bytes (Math.random is never used).
 */
import { hashSeed, seededRandom } from '../../api/contract/seeded-random.ts';

/** A source of uniform numbers in [0, 1) plus the helpers the generator needs. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[];
}

/**
 * A random stream for one purpose. Each part of the generator takes its own
 * stream (`createRandom(seed, 'customers')`), so adding draws in one part does
 * not reshuffle every other part of the output.
 */
export function createRandom(seed: number, label = ''): Random {
  const next = seededRandom(Math.imul(seed >>> 0, 0x9e3779b1) ^ hashSeed(label));
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items, weights) => items[weightedIndex(next(), weights)] as (typeof items)[number],
    shuffled: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
  };
  return random;
}

function weightedIndex(uniform: number, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0)) throw new Error('weighted pick needs a positive total weight');
  let remaining = uniform * total;
  for (let i = 0; i < weights.length; i++) {
    remaining -= weights[i] ?? 0;
    if (remaining < 0) return i;
  }
  return weights.length - 1;
}
