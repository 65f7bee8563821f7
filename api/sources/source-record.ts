import type { AccountStage } from './stage-tables.ts';
import type { PartnershipStatus } from './partnership-words.ts';

/**
 * What one row of a strategist's file says, in our terms, before organisations are matched across files
 * (api/matching/). Organisations are named as the file writes them: the matcher normalises names and
 * domains, and decides which mentions are one company.
 */
export interface OrgMention {
  name?: string;
  domain?: string;
}

export type SourceRecord =
  /** An account of the file's owner (the CRM's company), at a stage. */
  | {
      role: 'crm-accounts';
      kind: 'account';
      account: OrgMention & { sourceId?: string; industry?: string; region?: string; employees?: number };
      stage: AccountStage;
    }
  /** A CRM row typed as a partner: a partnership of the owner with it; `type` is a catalogue id when the CRM's type names one. */
  | { role: 'crm-accounts'; kind: 'partner'; partner: OrgMention; type?: string; status: PartnershipStatus }
  /** A CRM row typed as a competitor: a declared rivalry of the owner. */
  | { role: 'crm-accounts'; kind: 'competitor'; competitor: OrgMention }
  /** The account uses (or evaluates) the vendor: the vendor's account at that stage. Dates are YYYY-MM-DD. */
  | {
      role: 'install-base';
      account: OrgMention;
      vendor: OrgMention;
      stage: AccountStage;
      firstSeen?: string;
      lastSeen?: string;
    }
  /** A partnership of the folder's owner; `type` is a catalogue id, `since` YYYY-MM-DD. */
  | { role: 'partner-sheet'; partner: OrgMention; type: string; status: PartnershipStatus; since?: string }
  | {
      role: 'company-directory';
      company: OrgMention & { employees?: number; description?: string };
      capabilities: string[];
      segments: string[];
      competitors: string[];
    };

/**
 * A row mapped: a record; a problem naming the field (ours and the file's header) and why, which refuses
 * the row as a bad row; or a row the tables leave out on purpose (a CRM's "Other", a churned install),
 * with the reason, which is not an error.
 */
export type MappedRow = { record: SourceRecord } | { problem: string } | { skipped: string };
