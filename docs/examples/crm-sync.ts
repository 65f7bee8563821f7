/**
 * An example of a tool writing to PartnerGraph through its GraphQL API: it
 * reads a HubSpot companies export (as HubSpot writes it) and sends its
 * accounts as the accounts of one company, in batches, with writeRecords.
 * Customers travel by name and domain, as the CRM holds them; PartnerGraph
 * matches them to the customers it has (by domain, then name) or makes them
 * new, and answers which id each got.
 *
 *   npx tsx docs/examples/crm-sync.ts <hubspot-export.csv> <company id> [--url http://127.0.0.1:4000] [--dry-run]
 *
 * With API keys set, give an editor key in PARTNERGRAPH_KEY. Depends only on
 * csv-parse and the platform's fetch.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';

/** A call takes at most 5,000 rows (MAX_WRITE_ROWS); smaller batches report progress sooner. */
const BATCH = 1_000;

/** HubSpot's lifecycle stages as the three stages PartnerGraph knows (docs/import.md, "Stage tables"). */
const STAGES: Record<string, 'CUSTOMER' | 'OPPORTUNITY' | 'PROSPECT' | undefined> = {
  customer: 'CUSTOMER',
  evangelist: 'CUSTOMER',
  opportunity: 'OPPORTUNITY',
  other: undefined, // neither a customer nor on the way to one: left out
};

const WRITE = `mutation Sync($input: RecordsInput!, $dryRun: Boolean) {
  writeRecords(input: $input, dryRun: $dryRun) {
    applied
    counts { newCustomers newAccounts changedAccounts }
    assigned { path id how }
  }
}`;

export interface SyncSummary {
  rows: number;
  sent: number;
  newCustomers: number;
  newAccounts: number;
  changedAccounts: number;
  matchedExisting: number;
}

/** Sends the export's accounts as `company`'s, a batch per call; throws with the API's message on a refused batch. */
export async function syncHubSpotExport(
  csv: string,
  company: string,
  options: { url: string; key?: string; dryRun?: boolean },
): Promise<SyncSummary> {
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const accounts = rows.flatMap((row) => {
    const stage = row['Lifecycle Stage']?.toLowerCase() ?? '';
    if (stage in STAGES && STAGES[stage] === undefined) return [];
    const name = row['Company name'] || undefined;
    const domain = row['Company Domain Name'] || row['Website URL'] || undefined;
    if (!name && !domain) return [];
    return [{ company, customer: { name, domain }, stage: STAGES[stage] ?? 'PROSPECT' }];
  });
  const summary: SyncSummary = {
    rows: rows.length,
    sent: 0,
    newCustomers: 0,
    newAccounts: 0,
    changedAccounts: 0,
    matchedExisting: 0,
  };
  for (let start = 0; start < accounts.length; start += BATCH) {
    const batch = accounts.slice(start, start + BATCH);
    const response = await fetch(`${options.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // Any custom header satisfies the API's CSRF check; a browser page elsewhere could not send it.
        'x-partnergraph-csrf': '1',
        ...(options.key && { authorization: `Bearer ${options.key}` }),
      },
      body: JSON.stringify({
        query: WRITE,
        variables: { input: { accounts: batch }, dryRun: options.dryRun ?? false },
      }),
    });
    const answer = (await response.json()) as {
      data?: {
        writeRecords: {
          counts: { newCustomers: number; newAccounts: number; changedAccounts: number };
          assigned: { how: string }[];
        };
      };
      errors?: { message: string }[];
    };
    if (answer.errors?.length) throw new Error(`Batch from row ${start + 1}: ${answer.errors[0]!.message}`);
    const result = answer.data!.writeRecords;
    summary.sent += batch.length;
    summary.newCustomers += result.counts.newCustomers;
    summary.newAccounts += result.counts.newAccounts;
    summary.changedAccounts += result.counts.changedAccounts;
    summary.matchedExisting += result.assigned.filter((assigned) => assigned.how === 'existing').length;
  }
  return summary;
}

// Run as a script (not when a test imports it).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:4000' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const [file, company] = positionals;
  if (!file || !company) {
    console.error('Usage: npx tsx docs/examples/crm-sync.ts <hubspot-export.csv> <company id> [--url …] [--dry-run]');
    process.exit(2);
  }
  const summary = await syncHubSpotExport(readFileSync(file, 'utf8'), company, {
    url: values.url!,
    key: process.env.PARTNERGRAPH_KEY,
    dryRun: values['dry-run'],
  });
  console.log(
    `${summary.sent} of ${summary.rows} rows sent${values['dry-run'] ? ' (dry run)' : ''}: ${summary.matchedExisting} matched customers PartnerGraph had, ` +
      `${summary.newCustomers} new customers, ${summary.newAccounts} new accounts, ${summary.changedAccounts} accounts at another stage.`,
  );
}
