/**
 * Same link, same picture. fcose starts from random positions and samples
 * nodes at random (its spectral step, and cose-base's shuffles), all through
 * Math.random; run synchronously (no animation) under a PRNG seeded from what
 * is drawn, it lays the same graph out the same way on every machine and load.
 */

/** FNV-1a over UTF-16 code units: a 32-bit seed from a string (the map's structure). */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG; numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
