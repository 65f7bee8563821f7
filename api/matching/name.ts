/**
 * An organisation's name reduced to what identifies it, so that the spellings of one organisation
 * across exports compare equal: "Acme, Inc." = "ACME Inc" = "Acme Incorporated" = "acme".
 *
 * Steps, in order:
 * 1. lower-case; letters NFKD cannot take apart spelled out (ß → ss, æ → ae, ø → o, œ → oe, ł → l,
 *    đ → d, þ → th, ı → i); NFKD and combining marks removed ("Société" → "societe");
 * 2. `&` and `+` → "and"; apostrophes removed ("Jerry's" → "jerrys"); dotted or slashed
 *    single-letter abbreviations closed up ("S.A." → "sa", "L.L.C." → "llc", "A/S" → "as");
 * 3. every other run of characters that are neither letters nor digits → one space;
 * 4. a leading "the" dropped (when a word follows);
 * 5. legal-form suffixes dropped from the end, repeatedly, with an "and" left dangling by them
 *    ("GmbH & Co. KG", "Pty Ltd", "& Co."). "co" and "company" only after another word:
 *    "Company" alone is a name.
 *
 * Deliberately kept: "holdings", "group", "international" and the like. "Acme Holdings" is often a
 * different legal entity from "Acme", and a name merge is only ever made for records without a
 * domain, where nothing else can tell them apart: a wrong merge silently inflates an overlap,
 * a missed one shows as two customers and is fixed with an override.
 *
 * Returns '' when nothing is left ("Inc."): such a record has no usable name.
 */
export function normaliseName(raw: string): string {
  let text = raw.toLowerCase();
  // Most names are ASCII: they skip the Unicode work and take regexes without \p{…}, several times
  // faster (a million-row file reads each name twice). Both paths give the same result on ASCII.
  const ascii = ASCII.test(text);
  if (!ascii) {
    for (const [letter, spelled] of SPELLED_OUT) text = text.replaceAll(letter, spelled);
    text = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  }
  const patterns = ascii ? ASCII_PATTERNS : UNICODE_PATTERNS;
  text = text.replace(/[&+]/g, ' and ').replace(patterns.apostrophes, '');
  if (text.includes('.') || text.includes('/'))
    text = text.replace(patterns.abbreviation, (abbreviation) => abbreviation.replace(/[./]/g, ''));
  text = text.replace(patterns.separators, ' ').trim();
  if (text === '') return '';
  const words = text.split(' ');
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 0) {
    const last = words[words.length - 1]!;
    const suffix = LEGAL_SUFFIXES.has(last) || (AFTER_ANOTHER_WORD.has(last) && words.length > 1);
    if (!suffix) break;
    words.pop();
    if (words.length > 1 && words[words.length - 1] === 'and') words.pop();
  }
  return words.join(' ');
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Apostrophes (removed: "jerry's" → "jerrys"); single-letter abbreviations with dots or slashes
 * ("s.a.", "l.l.c", "a/s", closed up, but not "acme.com"); separators (every run of characters
 * that are neither letters nor digits).
 */
const UNICODE_PATTERNS = {
  apostrophes: /['’‘ʼ`]/g,
  abbreviation: /(?<![\p{L}\p{N}])\p{L}(?:[./]\p{L})+\.?(?![\p{L}\p{N}])/gu,
  separators: /[^\p{L}\p{N}]+/gu,
};
/** The same on lower-case ASCII, where a letter is a–z and a digit 0–9. */
const ASCII_PATTERNS = {
  apostrophes: /['`]/g,
  abbreviation: /(?<![a-z0-9])[a-z](?:[./][a-z])+\.?(?![a-z0-9])/g,
  separators: /[^a-z0-9]+/g,
};

/** Letters that NFKD leaves whole but people type both ways. */
const SPELLED_OUT: readonly (readonly [string, string])[] = [
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['ø', 'o'],
  ['œ', 'oe'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['þ', 'th'],
  ['ı', 'i'],
];

/**
 * Legal forms, as words after step 3 ("S.A." is already "sa", "A/S" "as"). Multi-word forms fall
 * off one word at a time: "pty ltd", "gmbh and co kg", "sdn bhd", "pvt ltd".
 */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc',
  'incorporated',
  'llc',
  'pllc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'ltda',
  'gmbh',
  'ag',
  'kg',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'sl',
  'bv',
  'nv',
  'plc',
  'corp',
  'corporation',
  'pty',
  'pvt',
  'pte',
  'sdn',
  'bhd',
  'oy',
  'oyj',
  'ab',
  'as',
  'kk',
  'sro',
]);

/** Suffixes that are a whole name on their own ("Company"). */
const AFTER_ANOTHER_WORD: ReadonlySet<string> = new Set(['co', 'company']);
