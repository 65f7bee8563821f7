import { createHash } from 'node:crypto';
import type { DealRecord } from '../sources/map-deal-row.ts';
import type { LedgerEntryRecord } from './ledger-entry.ts';

/**
 * A deal of a CRM export (api/sources/map-deal-row.ts) as the ledger entry the
 * importer writes with cypher/ledger/upsert.cypher, in its own transaction.
 * Pure: the importer gives the ids its matcher found (the file's owner, the
 * deal's partner or null), where the row came from, and who imports when.
 *
 * The entry's id is the owner's and the CRM's id of the deal, so the same
 * export imported again replaces its entries rather than adding to them; a
 * deal without an id gets one from what it says (name, account, creation
 * date, partner), so an export without ids is idempotent too, and two deals
 * saying the very same things are one entry.
 */
export interface DealOrigin {
  /** The file the row is from, for the entry's `source` (`import:<file>`). */
  file: string;
  /** The import's moment (ISO date-time) and who runs it, for updatedAt and updatedBy. */
  now: string;
  actor: string;
}

export function ledgerEntryFromDeal(
  deal: DealRecord,
  ids: { owner: string; partner: string | null },
  origin: DealOrigin,
): LedgerEntryRecord {
  const partner = ids.partner === ids.owner ? null : ids.partner;
  return {
    id: dealEntryId(deal, ids.owner, partner),
    focalId: ids.owner,
    partnerId: partner,
    direction: partner === null ? null : (deal.direction ?? 'FROM_PARTNER'),
    kind: 'DEAL',
    name: deal.name ?? null,
    account: deal.account?.name ?? deal.account?.domain ?? null,
    outcome: deal.outcome,
    value: deal.amount ?? null,
    currency: deal.currency ?? null,
    referredOn: deal.createdOn ?? null,
    closedOn: deal.outcome === 'OPEN' ? null : (deal.closedOn ?? null),
    note: null,
    source: `import:${origin.file}`,
    externalId: deal.sourceId ?? null,
    updatedAt: origin.now,
    updatedBy: origin.actor,
  };
}

function dealEntryId(deal: DealRecord, owner: string, partner: string | null): string {
  if (deal.sourceId) return `crm:${owner}:${deal.sourceId}`;
  const said = JSON.stringify([
    deal.name ?? null,
    deal.account?.name ?? null,
    deal.account?.domain ?? null,
    deal.createdOn ?? null,
    partner,
  ]);
  return `crm:${owner}:${createHash('sha256').update(said).digest('hex').slice(0, 24)}`;
}
