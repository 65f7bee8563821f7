/**
 * The generator's own notion of "these two names can be written the same": what every spelling that
 * spellings.ts produces keeps of a name. Two organisations of the market whose loose names are equal
 * are lookalikes: an export that names one of them without a domain could mean either, and the truth
 * says so.
 *
 * This is deliberately the generator's code, written from its own list of variations, not the
 * importer's normaliser (api/matching/name.ts): the truth must not be computed by the code it judges.
 * It only has to be coarse enough for the names this generator writes.
 */

/** Legal forms spellings.ts appends, and the `Co.` some market names end with, as loose words. */
const LEGAL_WORDS = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'gmbh',
  'sa',
  'plc',
  'corp',
  'corporation',
  'co',
]);

export function looseName(name: string): string {
  const words = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/&/g, ' and ')
    // Dots and apostrophes vanish ("S.A." is "sa", "Marta’s" is "martas"); every other mark separates words.
    .replace(/[.'’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && (LEGAL_WORDS.has(words[words.length - 1]!) || words[words.length - 1] === 'and'))
    words.pop();
  return words.join(' ');
}
