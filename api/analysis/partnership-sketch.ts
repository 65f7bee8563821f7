import { createHash } from 'node:crypto';

/**
 * A short fingerprint of a set of partnerships, to tell whether two imports
 * are of the same market: the SKETCH_SIZE smallest SHA-1 hashes of their
 * keys, a bottom-k sketch. Two sketches estimate the share of partnerships
 * the two sets have in common (their Jaccard index) within a few points at
 * any size, without storing every id with the market's model.
 */
export const SKETCH_SIZE = 128;

/**
 * The fingerprint of a market's known active partnerships, each keyed by its
 * id and its parties: two markets that number their partnerships p1, p2, …
 * alike are not one.
 */
export function marketSketch(
  partnerships: readonly { id: string; status: string; parties: readonly string[] }[],
  hidden: ReadonlySet<string>,
): string[] {
  return sketchOf(
    partnerships
      .filter((p) => p.status === 'active' && !hidden.has(p.id))
      .map((p) => `${p.id}|${[...p.parties].sort().join(';')}`),
  );
}

export function sketchOf(ids: Iterable<string>): string[] {
  const hashes = [...ids].map((id) => createHash('sha1').update(id).digest('hex').slice(0, 16));
  return [...new Set(hashes)].sort().slice(0, SKETCH_SIZE);
}

/**
 * The estimated share of partnerships two sets have in common (their union's
 * SKETCH_SIZE smallest hashes, and how many of those are in both sketches).
 * {a, b} against {b, c}: the union's three hashes, one in both: 1/3.
 */
export function sharedShare(a: readonly string[], b: readonly string[]): number {
  const inA = new Set(a);
  const inB = new Set(b);
  const union = [...new Set([...a, ...b])].sort().slice(0, SKETCH_SIZE);
  if (union.length === 0) return 1;
  return union.filter((hash) => inA.has(hash) && inB.has(hash)).length / union.length;
}
