import { comparable } from './comparable.ts';

/**
 * How deals exports write who brought whom and how much a deal is worth, read
 * into the ledger's terms (api/ledger/ledger-entry.ts). docs/import.md lists
 * the words.
 */
export type DealDirection = 'FROM_PARTNER' | 'TO_PARTNER';

/**
 * A direction column's words. An empty cell on a deal with a partner is
 * FROM_PARTNER: a deal in the owner's CRM with a partner on it is, most often,
 * one the partner brought or helped win.
 */
const DIRECTION_WORDS: Record<DealDirection, readonly string[]> = {
  FROM_PARTNER: [
    'From partner',
    'Partner sourced',
    'Partner referral',
    'Referred by partner',
    'Sourced',
    'Inbound',
    'Received',
    'Partner influenced',
    'Influenced',
  ],
  TO_PARTNER: ['To partner', 'Referred to partner', 'We referred', 'Outbound', 'Sent', 'Given'],
};

const DIRECTIONS = new Map(
  (Object.entries(DIRECTION_WORDS) as [DealDirection, readonly string[]][]).flatMap(([direction, words]) =>
    words.map((word) => [comparable(word), direction] as const),
  ),
);

export function dealDirectionOf(text: string): DealDirection | undefined {
  return DIRECTIONS.get(comparable(text));
}

export function acceptedDirectionWords(): string[] {
  return Object.values(DIRECTION_WORDS).flat();
}

/** Currency signs an amount may carry, and the code each stands for; `$` is left out: a dozen currencies write it. */
const CURRENCY_SIGNS: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', CHF: 'CHF' };

export type ParsedAmount = { amount: number; currency?: string } | { problem: string };

/**
 * An amount as exports write it: `12500`, `12,500.00`, `$12,500`, `12.500,00 €`,
 * `EUR 1 234,56`, `1'234.50`. With both a comma and a dot, the last one is
 * the decimal mark; with one of them only, it is a thousands separator when
 * every group after it has three digits and the first does not start with 0
 * (`1,250,000`, `1.250`), else the decimal mark (`12,5`, `0.125`, `1234.567`). Negative amounts are refused: a deal is worth 0 or more.
 */
export function parseAmount(text: string): ParsedAmount {
  let value = text.trim();
  let currency: string | undefined;
  const code = /^([A-Z]{3})\s*|\s*([A-Z]{3})$/.exec(value);
  if (code) {
    currency = code[1] ?? code[2];
    value = value.replace(code[0], '');
  }
  for (const [sign, iso] of Object.entries(CURRENCY_SIGNS)) {
    if (value.includes(sign)) {
      currency ??= iso;
      value = value.replace(sign, '');
    }
  }
  value = value.replace(/\$/g, '').replace(/[\s'\u00a0\u202f]/g, '');
  if (value.startsWith('-') || /^\(.*\)$/.test(value))
    return { problem: `"${text.trim()}" is negative; a deal is worth 0 or more` };
  if (!/^\d[\d.,]*$/.test(value))
    return {
      problem: `"${text.trim()}" is not an amount PartnerGraph reads; write 12500, 12,500.00 or 12.500,00 (a currency code or € £ may come with it)`,
    };
  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normalised = value.split(thousands).join('').replace(decimal, '.');
  } else {
    const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '';
    const groups = mark === '' ? [] : value.split(mark).slice(1);
    const head = value.split(mark)[0]!;
    const thousands =
      groups.length > 0 &&
      groups.every((group) => group.length === 3) &&
      !head.startsWith('0') &&
      (mark === ',' || groups.length > 1 || head.length <= 3);
    normalised =
      mark === ''
        ? value
        : thousands
          ? value.split(mark).join('')
          : groups.length === 1
            ? value.replace(mark, '.')
            : '';
  }
  const amount = Number(normalised);
  if (normalised === '' || !Number.isFinite(amount))
    return { problem: `"${text.trim()}" is not an amount PartnerGraph reads; write 12500, 12,500.00 or 12.500,00` };
  return currency ? { amount, currency } : { amount };
}
