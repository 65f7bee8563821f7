/**
 * The kinds of file a strategist holds, besides PartnerGraph's own seven (native-files.ts), and the fields
 * each kind's columns can be mapped to. A field is ours; a column is the file's. The plan file
 * (import-plan.ts) maps one to the other, and map-row.ts reads rows through that mapping.
 */
export const SOURCE_ROLES = [
  'crm-accounts',
  'install-base',
  'partner-sheet',
  'company-directory',
  'crm-deals',
] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

/**
 * Each role's fields, in the order detection places them (a header goes to the first field that claims it).
 * `domain` and `website` are kept apart because exports often carry both (HubSpot's `Company Domain Name`
 * and `Website URL`): a row takes the domain, and the website when the domain cell is empty.
 */
export const ROLE_FIELDS = {
  'crm-accounts': ['sourceId', 'name', 'domain', 'website', 'stage', 'industry', 'region', 'employees'],
  'install-base': [
    'account',
    'accountDomain',
    'accountWebsite',
    'vendor',
    'product',
    'vendorDomain',
    'stage',
    'firstSeen',
    'lastSeen',
  ],
  'partner-sheet': ['partner', 'partnerDomain', 'partnerWebsite', 'type', 'status', 'since'],
  'company-directory': [
    'name',
    'domain',
    'website',
    'capabilities',
    'segments',
    'employees',
    'description',
    'competitors',
  ],
  /**
   * A CRM's deals or opportunities with a partner field: ledger entries of the file's owner (the
   * partnership ledger, api/pipeline/), not graph rows. `stage` gives the outcome (open, won, lost).
   */
  'crm-deals': [
    'sourceId',
    'name',
    'account',
    'accountDomain',
    'partner',
    'partnerDomain',
    'stage',
    'amount',
    'currency',
    'created',
    'closed',
    'direction',
  ],
} as const satisfies Record<SourceRole, readonly string[]>;

export type FieldOf<Role extends SourceRole> = (typeof ROLE_FIELDS)[Role][number];

/** What each role is, in a few words, for sentences ("fits two kinds of file: a partner sheet and …"). */
export const ROLE_NOUNS: Record<SourceRole, string> = {
  'crm-accounts': 'a CRM accounts export',
  'install-base': 'an install base',
  'partner-sheet': 'a partner sheet',
  'company-directory': 'a company directory',
  'crm-deals': 'a CRM deals export',
};

export function isSourceRole(value: string): value is SourceRole {
  return (SOURCE_ROLES as readonly string[]).includes(value);
}

export function isFieldOf(role: SourceRole, field: string): boolean {
  return (ROLE_FIELDS[role] as readonly string[]).includes(field);
}
