import { normaliseName } from '../matching/name.ts';

/**
 * The values of a list cell ("Checkout; Payments", or "Checkout, Payments" in a quoted cell). After CSV
 * parsing the quotes are gone, but an unquoted comma would have split the field, so a comma inside a cell was
 * quoted on purpose: a cell is split on `;` when it has one, else on `,`. Values are trimmed, empty ones
 * dropped, and a value repeated (in any case) kept once, as first written.
 *
 *   splitList('Checkout; Payments, EU') → ['Checkout', 'Payments, EU']
 *   splitList('Checkout, Payments')     → ['Checkout', 'Payments']
 *   splitList('Acme, Inc., Globex')     → ['Acme, Inc.', 'Globex']
 */
export function splitList(cell: string): string[] {
  const separator = cell.includes(';') ? ';' : ',';
  const seen = new Set<string>();
  const values: string[] = [];
  for (const part of rejoinLegalForms(cell.split(separator), separator)) {
    const value = part.trim();
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    values.push(value);
  }
  return values;
}

/** A piece that is a legal form alone ("Inc.", "LLC") belongs to the name before it: "Acme, Inc." is one company, not two. */
function rejoinLegalForms(parts: string[], separator: string): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const previous = joined.at(-1);
    const legalFormAlone = part.trim() !== '' && normaliseName(part) === '' && /\p{L}/u.test(part);
    if (previous !== undefined && legalFormAlone) joined[joined.length - 1] = `${previous}${separator}${part}`;
    else joined.push(part);
  }
  return joined;
}
