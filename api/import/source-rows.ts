import type { MatchDecision, Mention } from '../matching/record-matcher.ts';
import type { OrgMention, SourceRecord } from '../sources/source-record.ts';
import type { LedgerEntryRecord } from '../ledger/ledger-entry.ts';
import { slugify } from '../domain/slug.ts';

/**
 * What a strategist's file says, in the rows PartnerGraph stages (pure: no I/O).
 * Pass 1 of an import reads every file for the organisations it names
 * (`mentionsOf`), which the matcher (api/matching/) resolves into one customer
 * or company per real organisation; pass 2 reads the files again and turns
 * each record into staging rows (`rowsOf`), naming organisations by the ids the
 * matcher gave them.
 */

/** The part an organisation plays in a record: for the match report and its messages. */
export type MentionRole = 'account' | 'vendor' | 'partner' | 'competitor' | 'company';

export interface RoleMention {
  role: MentionRole;
  mention: Mention;
}

/** A row for a staging query (api/import/source-row-kinds.ts), by kind. */
export type SourceRow =
  | {
      kind: 'source-accounts';
      company_id: string;
      customer_id: string;
      stage: string;
      industry: string | null;
      region: string | null;
    }
  | { kind: 'company-details'; id: string; details: Record<string, string | number> }
  | { kind: 'source-capabilities'; company_id: string; capability: string; capability_id: string }
  | { kind: 'source-segments'; company_id: string; segment: string; segment_id: string }
  | { kind: 'source-competitors'; company_id: string; competitor_id: string }
  | { kind: 'source-partnerships'; id: string; parties: string[]; type: string; status: string; since: string | null }
  /** A deal of a CRM deals export, as the ledger entry it becomes (user data, not the market: api/pipeline/). */
  | { kind: 'source-deals'; entry: LedgerEntryRecord };

/**
 * The type a CRM partner row gets when its account type names none of the
 * catalogue's (an "Installation Partner", a plain "Partner"): a referral, the
 * lightest partnership there is, which a partner sheet or a later edit can raise.
 */
const DEFAULT_CRM_PARTNER_TYPE = 'referral';

/** Every organisation a record names (the file's owner aside: the import plan names it). */
export function mentionsOf(record: SourceRecord): RoleMention[] {
  const company = (role: MentionRole, org: OrgMention): RoleMention => ({
    role,
    mention: { kind: 'company', ...mentionOf(org) },
  });
  switch (record.role) {
    case 'crm-accounts':
      if (record.kind === 'account')
        return [{ role: 'account', mention: { kind: 'customer', ...mentionOf(record.account) } }];
      if (record.kind === 'partner') return [company('partner', record.partner)];
      return [company('competitor', record.competitor)];
    case 'install-base':
      return [
        { role: 'account', mention: { kind: 'customer', ...mentionOf(record.account) } },
        company('vendor', record.vendor),
      ];
    case 'partner-sheet':
      return [company('partner', record.partner)];
    case 'company-directory':
      return [company('company', record.company), ...record.competitors.map((name) => company('competitor', { name }))];
  }
}

/** What a record looked up in pass 2 gives: its staging rows, or why it cannot be imported; and each organisation's decision, for the report. */
export interface RecordRows {
  rows: SourceRow[];
  decisions: { role: MentionRole; mention: Mention; decision: MatchDecision }[];
  problem?: string;
}

/**
 * A record's staging rows, each organisation named by its entity's id.
 * `owner` is the entity of the file's company (a CRM export's, a partner
 * sheet's); `lookup` is the matcher's resolution.
 */
export function rowsOf(
  record: SourceRecord,
  owner: string | undefined,
  lookup: (mention: Mention) => MatchDecision | undefined,
): RecordRows {
  const decisions: RecordRows['decisions'] = [];
  const missing: string[] = [];
  const idOf = ({ role, mention }: RoleMention): string | undefined => {
    const decision = lookup(mention);
    if (!decision) {
      missing.push(`the ${role} has neither a usable name nor a domain (${describe(mention)})`);
      return undefined;
    }
    decisions.push({ role, mention, decision });
    return decision.id;
  };
  const [first, ...rest] = mentionsOf(record);
  const mainId = first && idOf(first);
  const rows: SourceRow[] = [];
  const result = (): RecordRows =>
    missing.length > 0 ? { rows: [], decisions, problem: missing.join('; ') } : { rows, decisions };
  if (!mainId) return result();
  switch (record.role) {
    case 'crm-accounts': {
      if (!owner) return result();
      if (record.kind === 'account') {
        const { industry, region } = record.account;
        rows.push({
          kind: 'source-accounts',
          company_id: owner,
          customer_id: mainId,
          stage: record.stage,
          industry: industry ?? null,
          region: region ?? null,
        });
      } else if (record.kind === 'partner') {
        if (mainId !== owner)
          rows.push(partnership(owner, mainId, record.type ?? DEFAULT_CRM_PARTNER_TYPE, record.status, null));
      } else if (mainId !== owner) {
        rows.push({ kind: 'source-competitors', company_id: owner, competitor_id: mainId });
      }
      return result();
    }
    case 'install-base': {
      const vendor = rest[0] && idOf(rest[0]);
      if (vendor)
        rows.push({
          kind: 'source-accounts',
          company_id: vendor,
          customer_id: mainId,
          stage: record.stage,
          industry: null,
          region: null,
        });
      return result();
    }
    case 'partner-sheet':
      if (owner && mainId !== owner)
        rows.push(partnership(owner, mainId, record.type, record.status, record.since ?? null));
      return result();
    case 'company-directory': {
      // The company's name and domain are its entity's (staged from the matcher); the rest comes from here.
      const { employees, description } = record.company;
      const details: Record<string, string | number> = {};
      if (employees !== undefined) details.employees = employees;
      if (description) details.description = description;
      if (Object.keys(details).length > 0) rows.push({ kind: 'company-details', id: mainId, details });
      for (const capability of record.capabilities) {
        const id = slugify(capability);
        if (id) rows.push({ kind: 'source-capabilities', company_id: mainId, capability, capability_id: id });
      }
      for (const segment of record.segments) {
        const id = slugify(segment);
        if (id) rows.push({ kind: 'source-segments', company_id: mainId, segment, segment_id: id });
      }
      for (const competitor of rest) {
        const rival = idOf(competitor);
        if (rival && rival !== mainId)
          rows.push({ kind: 'source-competitors', company_id: mainId, competitor_id: rival });
      }
      return result();
    }
  }
}

/**
 * A partnership of two companies: its id is theirs, in id order, so the same
 * pair from another file or a later export is the same partnership (one the
 * graph already holds for the pair keeps its own id: the staging query finds it).
 */
function partnership(a: string, b: string, type: string, status: string, since: string | null): SourceRow {
  const parties = [a, b].sort();
  return { kind: 'source-partnerships', id: `${parties[0]}--${parties[1]}`, parties, type, status, since };
}

function mentionOf(org: OrgMention): { name?: string; domain?: string } {
  return { ...(org.name && { name: org.name }), ...(org.domain && { domain: org.domain }) };
}

function describe(mention: Mention): string {
  const parts = [mention.name && `name "${mention.name}"`, mention.domain && `domain "${mention.domain}"`].filter(
    Boolean,
  );
  return parts.length > 0 ? parts.join(', ') : 'nothing given';
}
