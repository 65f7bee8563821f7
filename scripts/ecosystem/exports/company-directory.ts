import type { Random } from '../random.ts';
import { createExportFile } from './export-file.ts';
import { companyKey, type ExportMarket } from './export-market.ts';
import type { TruthRecorder } from './export-truth.ts';
import { nameRecord } from './record-naming.ts';

/** A directory of the market's companies, header as the fixture has it (test/fixtures/sources/company-directory.csv). */
const DIRECTORY_HEADERS = [
  'Company',
  'Website',
  'Category',
  'Segments',
  'Employees',
  'Description',
  'Competitors',
] as const;

/**
 * Every company of the market with what it offers, whom it targets and the rivals it names, typed
 * into a spreadsheet: list cells separated by "; ", rivals by name only, spelled as the person
 * typing them spells them (never with a comma: a one-name cell would be split on it).
 */
export function writeCompanyDirectory(
  folder: string,
  file: string,
  market: ExportMarket,
  truth: TruthRecorder,
  random: Random,
): number {
  const companies = new Map(market.companies.map((company) => [company.key, company]));
  const out = createExportFile(folder, file, DIRECTORY_HEADERS, { quoteAll: false });
  for (const company of random.shuffled(market.companies)) {
    const { profile } = company;
    const named = nameRecord(random, company, truth);
    const rivals = market.competitors
      .filter((row) => companyKey(row.company_id) === company.key)
      .map((row) => companies.get(companyKey(row.competitor_id))!);
    const rivalNames = rivals.map((rival) => ({
      rival,
      named: nameRecord(random, rival, truth, { withoutDomain: 1, commas: false }),
    }));
    const line = out.row({
      Company: named.name,
      Website: named.website,
      Category: [...profile.core, ...(profile.secondary ?? [])].join('; '),
      Segments: profile.segments.join('; '),
      Employees:
        profile.employees === undefined
          ? ''
          : random.chance(0.5)
            ? profile.employees.toLocaleString('en-US')
            : String(profile.employees),
      Description: profile.description,
      Competitors: rivalNames.map(({ named: rival }) => rival.name).join('; '),
    });
    truth.mention(file, line, 'company', company, named.naming);
    for (const { rival, named: rivalNamed } of rivalNames)
      truth.mention(file, line, 'competitor', rival, rivalNamed.naming);
  }
  return out.close();
}
