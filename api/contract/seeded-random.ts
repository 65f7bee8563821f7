/**
 * Seeded randomness the server, the explorer and the data generator share:
 * the backtest's random baseline (documented to the digit in
 * docs/analyses.md), the map's seeded layout (same link, same picture) and
 * the synthetic ecosystems all draw from these two. Pure, with no imports,
 * so the explorer may use it too (the lint rules let it import only
 * api/contract/).
 */

/** FNV-1a over UTF-16 code units: a 32-bit seed from a string. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG; numbers in [0, 1). Not for cryptography. */
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
