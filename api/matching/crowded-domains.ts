import { domainLabel } from './domain.ts';
import { UnionFind } from './union-find.ts';

/**
 * A domain no list knows to be shared can still be shared in one market's files: an agency's or
 * a reseller's domain typed in for each of its clients, a parent's domain for its brands, a
 * regional mail provider. Merging by such a domain would fold unrelated organisations into one, so
 * a domain "crowded" with unrelated names is treated as no domain, like a listed one.
 *
 * The rule: group the distinct normalised names carried by records with the domain, putting
 * together names that share a word (two or more characters, not a connector like "and") and
 * names related to the domain's own label (`acme` for acme.com): the label is one of the name's
 * words, the name closed up contains the label or the label contains it (3 characters or more),
 * or the name's initials are the label ("international business machines" for ibm.com). The
 * domain is crowded when CROWDED_NAME_GROUPS or more groups remain.
 *
 * So acme.com with "acme", "acme europe" and "acme software" is one group; ibm.com with "ibm",
 * "international business machines" and "big blue" is two; an agency's domain with "joes pizza",
 * "smith dental" and "harbour books" is three, and crowded. Three rather than two: one odd name
 * under a domain (a typo, a former name) is common and harmless, two unrelated strays are not.
 */
export const CROWDED_NAME_GROUPS = 3;

/** Words that link names without saying anything about which organisation they are. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'and',
  'of',
  'the',
  'for',
  'de',
  'la',
  'le',
  'du',
  'des',
  'et',
  'und',
  'y',
]);

/** The unrelated groups of names under one domain, each as its names sorted; crowded when there are CROWDED_NAME_GROUPS or more. */
export function nameGroups(domain: string, names: readonly string[]): string[][] {
  const label = domainLabel(domain)?.replace(/-/g, '') ?? '';
  const sorted = [...new Set(names)].filter((name) => name !== '').sort();
  const sets = new UnionFind(sorted.length);
  const union = (a: number, b: number) => sets.union(a, b);
  const firstWithWord = new Map<string, number>();
  let firstWithLabel: number | undefined;
  sorted.forEach((name, index) => {
    const words = name.split(' ').filter((word) => word.length >= 2 && !CONNECTORS.has(word));
    for (const word of words) {
      const earlier = firstWithWord.get(word);
      if (earlier === undefined) firstWithWord.set(word, index);
      else union(earlier, index);
    }
    if (label !== '' && relatedToLabel(label, words)) {
      if (firstWithLabel === undefined) firstWithLabel = index;
      else union(firstWithLabel, index);
    }
  });
  const groups = new Map<number, string[]>();
  sorted.forEach((name, index) => {
    const root = sets.find(index);
    const group = groups.get(root);
    if (group) group.push(name);
    else groups.set(root, [name]);
  });
  return [...groups.values()];
}

function relatedToLabel(label: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  if (words.includes(label)) return true;
  const closed = words.join('');
  if (closed === label) return true;
  if (closed.length >= 3 && label.includes(closed)) return true;
  if (label.length >= 3 && closed.includes(label)) return true;
  return words.length >= 2 && words.map((word) => word[0]).join('') === label;
}
