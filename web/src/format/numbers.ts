/**
 * How numbers read in the explorer: scores with two decimals, ratios as
 * percentages, counts with thousands separators. One place, so the map's
 * tooltip, the panel and the table never disagree on the same figure.
 */

const COUNT = new Intl.NumberFormat('en-US');
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** A score or term in [0, 1] as "0.42"; "—" when missing. */
export function formatScore(value: number | null | undefined): string {
  return isNumber(value) ? value.toFixed(2) : '—';
}

/**
 * A ratio as a percentage: "31%"; below 10% one decimal ("4.2%") so small
 * overlaps are not rounded to a misleading 0% or 4%; exact 0 stays "0%".
 */
export function formatPercent(ratio: number | null | undefined): string {
  if (!isNumber(ratio)) return '—';
  const percent = ratio * 100;
  if (percent === 0) return '0%';
  if (Math.abs(percent) < 10) return `${trimZero(percent.toFixed(1))}%`;
  return `${Math.round(percent)}%`;
}

/** A whole number with separators: 12,500. */
export function formatCount(value: number | null | undefined): string {
  return isNumber(value) ? COUNT.format(value) : '—';
}

/** "1 customer", "42 customers"; the plural defaults to singular + s. */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** An ISO date or timestamp as "12 Mar 2025"; the input itself when unparseable. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : DATE.format(time);
}

/** A timestamp as "12 Mar 2025, 09:05 UTC", for moments a day is too coarse for (a last visit); the input when unparseable. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : `${DATE.format(time)}, ${TIME.format(time)} UTC`;
}

/** "weights 40/30/30" style shares of a weight vector, each rounded, as percentages of the sum. */
export function weightShares(values: readonly number[]): string[] {
  const sum = values.reduce((total, value) => total + value, 0);
  return values.map((value) => (sum > 0 ? `${Math.round((value / sum) * 100)}%` : '—'));
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function trimZero(text: string): string {
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}
