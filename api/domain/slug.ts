/**
 * The id of a named thing (capability, segment, or a company without an id), as
 * the import format defines it (README.md): accents stripped, lower-cased, every run of characters
 * other than a–z and 0–9 replaced by one `-`, leading and trailing `-` removed.
 *
 *   slugify('Point of Sale') === 'point-of-sale'
 *   slugify('Zürich & Co')   === 'zurich-co'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // combining marks left behind by NFKD: the accents
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
