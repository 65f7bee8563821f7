import { describe, expect, it } from 'vitest';
import { sortWithTies } from '../../api/analysis/sort-ties.ts';

describe('sorting with ties broken lazily', () => {
  const items = [
    { score: 1, name: 'd' },
    { score: 3, name: 'b' },
    { score: 3, name: 'a' },
    { score: 1, name: 'c' },
    { score: 2, name: 'e' },
  ];
  const byScore = (x: { score: number }, y: { score: number }) => y.score - x.score;
  const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name);

  it('orders as score-then-name would, within the limit', () => {
    expect(sortWithTies([...items], byScore, byName).map((item) => item.name)).toEqual(['a', 'b', 'e', 'c', 'd']);
    // With a limit of 2, only the run the first two reach (score 3) is put in name order.
    expect(
      sortWithTies([...items], byScore, byName, 2)
        .slice(0, 2)
        .map((item) => item.name),
    ).toEqual(['a', 'b']);
  });
});
