import { slugify } from '../domain/slug.ts';
import { badInput } from '../errors.ts';

/** A segment or capability as the catalogue lists it. */
export interface CatalogueEntry {
  id: string;
  name: string;
}

/**
 * The catalogue entry a filter names: by id, by name, or by a name that slugs
 * to an id ("Email Campaigns" finds `email-campaigns`). An unknown one is a
 * BAD_USER_INPUT that names the closest entries, so a typo does not pass for
 * "no candidates".
 */
export function catalogueEntry(
  argument: string,
  kind: string,
  given: string,
  entries: CatalogueEntry[],
): CatalogueEntry {
  const slug = slugify(given);
  const found =
    entries.find((entry) => entry.id === given) ??
    entries.find((entry) => entry.id === slug || entry.name.toLowerCase() === given.trim().toLowerCase());
  if (found) return found;
  const closest = closestEntries(slug, entries);
  throw badInput(
    argument,
    `names no ${kind} ("${given}")${closest.length > 0 ? `; closest: ${closest.map((entry) => `${entry.name} (${entry.id})`).join(', ')}` : `; there are none in this market`}`,
  );
}

/** The entries whose ids are nearest `slug` by edit distance, ids containing it first; at most `most`. */
export function closestEntries(slug: string, entries: CatalogueEntry[], most = 3): CatalogueEntry[] {
  return entries
    .map((entry) => ({
      entry,
      distance: entry.id.includes(slug) || slug.includes(entry.id) ? -1 : editDistance(slug, entry.id),
    }))
    .sort((x, y) => x.distance - y.distance || (x.entry.id < y.entry.id ? -1 : 1))
    .slice(0, most)
    .map(({ entry }) => entry);
}

/** Levenshtein distance: the fewest single-character edits that turn a into b. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
