import type { PartnershipStatus, PartnershipType } from '../model.ts';
import type { Random } from '../random.ts';
import { createExportFile } from './export-file.ts';
import { companyKey, type ExportMarket } from './export-market.ts';
import type { TruthRecorder } from './export-truth.ts';
import { nameRecord } from './record-naming.ts';

/** A partner manager's sheet, header as the fixture has it (test/fixtures/sources/partner-sheet.csv). */
const PARTNER_SHEET_HEADERS = ['Partner', 'Website', 'Partnership Type', 'Status', 'Start Date'] as const;

/** The words people type for each type and status (docs/import.md's tables list what the importer reads). */
const TYPE_WORDS: Record<PartnershipType, readonly string[]> = {
  technology_integration: ['Technology Partner', 'Tech alliance', 'Integration'],
  reseller: ['Reseller', 'Channel Partner'],
  referral: ['Referral partner', 'Referral'],
  co_marketing: ['Co-marketing'],
  co_selling: ['Co-sell'],
  oem: ['OEM', 'White label'],
  strategic_alliance: ['Strategic Alliance'],
  affiliate: ['Affiliate'],
  consortium: ['Consortium', 'Joint bid'],
};
const STATUS_WORDS: Record<PartnershipStatus, readonly string[]> = {
  active: ['Active', 'Signed', 'Live'],
  proposed: ['In discussion', 'Proposed'],
  ended: ['Ended', 'Terminated'],
};

/** The "you" company's partners, one row a partner (a consortium gives one row per other member). */
export function writePartnerSheet(
  folder: string,
  file: string,
  market: ExportMarket,
  truth: TruthRecorder,
  random: Random,
): number {
  const companies = new Map(market.companies.map((company) => [company.key, company]));
  const out = createExportFile(folder, file, PARTNER_SHEET_HEADERS, { quoteAll: false });
  for (const partnership of market.partnerships) {
    const parties = partnership.parties.split(';').map(companyKey);
    if (!parties.includes(market.you.key)) continue;
    for (const party of parties.filter((key) => key !== market.you.key)) {
      const partner = companies.get(party)!;
      const named = nameRecord(random, partner, truth);
      const line = out.row({
        Partner: named.name,
        Website: named.website,
        'Partnership Type': random.pick(TYPE_WORDS[partnership.type]),
        Status: random.pick(STATUS_WORDS[partnership.status]),
        'Start Date':
          partnership.since && random.chance(0.7)
            ? random.chance(0.3)
              ? partnership.since.slice(0, 7)
              : partnership.since
            : '',
      });
      truth.mention(file, line, 'partner', partner, named.naming);
    }
  }
  return out.close();
}
