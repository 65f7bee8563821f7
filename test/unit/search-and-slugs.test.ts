import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../api/domain/lucene-query.ts';
import { slugify } from '../../api/domain/slug.ts';

describe('slugify', () => {
  it('follows the slug definition', () => {
    expect(slugify('Point of Sale')).toBe('point-of-sale');
    expect(slugify('Zürich & Co')).toBe('zurich-co');
    expect(slugify('  --Crème brûlée!! ')).toBe('creme-brulee');
    expect(slugify('日本')).toBe('');
  });
});

describe('luceneQuery', () => {
  it('keeps words, folds accents, and makes each word a boosted term or a prefix', () => {
    expect(luceneQuery('Café  O’Neil')).toBe('(cafe^2 OR cafe*) (o^2 OR o*) (neil^2 OR neil*)');
    expect(luceneQuery("O'Brien")).toBe("(o'brien^2 OR o'brien*)");
  });

  it('leaves no operator a person could inject', () => {
    const query = luceneQuery('name:x* AND (y OR z)^9 ~ "q" \\ /r/ -w +v &&||!')!;
    // Every clause is (word^2 OR word*) with a word of letters, digits, apostrophes or escapes.
    const clauses = query.match(/\([^()]*\)/g)!;
    expect(clauses.join(' ')).toBe(query);
    for (const clause of clauses) expect(clause).toMatch(/^\(((?:\\?[\p{L}\p{N}'])+)\^2 OR \1\*\)$/u);
    expect(query).toContain('(\\and^2 OR \\and*)');
    expect(luceneQuery('*** ((( ')).toBeUndefined();
  });
});
