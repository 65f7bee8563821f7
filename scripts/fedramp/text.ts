/**
 * Plain-text helpers for the marketplace's free-text descriptions, which are Markdown with
 * `\r` line breaks, bold markers and links.
 */

/** Markdown → one line of plain text: links keep their label, emphasis and headings go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [label](url) → label
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*(?:#+|[*+-]|\d+\.)\s+/gm, '') // headings, bullets, numbered items
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Abbreviations whose dot does not end a sentence ("Acme Inc. offers", "e.g. email").
 * Initials ("U.S. Government", "M.C. Dean") are recognised by shape instead.
 */
const abbreviations = new Set(['inc', 'e.g', 'i.e', 'etc', 'corp', 'ltd', 'co', 'vs', 'no', 'dr', 'st']);

/**
 * The first sentence of a Markdown description: up to the first `.`, `!` or `?` followed by
 * a space (or a line break), skipping the dots of common abbreviations.
 */
export function firstSentence(markdown: string): string {
  const firstParagraph = markdown.trim().split(/\r?\n|\r/)[0] ?? '';
  const text = plainText(firstParagraph);
  const sentenceEnd = /[.!?](?=\s|$)/g;
  for (let match = sentenceEnd.exec(text); match; match = sentenceEnd.exec(text)) {
    const word = text.slice(0, match.index).split(' ').pop() ?? '';
    if (!isAbbreviation(word)) return text.slice(0, match.index + 1);
  }
  return text;
}

function isAbbreviation(word: string): boolean {
  return /^(?:[A-Z]\.)*[A-Z]$/.test(word) || abbreviations.has(word.toLowerCase());
}

/** Cuts text to at most `maxLength` characters at a word boundary, marking the cut with `…`. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const atWord = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s,;:.-]+$/, '')}…`;
}
