/**
 * Code-point order for strings: stable across locales and machines (unlike `localeCompare`),
 * which keeps the converted files byte-for-byte reproducible.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The value that occurs most often, ties broken by code-point order so the answer never
 * depends on input order; undefined for an empty list.
 */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ranked = [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b));
  return ranked[0]?.[0];
}
