import type { Stage } from '../model.ts';
import type { Random } from '../random.ts';
import { crmIndustry, hubspotDateTime, place, SALES_OWNERS } from './export-details.ts';
import { createExportFile } from './export-file.ts';
import type { ExportMarket } from './export-market.ts';
import type { TruthRecorder } from './export-truth.ts';
import { nameRecord } from './record-naming.ts';

/** HubSpot's companies export, header as HubSpot writes it (test/fixtures/sources/hubspot-companies.csv). */
const HUBSPOT_HEADERS = [
  'Record ID',
  'Company name',
  'Company Domain Name',
  'Website URL',
  'Lifecycle Stage',
  'Industry',
  'Country/Region',
  'Number of Employees',
  'Company owner',
  'Create Date',
  'Phone Number',
  'City',
  'State/Region',
  'Annual Revenue',
  'Last Activity Date',
] as const;

/** Lifecycle stages HubSpot users set, for each stage of the market (their labels, as the export writes them). */
const LIFECYCLE_STAGES: Record<Stage, readonly string[]> = {
  customer: ['Customer', 'Customer', 'Customer', 'Evangelist'],
  opportunity: ['Opportunity'],
  prospect: ['', 'Subscriber', 'Lead', 'Lead', 'Marketing Qualified Lead', 'Sales Qualified Lead'],
};

/**
 * The "you" company's HubSpot companies export: every account it has, at its stage, in the order
 * HubSpot lists records (by creation, which is no order of the market's). The domain sits in
 * "Company Domain Name" or in "Website URL", each written one of the ways people type it.
 */
export function writeHubspotCompanies(
  folder: string,
  file: string,
  market: ExportMarket,
  truth: TruthRecorder,
  random: Random,
): number {
  const out = createExportFile(folder, file, HUBSPOT_HEADERS, { quoteAll: true });
  let recordId = 5_839_201_741 + random.int(0, 9_999);
  for (const { customer, stage } of random.shuffled(market.accounts.get(market.you.key) ?? [])) {
    const named = nameRecord(random, customer, truth);
    const where = place(random, customer.region);
    const inDomainColumn = named.naming === 'domain' && random.chance(0.5);
    const line = out.row({
      'Record ID': String(recordId),
      'Company name': named.name,
      'Company Domain Name': inDomainColumn ? named.website : '',
      'Website URL': inDomainColumn ? '' : named.website,
      'Lifecycle Stage': random.pick(LIFECYCLE_STAGES[stage]),
      Industry: crmIndustry(customer.industry),
      'Country/Region': where.country,
      'Number of Employees': random.chance(0.6) ? String(random.int(2, 400)) : '',
      'Company owner': random.pick(SALES_OWNERS),
      'Create Date': hubspotDateTime(random),
      City: where.city,
      'State/Region': where.state,
      'Last Activity Date': random.chance(0.5) ? hubspotDateTime(random) : '',
    });
    recordId += random.int(1, 40);
    truth.mention(file, line, 'account', customer, named.naming);
    truth.account(market.you, customer, stage);
  }
  return out.close();
}
