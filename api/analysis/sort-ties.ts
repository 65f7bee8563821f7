/**
 * Sorts `items` by `order` (cheap: numbers), then puts in `tieOrder` (costly:
 * names by collation) only the runs of equal items that the first `limit`
 * reach into. Rankings of thousands of companies are mostly ties among the
 * small ones; comparing all their names would cost more than the ranking.
 * Returns the same order a sort by `order || tieOrder` would give, for the
 * first `limit` items.
 */
export function sortWithTies<T>(
  items: T[],
  order: (x: T, y: T) => number,
  tieOrder: (x: T, y: T) => number,
  limit = Number.POSITIVE_INFINITY,
): T[] {
  items.sort(order);
  for (let start = 0; start < items.length && start < limit;) {
    let end = start + 1;
    while (end < items.length && order(items[start]!, items[end]!) === 0) end++;
    if (end - start > 1) {
      const run = items.slice(start, end).sort(tieOrder);
      for (let index = 0; index < run.length; index++) items[start + index] = run[index]!;
    }
    start = end;
  }
  return items;
}
