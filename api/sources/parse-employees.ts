/**
 * An employee count as exports and directories write it, read as a whole number:
 *
 *   1200, 1,200, 1 200, 1.200      a number, with or without thousands separators
 *   1.2k, 3K, 1.5m                 thousands and millions
 *   51-200, 1,001–5,000            a range (HubSpot's and LinkedIn's size bands): its midpoint, rounded
 *   10000+, 10,001+                an open band: its bound, the only figure it gives
 *   "51-200 employees"             the same, with the word
 *
 * A range takes its midpoint rather than its lower bound: the count is used to compare two companies'
 * sizes (big fish, small fish: a factor of 3), and the lower bounds of LinkedIn's bands (1, 11, 51, 201)
 * would make a 1–10 company eleven times smaller than an 11–50 one, where the midpoints (6, 31) say 5.
 * Anything else is refused with what was written.
 */
export type ParsedEmployees = { employees: number } | { problem: string };

/** A number: plain digits, digits grouped by threes (one separator throughout), or a decimal before k/m. */
function numberOf(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const grouped = value.match(/^\d{1,3}(?:([,. \u00a0\u202f'])\d{3})(?:\1\d{3})*$/);
  if (grouped) return Number(value.replace(/[^\d]/g, ''));
  const scaled = value.match(/^(\d+(?:\.\d+)?)\s*([kKmM])$/);
  if (scaled) return Math.round(Number(scaled[1]) * (scaled[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000));
  if (/^\d+\.0+$/.test(value)) return Number(value); // 1200.0, as spreadsheets write a whole number
  return undefined;
}

export function parseEmployees(text: string): ParsedEmployees {
  const value = text.trim().replace(/\s*employees?$/i, '');
  const open = value.match(/^(.+?)\s*\+$/);
  if (open) {
    const bound = numberOf(open[1]!);
    if (bound !== undefined) return { employees: bound };
  }
  const range = value.match(/^(.+?)\s*[-–—]\s*(.+)$/);
  if (range) {
    const [low, high] = [numberOf(range[1]!), numberOf(range[2]!)];
    if (low !== undefined && high !== undefined && low <= high) return { employees: Math.round((low + high) / 2) };
  }
  const count = numberOf(value);
  if (count !== undefined) return { employees: count };
  return { problem: `"${text.trim()}" is not a number of employees; write 1200, 1,200, 1.2k, 51-200 or 10000+` };
}
