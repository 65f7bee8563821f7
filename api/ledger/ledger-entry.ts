import type { LedgerKind, LedgerOutcome, ReferralDirection } from '../analysis/partner-impact.ts';
import { badInput } from '../errors.ts';
import { has, optionalDate, optionalNumber, optionalText } from './input-checks.ts';

/**
 * A ledger entry: a lead or deal one side of a partnership brought the other
 * (who brought whom), or one of the focal company's own deals without a
 * partner, with its outcome, value and dates. The checks every entry passes,
 * from the API or a CRM export, whichever way it comes. Pure.
 */
export interface LedgerEntryRecord {
  id: string;
  focalId: string;
  partnerId: string | null;
  direction: ReferralDirection | null;
  kind: LedgerKind;
  name: string | null;
  account: string | null;
  outcome: LedgerOutcome;
  value: number | null;
  currency: string | null;
  referredOn: string | null;
  closedOn: string | null;
  note: string | null;
  /** `api`, or `import:<file>` for an entry from a CRM export. */
  source: string;
  externalId: string | null;
  updatedAt: string;
  updatedBy: string;
}

/** The stored entry, with when it was first recorded. */
export type StoredLedgerEntry = LedgerEntryRecord & { createdAt: string };

export interface LedgerFields {
  direction?: ReferralDirection | null;
  kind?: LedgerKind | null;
  name?: string | null;
  account?: string | null;
  outcome?: LedgerOutcome | null;
  value?: number | null;
  currency?: string | null;
  referredOn?: string | null;
  closedOn?: string | null;
  note?: string | null;
}

const MAX_NAME = 300;
const MAX_NOTE = 2_000;
const MAX_VALUE = 1e13;

/**
 * `base` with `fields` written over it (a field left out stays, null clears),
 * each checked, and the whole checked for sense: a direction exactly when
 * there is a partner, a close date exactly when the entry is won or lost (today
 * when none is given), never before its referral, and no date after `today`
 * (with a day's slack for time zones). `at` prefixes the fields errors name.
 */
export function checkedEntry(
  base: LedgerEntryRecord,
  fields: LedgerFields,
  at: string,
  today: string,
  tomorrow: string,
): LedgerEntryRecord {
  const entry = { ...base };
  if (has(fields, 'direction')) entry.direction = fields.direction ?? null;
  if (has(fields, 'kind')) entry.kind = fields.kind ?? 'DEAL';
  if (has(fields, 'name')) entry.name = optionalText(`${at}.name`, fields.name, MAX_NAME);
  if (has(fields, 'account')) entry.account = optionalText(`${at}.account`, fields.account, MAX_NAME);
  if (has(fields, 'note')) entry.note = optionalText(`${at}.note`, fields.note, MAX_NOTE);
  if (has(fields, 'value')) entry.value = optionalNumber(`${at}.value`, fields.value, 0, MAX_VALUE);
  if (has(fields, 'currency')) entry.currency = currency(`${at}.currency`, fields.currency);
  if (has(fields, 'referredOn')) entry.referredOn = optionalDate(`${at}.referredOn`, fields.referredOn);
  if (has(fields, 'closedOn')) entry.closedOn = optionalDate(`${at}.closedOn`, fields.closedOn);
  if (has(fields, 'outcome')) {
    entry.outcome = fields.outcome ?? 'OPEN';
    // Reopened: its old close date no longer says anything.
    if (entry.outcome === 'OPEN' && !has(fields, 'closedOn')) entry.closedOn = null;
  }

  if (entry.partnerId !== null && entry.direction === null)
    throw badInput(
      `${at}.direction`,
      'is needed with a partner: FROM_PARTNER (the partner brought it) or TO_PARTNER (you brought it to the partner)',
    );
  if (entry.partnerId === null && entry.direction !== null)
    throw badInput(
      `${at}.direction`,
      'is only for an entry with a partner; an entry without one is your own deal, the baseline of the lift',
    );
  if (entry.outcome === 'OPEN' && entry.closedOn !== null)
    throw badInput(`${at}.closedOn`, 'is for a WON or LOST entry; this one is OPEN');
  if (entry.outcome !== 'OPEN' && entry.closedOn === null) entry.closedOn = today;
  if (entry.referredOn !== null && entry.referredOn > tomorrow)
    throw badInput(`${at}.referredOn`, `is ${entry.referredOn}, after today`);
  if (entry.closedOn !== null && entry.closedOn > tomorrow)
    throw badInput(`${at}.closedOn`, `is ${entry.closedOn}, after today`);
  if (entry.referredOn !== null && entry.closedOn !== null && entry.closedOn < entry.referredOn) {
    throw badInput(`${at}.closedOn`, `is ${entry.closedOn}, before the referral (${entry.referredOn})`);
  }
  return entry;
}

function currency(field: string, value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase() ?? '';
  if (code === '') return null;
  if (!/^[A-Z]{3}$/.test(code))
    throw badInput(field, `must be a three-letter ISO 4217 code such as EUR or USD, got "${value}"`);
  return code;
}
