import { compareText } from './compare.ts';

/** A row of `competitors.csv` (a declared rivalry; PartnerGraph reads it in both directions). */
export interface CompetitorRow {
  company_id: string;
  competitor_id: string;
}

/**
 * Declared rivalries, made by hand because the export says nothing about competition. Only
 * the big platform vendors, where the rivalry is public and uncontroversial; ids are the
 * company ids the converter derives from the export (vendor "Amazon" sells AWS, so its id is
 * `amazon`). Each pair is listed once.
 */
export const declaredRivalries: readonly (readonly [string, string, string])[] = [
  ['amazon', 'microsoft', 'public cloud infrastructure (AWS vs Azure)'],
  ['amazon', 'google', 'public cloud infrastructure (AWS vs Google Cloud)'],
  ['amazon', 'oracle', 'public cloud infrastructure (AWS vs Oracle Cloud Infrastructure)'],
  ['amazon', 'ibm', 'public cloud infrastructure (AWS vs IBM Cloud)'],
  ['google', 'microsoft', 'cloud infrastructure and office productivity (Google Workspace vs Microsoft 365)'],
  ['google', 'oracle', 'public cloud infrastructure (Google Cloud vs Oracle Cloud Infrastructure)'],
  ['google', 'ibm', 'public cloud infrastructure (Google Cloud vs IBM Cloud)'],
  ['microsoft', 'oracle', 'cloud infrastructure and business applications (Azure, Dynamics 365 vs OCI, Fusion)'],
  ['ibm', 'microsoft', 'public cloud infrastructure (IBM Cloud vs Azure)'],
  ['ibm', 'oracle', 'cloud infrastructure and enterprise software (IBM Cloud vs OCI)'],
  ['microsoft', 'salesforce', 'CRM and customer service (Dynamics 365 vs Salesforce)'],
  ['oracle', 'salesforce', 'CRM and customer service (Oracle Service Cloud vs Salesforce)'],
];

/**
 * The competitor rows among the companies present, one row per rivalry with the ids in
 * code-point order. A rivalry naming a company that is not in the data is left out, so a
 * renamed vendor shows up as a missing row (the test on the committed data catches it).
 */
export function competitorRows(companyIds: ReadonlySet<string>): CompetitorRow[] {
  return declaredRivalries
    .filter(([a, b]) => companyIds.has(a) && companyIds.has(b))
    .map(([a, b]) => {
      const [first, second] = [a, b].sort(compareText) as [string, string];
      return { company_id: first, competitor_id: second };
    })
    .sort((x, y) => compareText(x.company_id, y.company_id) || compareText(x.competitor_id, y.competitor_id));
}
