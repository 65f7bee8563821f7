import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DEFAULT_SEED } from '../demo.ts';
import { createRandom } from '../random.ts';
import { writeCompanyDirectory } from './company-directory.ts';
import { createExportMarket, type ExportMarketOptions } from './export-market.ts';
import { TRUTH_FILE, TruthRecorder, type ExportTruth, type TruthFile } from './export-truth.ts';
import { writeHubspotCompanies } from './hubspot-companies.ts';
import { writeInstallBase } from './install-base.ts';
import { writePartnerSheet } from './partner-sheet.ts';
import { SALESFORCE_HEADERS, writeSalesforceAccounts } from './salesforce-accounts.ts';

export { TRUTH_FILE } from './export-truth.ts';

export const EXPORT_FILES = {
  hubspot: 'hubspot-companies.csv',
  salesforce: 'salesforce-accounts.csv',
  installBase: 'hg-insights-install-base.csv',
  partners: 'partner-sheet.csv',
  directory: 'company-directory.csv',
} as const;

export type ExportsOptions = Partial<ExportMarketOptions>;

/**
 * Writes the files a strategist of the demo market holds, and the truth beside them:
 *
 * - `hubspot-companies.csv`: the "you" company's (Shopwell's) HubSpot companies export, every account
 *   at its lifecycle stage;
 * - `salesforce-accounts.csv`: a second company's (Paydrift's) Salesforce accounts report, with its
 *   partners and rivals; `import-plan.json` names its owner, as a person would after `--plan`;
 * - `hg-insights-install-base.csv`: the other vendors' paying customers;
 * - `partner-sheet.csv`: the "you" company's partners;
 * - `company-directory.csv`: every company, its capabilities, segments and named rivals;
 * - `truth.json` (export-truth.ts): who each record names, and every account.
 *
 * Every file spells names and domains its own way (spellings.ts); a fifth of the records have no
 * website, a few a free-mail one; twins share a shop's name. Same options, same bytes.
 */
export function writeExports(
  folder: string,
  options: ExportsOptions = {},
): { rows: Record<string, number>; truth: ExportTruth } {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const market = createExportMarket({ ...options, seed });
  const truth = new TruthRecorder();
  // A stream per file: adding a row to one file reshuffles no other.
  const random = (file: string) => createRandom(seed, `exports-${file}`);
  mkdirSync(folder, { recursive: true });
  const rows: Record<string, number> = {};
  const you = market.you;
  const write = (file: string, description: Omit<TruthFile, 'rows'>, writer: typeof writeHubspotCompanies) => {
    rows[file] = writer(folder, file, market, truth, random(file));
    truth.file(file, { ...description, rows: rows[file] });
  };
  write(EXPORT_FILES.directory, { role: 'company-directory', layout: 'company-directory' }, writeCompanyDirectory);
  write(EXPORT_FILES.partners, { role: 'partner-sheet', layout: 'partner-sheet', owner: you.key }, writePartnerSheet);
  write(
    EXPORT_FILES.hubspot,
    { role: 'crm-accounts', layout: 'hubspot-companies', owner: you.key },
    writeHubspotCompanies,
  );
  write(
    EXPORT_FILES.salesforce,
    { role: 'crm-accounts', layout: 'salesforce-accounts', owner: market.second.key },
    writeSalesforceAccounts,
  );
  write(EXPORT_FILES.installBase, { role: 'install-base', layout: 'install-base' }, writeInstallBase);

  writeFileSync(join(folder, 'README.md'), `# ${you.name}’s exports (generated, seed ${seed})\n`);
  writeFileSync(
    join(folder, 'import-plan.json'),
    `${JSON.stringify(importPlan(you.name, market.second.name), null, 2)}\n`,
  );
  const built = truth.build({ market: 'demo', seed, you: { key: you.key, name: you.name } });
  writeFileSync(join(folder, TRUTH_FILE), `${JSON.stringify(built)}\n`);
  return { rows, truth: built };
}

/**
 * The plan a person writes after `npm run import -- <folder> --plan`: the folder is the "you"
 * company's, and the Salesforce report another company's (docs/import.md, the plan file). Every
 * other file is left to detection by its header.
 */
function importPlan(you: string, second: string) {
  const header = (name: (typeof SALESFORCE_HEADERS)[number]) => name;
  return {
    version: 1,
    owner: you,
    files: [
      {
        file: EXPORT_FILES.salesforce,
        role: 'crm-accounts',
        layout: 'salesforce-accounts',
        owner: second,
        columns: {
          sourceId: header('Account ID'),
          name: header('Account Name'),
          website: header('Website'),
          stage: header('Type'),
          industry: header('Industry'),
          region: header('Billing Country'),
          employees: header('Employees'),
        },
      },
    ],
  };
}
