/**
 * A date cell as exports write it, read as `YYYY-MM-DD` (partnerships.csv's `since`). Accepted:
 *
 *   2023-04-01                       ISO
 *   2023-04 / 2023                   a month or a year alone: its first day (2023-04-01, 2023-01-01)
 *   2023-04-01T10:00:00Z             ISO with a time (and offset): the date as written, not moved to UTC
 *   2023-04-01 10:00                 HubSpot's exports
 *   4/1/2023, 4/1/2023 10:00 AM      month first, as HubSpot and Salesforce write US dates
 *   1.4.2023                         day first, with dots (German and most of Europe)
 *   Apr 1, 2023 / April 1, 2023 / 1 Apr 2023
 *
 * Anything else is refused, with what was written: two-digit years and `1/4/2023` written day first cannot
 * be told apart from other dates, so a slash always means month first.
 */
export type ParsedDate = { date: string } | { problem: string };

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;

const FORMATS: readonly { pattern: RegExp; parts: (match: RegExpMatchArray) => [string, string, string] }[] = [
  { pattern: new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`), parts: ([, y, m, d]) => [y!, m!, d!] },
  { pattern: /^(\d{4})-(\d{1,2})$/, parts: ([, y, m]) => [y!, m!, '1'] },
  { pattern: /^(\d{4})$/, parts: ([, y]) => [y!, '1', '1'] },
  { pattern: new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`), parts: ([, m, d, y]) => [y!, m!, d!] },
  { pattern: new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`), parts: ([, d, m, y]) => [y!, m!, d!] },
  { pattern: /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/, parts: ([, name, d, y]) => [y!, monthOf(name!), d!] },
  { pattern: /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/, parts: ([, d, name, y]) => [y!, monthOf(name!), d!] },
];

/** The month's number from its English name or abbreviation ('' when it is neither: refused below). */
function monthOf(name: string): string {
  const number = MONTH_NUMBERS.get(name.toLowerCase());
  return number === undefined ? '' : String(number);
}
const MONTH_NUMBERS = new Map(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((month, index) => [
    [month, index + 1] as const,
    [month.slice(0, 3), index + 1] as const,
    ...(month === 'september' ? [['sept', 9] as const] : []),
  ]),
);

export function parseDate(text: string): ParsedDate {
  const value = text.trim();
  for (const { pattern, parts } of FORMATS) {
    const match = value.match(pattern);
    if (!match) continue;
    const written = parts(match);
    if (written.includes('')) break; // a month name that is not one
    const [year, month, day] = written.map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2023-02-30 over to March: a date that does not come back as written does not exist.
    if (
      month >= 1 &&
      month <= 12 &&
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day
    ) {
      return {
        date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      };
    }
    return { problem: `"${value}" is not a date in the calendar` };
  }
  return {
    problem: `"${value}" is not a date PartnerGraph reads; write 2023-04-01, 2023-04, 2023, 4/1/2023 (month first), 1.4.2023 (day first) or Apr 1, 2023`,
  };
}
