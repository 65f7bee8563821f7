import type { Stage } from '../model.ts';
import type { MarketOrganisation, OrganisationKind } from './export-market.ts';
import { looseName } from './loose-name.ts';

/**
 * The truth beside a folder of exports (truth.json): which organisation of the market each record
 * names, and every account the files state. The generator knows it because it wrote the files from
 * the market; nothing here asks the importer. A test reads it to judge the importer's matching.
 */

/** The truth's file name, beside the exports (the importer reads only CSV files and import-plan.json). */
export const TRUTH_FILE = 'truth.json';

/** The part an organisation plays in a record, as the importer's match events name it. */
export type MentionRole = 'account' | 'vendor' | 'partner' | 'competitor' | 'company';

interface TruthOrganisation {
  kind: OrganisationKind;
  name: string;
  domain?: string;
  /** Other organisations of its kind whose names the files may write the same way. */
  lookalikes?: string[];
  /**
   * True when it has lookalikes and a record of the group names one without a usable domain: no rule
   * can tell from that record which organisation it means.
   */
  ambiguous?: true;
}

export interface TruthFile {
  role: 'crm-accounts' | 'install-base' | 'partner-sheet' | 'company-directory';
  /** The tool whose layout it has. */
  layout: string;
  rows: number;
  /** The organisation whose accounts or partners it lists (a CRM export, a partner sheet). */
  owner?: string;
}

export interface ExportTruth {
  version: 1;
  market: string;
  seed: number;
  /** The company the folder belongs to: pass its name as the import's owner (`--as`). */
  you: { key: string; name: string };
  files: Record<string, TruthFile>;
  organisations: Record<string, TruthOrganisation>;
  /**
   * Per file, in line order: [line, role, organisation key, how the record named it]. A record naming
   * several organisations in one role (a directory's competitors) has one entry each, in the order
   * the cell lists them.
   */
  mentions: Record<string, [number, MentionRole, string, Naming][]>;
  /** Every account the files state: [company key, customer key, stage]. */
  accounts: [string, string, Stage][];
  hazards: {
    /** Records naming a customer, and those of them without a domain (empty, or a free-mail address). */
    customerRecords: number;
    customerRecordsWithoutDomain: number;
    /** Records whose website is a free-mail address. */
    freeMailRecords: number;
    /** Groups of organisations the files may spell alike (twins and the market's own). */
    lookalikeGroups: string[][];
    /** How often each name variation and domain form was written. */
    nameVariations: Record<string, number>;
    domainForms: Record<string, number>;
  };
}

/** How a record named its organisation: by a domain, by name alone, or with a free-mail address as its website. */
export type Naming = 'domain' | 'name-only' | 'free-mail';

export class TruthRecorder {
  private readonly organisations = new Map<string, MarketOrganisation>();
  private readonly mentions = new Map<string, [number, MentionRole, string, Naming][]>();
  private readonly accounts: [string, string, Stage][] = [];
  private readonly files: Record<string, TruthFile> = {};
  private readonly namedWithoutDomain = new Set<string>();
  private readonly nameVariations = new Map<string, number>();
  private readonly domainForms = new Map<string, number>();
  private customerRecords = 0;
  private customerRecordsWithoutDomain = 0;
  private freeMailRecords = 0;

  file(file: string, description: TruthFile): void {
    this.files[file] = description;
  }

  /** A record at `line` of `file` names `organisation` in `role`. */
  mention(file: string, line: number, role: MentionRole, organisation: MarketOrganisation, naming: Naming): void {
    this.organisations.set(organisation.key, organisation);
    let list = this.mentions.get(file);
    if (!list) this.mentions.set(file, (list = []));
    list.push([line, role, organisation.key, naming]);
    if (naming !== 'domain') this.namedWithoutDomain.add(organisation.key);
    if (naming === 'free-mail') this.freeMailRecords += 1;
    if (organisation.kind === 'customer') {
      this.customerRecords += 1;
      if (naming !== 'domain') this.customerRecordsWithoutDomain += 1;
    }
  }

  account(company: MarketOrganisation, customer: MarketOrganisation, stage: Stage): void {
    this.accounts.push([company.key, customer.key, stage]);
  }

  spelled(variations: readonly string[], domainForm?: string): void {
    for (const variation of variations)
      this.nameVariations.set(variation, (this.nameVariations.get(variation) ?? 0) + 1);
    if (domainForm) this.domainForms.set(domainForm, (this.domainForms.get(domainForm) ?? 0) + 1);
  }

  build(header: Pick<ExportTruth, 'market' | 'seed' | 'you'>): ExportTruth {
    const groups = lookalikeGroups([...this.organisations.values()]);
    const organisations: Record<string, TruthOrganisation> = {};
    for (const organisation of [...this.organisations.values()].sort((a, b) => a.key.localeCompare(b.key))) {
      organisations[organisation.key] = {
        kind: organisation.kind,
        name: organisation.name,
        ...(organisation.domain && { domain: organisation.domain }),
      };
    }
    for (const group of groups) {
      const ambiguous = group.some((key) => this.namedWithoutDomain.has(key));
      for (const key of group) {
        const entry = organisations[key]!;
        entry.lookalikes = group.filter((other) => other !== key);
        if (ambiguous) entry.ambiguous = true;
      }
    }
    const sorted = (counts: Map<string, number>) =>
      Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
    return {
      version: 1,
      ...header,
      files: this.files,
      organisations,
      mentions: Object.fromEntries(this.mentions),
      accounts: this.accounts,
      hazards: {
        customerRecords: this.customerRecords,
        customerRecordsWithoutDomain: this.customerRecordsWithoutDomain,
        freeMailRecords: this.freeMailRecords,
        lookalikeGroups: groups,
        nameVariations: sorted(this.nameVariations),
        domainForms: sorted(this.domainForms),
      },
    };
  }
}

/** Organisations of one kind whose loose names are equal, two or more to a group, each group sorted. */
function lookalikeGroups(organisations: readonly MarketOrganisation[]): string[][] {
  const byName = new Map<string, string[]>();
  for (const organisation of organisations) {
    const name = `${organisation.kind}:${looseName(organisation.name)}`;
    byName.set(name, [...(byName.get(name) ?? []), organisation.key]);
  }
  return [...byName.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}
