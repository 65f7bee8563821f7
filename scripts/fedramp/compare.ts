/**
 * Code-point order for strings: stable across locales and machines (unlike `localeCompare`),
 * which keeps the converted files byte-for-byte reproducible.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts rows by the given columns, in order, with `compareText`; returns a new array. */
export function sortRows<Row>(rows: readonly Row[], columns: readonly (keyof Row)[]): Row[] {
  return [...rows].sort((a, b) => {
    for (const column of columns) {
      const order = compareText(String(a[column]), String(b[column]));
      if (order !== 0) return order;
    }
    return 0;
  });
}

/**
 * The value that occurs most often, ties broken by code-point order so the answer never
 * depends on input order; undefined for an empty list.
 */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ranked = [...counts].sort(
    ([a, countA], [b, countB]) => countB - countA || compareText(a, b),
  );
  return ranked[0]?.[0];
}
