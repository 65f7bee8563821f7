/**
 * The values of a list cell ("Checkout; Payments", or "Checkout, Payments" in a quoted cell). After CSV
 * parsing the quotes are gone, but an unquoted comma would have split the field, so a comma inside a cell was
 * quoted on purpose: a cell is split on `;` when it has one, else on `,`. Values are trimmed, empty ones
 * dropped, and a value repeated (in any case) kept once, as first written.
 *
 *   splitList('Checkout; Payments, EU') → ['Checkout', 'Payments, EU']
 *   splitList('Checkout, Payments')     → ['Checkout', 'Payments']
 */
export function splitList(cell: string): string[] {
  const separator = cell.includes(';') ? ';' : ',';
  const seen = new Set<string>();
  const values: string[] = [];
  for (const part of cell.split(separator)) {
    const value = part.trim();
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    values.push(value);
  }
  return values;
}
