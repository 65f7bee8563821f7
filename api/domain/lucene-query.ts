/**
 * Turns what a person typed into a Lucene query for the `company_search`
 * full-text index. The words are pulled out of the text the way the index's
 * tokenizer splits names (letters and digits, apostrophes inside a word as in
 * O'Brien) and every Lucene operator is escaped, so input like `a AND b`,
 * `name:x*` or `")(` is only ever searched for, never interpreted. A word
 * matches whole (boosted) or as a prefix, so the search works as a type-ahead;
 * companies matching more of the words rank first.
 * Returns undefined when the text has no word to look for.
 */
export function luceneQuery(text: string): string | undefined {
  const words = foldAccents(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean)
    .slice(0, 10);
  if (words.length === 0) return undefined;
  return words.map((word) => `(${escapeLucene(word)}^2 OR ${escapeLucene(word)}*)`).join(' ');
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

function escapeLucene(word: string): string {
  // Words are letters and digits only, but lower-case and/or/not are still
  // operators to some parsers: quoting them keeps them plain terms.
  const escaped = word.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
  return /^(and|or|not)$/.test(escaped) ? `\\${escaped}` : escaped;
}

function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}
