/**
 * The plan's names in a strategist's words: roles, confidence, our fields
 * and what a stage value becomes. The plan file keeps its own names
 * (`crm-accounts`, `accountDomain`); only the screen says them otherwise.
 */

const ROLE_WORDS: Record<string, string> = {
  'crm-accounts': 'Your CRM’s accounts',
  'install-base': 'Who uses which vendor (install base)',
  'partner-sheet': 'Your partners (partner sheet)',
  'company-directory': 'Companies and what they do (directory)',
  ignore: 'Leave this file out',
};

export function roleWords(role: string): string {
  return ROLE_WORDS[role] ?? (role.endsWith('.csv') ? `PartnerGraph’s own ${role}` : role);
}

/** A file of the report with its owner: "Brightcart’s CRM accounts", "Brightcart’s partners". */
export function fileWords(role: string, owner: string | undefined): string {
  if (owner && role === 'crm-accounts') return `${owner}’s CRM accounts`;
  if (owner && role === 'partner-sheet') return `${owner}’s partners`;
  return roleWords(role);
}

/** What the owner is called for a role: whose accounts a CRM export lists, whose partners a sheet does. */
export function ownerQuestion(role: string): string {
  return role === 'partner-sheet' ? 'Whose partners are these?' : 'Whose accounts are these?';
}

const CONFIDENCE_WORDS: Record<string, string> = { certain: 'Sure', likely: 'Likely', 'set by you': 'Set by you' };

export function confidenceWords(confidence: string | undefined): string {
  return confidence ? (CONFIDENCE_WORDS[confidence] ?? confidence) : 'Not recognised';
}

const FIELD_WORDS: Record<string, string> = {
  sourceId: 'Record id',
  name: 'Company name',
  domain: 'Domain',
  website: 'Website',
  stage: 'Stage',
  industry: 'Industry',
  region: 'Region',
  employees: 'Employees',
  account: 'Account (customer) name',
  accountDomain: 'Account domain',
  accountWebsite: 'Account website',
  vendor: 'Vendor',
  product: 'Product',
  vendorDomain: 'Vendor domain',
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
  partner: 'Partner name',
  partnerDomain: 'Partner domain',
  partnerWebsite: 'Partner website',
  type: 'Partnership type',
  status: 'Status',
  since: 'Since',
  capabilities: 'Capabilities',
  segments: 'Segments',
  description: 'Description',
  competitors: 'Competitors',
};

export function fieldWords(field: string): string {
  return FIELD_WORDS[field] ?? field;
}

/** A stage value's target in words: `partner:reseller` → "partner (reseller)". */
export function stageWords(target: string): string {
  if (target === 'skip') return 'leave the row out';
  if (target.startsWith('partner:')) return `partner (${target.slice('partner:'.length).replace(/_/g, ' ')})`;
  return target;
}

/** A file's size as people read it: "840 KB", "12.4 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
