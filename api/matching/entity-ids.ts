import { hashSeed } from '../contract/seeded-random.ts';
import { slugify } from '../domain/slug.ts';

/**
 * Ids for matched entities. An anchored entity keeps its anchor's id (it is a row already). Any
 * other takes the project's slug of its domain (`acme.com` → `acme-com`) or, without a domain, of
 * its normalised name, so re-importing the same files gives the same ids and a reader can guess
 * the id from the data.
 *
 * Collisions (two entities with the same slug, or a slug equal to an anchor's id) get `-2`, `-3`…:
 * first every slug goes, bare, to the first entity of its group in sorted order (so "Acme 2"'s own
 * `acme-2` is never taken by a suffixed `acme`), then the rest, in sorted order, take the smallest
 * free suffix. Input order never matters.
 */
export interface IdRequest {
  /** The anchor's id, kept as it is. */
  anchor?: string;
  /** The text to slug: the primary domain, else the primary normalised name. */
  text: string;
  /** Sorts the entities that share a slug: the first keeps it bare. */
  order: string;
}

/** Ids are at most 200 characters (api/import/file-specs.ts); a long slug is cut to leave room for a suffix. */
const MAX_SLUG_LENGTH = 180;

function slugFor(text: string): string {
  const slug = slugify(text).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  // A name in a script slugify drops entirely (日本): a stable id from a hash of the text.
  return slug !== '' ? slug : `org-${hashSeed(text).toString(16).padStart(8, '0')}`;
}

export function assignIds(requests: readonly IdRequest[]): string[] {
  const ids: (string | undefined)[] = requests.map((request) => request.anchor);
  const taken = new Set(requests.flatMap((request) => (request.anchor === undefined ? [] : [request.anchor])));
  const bases = requests.map((request) => (request.anchor === undefined ? slugFor(request.text) : ''));
  const pending = requests
    .map((request, index) => ({ index, base: bases[index]!, order: request.order }))
    .filter(({ index }) => ids[index] === undefined)
    .sort((a, b) => compare(a.base, b.base) || compare(a.order, b.order) || a.index - b.index);
  const suffixed: typeof pending = [];
  for (const entry of pending) {
    if (taken.has(entry.base)) suffixed.push(entry);
    else {
      taken.add(entry.base);
      ids[entry.index] = entry.base;
    }
  }
  for (const entry of suffixed) {
    let suffix = 2;
    while (taken.has(`${entry.base}-${suffix}`)) suffix++;
    const id = `${entry.base}-${suffix}`;
    taken.add(id);
    ids[entry.index] = id;
  }
  return ids as string[];
}

/** Code-unit order, the one `Array.prototype.sort` uses on strings, as a comparator. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
