import { PARTNERSHIP_TYPES } from '../domain/partnership-types.ts';
import { comparable } from './comparable.ts';

/**
 * The words people write in a partner sheet's type and status columns, and what they mean in the catalogue
 * (api/domain/partnership-types.ts) and in partnerships.csv. Compared through `comparable`, so `Co-marketing`,
 * `co marketing` and `co_marketing` are one word. Besides these, a type cell may hold a catalogue id or a
 * catalogue name (`technology_integration`, `Technology integration`, `OEM / white label`).
 */
export type PartnershipStatus = 'active' | 'proposed' | 'ended';

export const PARTNER_TYPE_WORDS: Readonly<Record<string, readonly string[]>> = {
  technology_integration: [
    'Technology Partner',
    'Technology',
    'Tech Partner',
    'Integration',
    'Integration Partner',
    'ISV',
    'Tech Alliance',
    'Technology Alliance',
  ],
  reseller: ['Reseller', 'VAR', 'Value Added Reseller', 'Distributor', 'Channel', 'Channel Partner'],
  referral: ['Referral', 'Referral Partner'],
  co_marketing: ['Co-marketing', 'Marketing', 'Marketing Partner'],
  co_selling: ['Co-sell', 'Co-selling', 'Co-sell Partner'],
  oem: ['OEM', 'White label', 'White-label Partner'],
  strategic_alliance: ['Strategic', 'Alliance', 'Strategic Alliance', 'Strategic Partner'],
  affiliate: ['Affiliate', 'Affiliate Partner'],
  consortium: ['Consortium', 'Joint Bid'],
};

/**
 * A status names where the partnership stands today. An empty cell (or no Status column) is `active`: a
 * partner sheet without statuses lists the partners one has.
 */
export const PARTNER_STATUS_WORDS: Readonly<Record<PartnershipStatus, readonly string[]>> = {
  active: ['', 'Active', 'Live', 'Signed', 'Current'],
  proposed: ['Proposed', 'Prospect', 'Pending', 'In Discussion', 'Negotiating', 'Planned'],
  ended: ['Ended', 'Inactive', 'Terminated', 'Churned', 'Former', 'Expired'],
};

function byComparable<Target extends string>(
  words: Readonly<Record<Target, readonly string[]>>,
): ReadonlyMap<string, Target> {
  const map = new Map<string, Target>();
  for (const [target, list] of Object.entries(words) as [Target, readonly string[]][])
    for (const word of list) map.set(comparable(word), target);
  return map;
}

const TYPES = new Map([
  ...PARTNERSHIP_TYPES.flatMap((type) => [
    [comparable(type.id), type.id] as const,
    [comparable(type.name), type.id] as const,
  ]),
  ...byComparable(PARTNER_TYPE_WORDS),
]);
const STATUSES = byComparable(PARTNER_STATUS_WORDS);

/** The catalogue id a type cell means, or undefined. */
export function partnershipTypeOf(value: string): string | undefined {
  return TYPES.get(comparable(value));
}

/** The status a status cell means, or undefined. */
export function partnershipStatusOf(value: string): PartnershipStatus | undefined {
  return STATUSES.get(comparable(value));
}

/** The words a type cell may hold, for a row problem's list ("accepted: Technology Partner, …"). */
export function acceptedTypeWords(): string[] {
  return Object.values(PARTNER_TYPE_WORDS).flat();
}

export function acceptedStatusWords(): string[] {
  return Object.values(PARTNER_STATUS_WORDS)
    .flat()
    .filter((word) => word !== '');
}
