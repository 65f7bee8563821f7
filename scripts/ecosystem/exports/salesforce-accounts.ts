import type { PartnershipType, Stage } from '../model.ts';
import type { Random } from '../random.ts';
import { crmIndustry, place, salesforceDate, salesforceId, SALES_OWNERS } from './export-details.ts';
import { createExportFile } from './export-file.ts';
import { companyKey, type ExportMarket, type MarketOrganisation } from './export-market.ts';
import type { MentionRole, TruthRecorder } from './export-truth.ts';
import { nameRecord } from './record-naming.ts';

/** Salesforce's standard Accounts report, header as Salesforce writes it (test/fixtures/sources/salesforce-accounts.csv). */
export const SALESFORCE_HEADERS = [
  'Account Owner',
  'Account Name',
  'Type',
  'Website',
  'Industry',
  'Billing City',
  'Billing State/Province',
  'Billing Country',
  'Employees',
  'Annual Revenue',
  'Parent Account',
  'Account ID',
  'Last Activity',
  'Last Modified Date',
] as const;

/** Account types for each stage: the classic picklist and the newer one. */
const ACCOUNT_TYPES: Record<Stage, readonly string[]> = {
  customer: ['Customer - Direct', 'Customer - Direct', 'Customer - Channel', 'Customer'],
  opportunity: ['Pending'],
  prospect: ['Prospect', 'Prospect', ''],
};

/** A partner's account type: the picklist names two kinds of partner; the rest are just partners. */
function partnerType(type: PartnershipType): string {
  if (type === 'technology_integration') return 'Technology Partner';
  if (type === 'reseller') return 'Channel Partner / Reseller';
  return 'Partner';
}

/**
 * A second company's Salesforce accounts report: its accounts at their stages, and, as Salesforce
 * users keep them in the same object, its active partners (typed) and its declared rivals
 * ("Competitor"). Rows are in the report's sort, by account owner then at random.
 */
export function writeSalesforceAccounts(
  folder: string,
  file: string,
  market: ExportMarket,
  truth: TruthRecorder,
  random: Random,
): number {
  const owner = market.second;
  const companies = new Map(market.companies.map((company) => [company.key, company]));
  const rows: { organisation: MarketOrganisation; role: MentionRole; type: string; stage?: Stage }[] = [];
  for (const { customer, stage } of market.accounts.get(owner.key) ?? [])
    rows.push({ organisation: customer, role: 'account', type: random.pick(ACCOUNT_TYPES[stage]), stage });
  for (const partnership of market.partnerships) {
    const parties = partnership.parties.split(';');
    if (partnership.status !== 'active' || !parties.includes(owner.key.slice('company:'.length))) continue;
    for (const party of parties.map(companyKey).filter((key) => key !== owner.key))
      rows.push({ organisation: companies.get(party)!, role: 'partner', type: partnerType(partnership.type) });
  }
  const rivals = new Set<string>();
  for (const { company_id, competitor_id } of market.competitors) {
    if (companyKey(company_id) === owner.key) rivals.add(companyKey(competitor_id));
    if (companyKey(competitor_id) === owner.key) rivals.add(companyKey(company_id));
  }
  for (const rival of [...rivals].sort())
    rows.push({ organisation: companies.get(rival)!, role: 'competitor', type: 'Competitor' });

  const out = createExportFile(folder, file, SALESFORCE_HEADERS, { quoteAll: true });
  const byOwner = random
    .shuffled(rows)
    .map((row) => ({ row, accountOwner: random.pick(SALES_OWNERS) }))
    .sort((a, b) => a.accountOwner.localeCompare(b.accountOwner));
  byOwner.forEach(({ row, accountOwner }, index) => {
    const named = nameRecord(random, row.organisation, truth);
    const where = place(random, row.organisation.region);
    const line = out.row({
      'Account Owner': accountOwner,
      'Account Name': named.name,
      Type: row.type,
      Website: named.website,
      Industry: crmIndustry(row.organisation.industry),
      'Billing City': where.city,
      'Billing State/Province': where.state,
      'Billing Country': where.country,
      Employees: random.chance(0.5) ? random.int(2, 2_000).toLocaleString('en-US') : '',
      'Account ID': salesforceId(index * 7 + random.int(0, 6)),
      'Last Activity': random.chance(0.6) ? salesforceDate(random) : '',
      'Last Modified Date': salesforceDate(random),
    });
    truth.mention(file, line, row.role, row.organisation, named.naming);
    if (row.stage) truth.account(owner, row.organisation, row.stage);
  });
  return out.close();
}
