import { acceptedDirectionWords, dealDirectionOf, parseAmount, type DealDirection } from './deal-words.ts';
import type { FilePlan } from './import-plan.ts';
import { defined, Row, RowProblem } from './map-row.ts';
import type { OrgMention } from './source-record.ts';

/**
 * One row of a CRM deals or opportunities export (role `crm-deals`), read
 * through its plan into a deal: what the ledger needs (api/pipeline/
 * ledger-from-deal.ts turns it into a ledger entry once the importer has
 * matched its partner to a company). Pure, as mapRow is; mapRow itself skips
 * these rows, which make no graph rows.
 */
export interface DealRecord {
  role: 'crm-deals';
  /** The CRM's id of the deal (HubSpot's Record ID, Salesforce's Opportunity ID). */
  sourceId?: string;
  name?: string;
  /** The account the deal is with, as written. */
  account?: OrgMention;
  /** The partner, as written: the importer matches it to a company, as a partner sheet's. None: the owner's own deal. */
  partner?: OrgMention;
  outcome: 'OPEN' | 'WON' | 'LOST';
  amount?: number;
  /** ISO 4217, from the currency column or the amount's sign. */
  currency?: string;
  /** YYYY-MM-DD. */
  createdOn?: string;
  /** YYYY-MM-DD; only for a won or lost deal (an open deal's close date is a forecast). */
  closedOn?: string;
  /** Who brought whom; undefined without a partner. */
  direction?: DealDirection;
}

export type MappedDeal = { deal: DealRecord } | { problem: string } | { skipped: string };

const OUTCOMES = { open: 'OPEN', won: 'WON', lost: 'LOST' } as const;

export function mapDealRow(plan: FilePlan, fields: Record<string, string>): MappedDeal {
  if (plan.role !== 'crm-deals') throw new Error(`${plan.file} is ${plan.role}, not a deals export: mapRow reads it`);
  const row = new Row(plan, fields);
  try {
    const target = row.stage();
    if (target === 'skip')
      return { skipped: `${row.label('stage')} is ${JSON.stringify(row.cell('stage'))}, which the stage table skips` };
    const outcome = OUTCOMES[target as keyof typeof OUTCOMES];
    if (!outcome)
      throw new RowProblem(
        `${row.label('stage')}: the stage table makes ${JSON.stringify(row.cell('stage'))} "${target}"; a deal's stage is open, won, lost or skip`,
      );
    if (!row.cell('sourceId') && !row.cell('name') && !row.cell('account') && !row.cell('accountDomain')) {
      throw new RowProblem(
        `${row.label('sourceId', 'name', 'account', 'accountDomain')}: empty, and a row must name its deal by an id, a name or an account`,
      );
    }
    const partnerName = row.cell('partner');
    const partnerDomain = row.cell('partnerDomain');
    const partner =
      partnerName || partnerDomain
        ? defined({ name: partnerName || undefined, domain: partnerDomain || undefined })
        : undefined;
    const account =
      row.cell('account') || row.cell('accountDomain')
        ? defined({ name: row.cell('account') || undefined, domain: row.cell('accountDomain') || undefined })
        : undefined;
    const amount = amountOf(row);
    const directionCell = row.cell('direction');
    let direction: DealDirection | undefined;
    if (partner) {
      direction = directionCell === '' ? 'FROM_PARTNER' : dealDirectionOf(directionCell);
      if (!direction)
        throw new RowProblem(
          `${row.label('direction')}: ${JSON.stringify(directionCell)} is not a direction PartnerGraph knows; write one of ${acceptedDirectionWords().join(', ')} (empty is from the partner)`,
        );
    }
    const currency = row.optional('currency')?.toUpperCase() ?? amount?.currency;
    if (currency !== undefined && !/^[A-Z]{3}$/.test(currency))
      throw new RowProblem(
        `${row.label('currency')}: ${JSON.stringify(row.cell('currency'))} is not a currency code; write a three-letter ISO 4217 code such as EUR or USD`,
      );
    const createdOn = row.date('created');
    const closedOn = outcome === 'OPEN' ? undefined : row.date('closed');
    if (createdOn && closedOn && closedOn < createdOn)
      throw new RowProblem(`${row.label('closed')}: ${closedOn} is before the deal was created (${createdOn})`);
    return {
      deal: defined({
        role: 'crm-deals' as const,
        sourceId: row.optional('sourceId'),
        name: row.optional('name'),
        account,
        partner,
        outcome,
        amount: amount?.amount,
        currency,
        createdOn,
        closedOn,
        direction,
      }),
    };
  } catch (error) {
    if (error instanceof RowProblem) return { problem: error.message };
    throw error;
  }
}

function amountOf(row: Row): { amount: number; currency?: string } | undefined {
  const cell = row.cell('amount');
  if (cell === '') return undefined;
  const parsed = parseAmount(cell);
  if ('problem' in parsed) throw new RowProblem(`${row.label('amount')}: ${parsed.problem}`);
  return parsed;
}
