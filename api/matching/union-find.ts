/**
 * Disjoint sets over 0…n-1 with path halving. The root of a set is always its smallest member, so
 * which element represents a set depends only on the elements, not on the order of the unions:
 * the matcher numbers its nodes in sorted order and needs the same roots whatever order the
 * records came in.
 */
export class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }

  /** Grows the universe to `size` elements, each new one a set of its own. */
  grow(size: number): void {
    for (let index = this.parent.length; index < size; index++) this.parent.push(index);
  }

  find(element: number): number {
    const parent = this.parent;
    while (parent[element] !== element) {
      parent[element] = parent[parent[element]!]!;
      element = parent[element]!;
    }
    return element;
  }

  /** Joins the two sets; returns the root of the union (the smaller of the two roots). */
  union(a: number, b: number): number {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return rootA;
    const [low, high] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    this.parent[high] = low;
    return low;
  }

  /** Every element's root, as of now: a snapshot to compare stages with. */
  roots(): number[] {
    return this.parent.map((_, index) => this.find(index));
  }
}
