import type { Database } from '../db/database.ts';
import {
  RecordMatcher,
  type EntityKind,
  type Mention,
  type Override,
  type Resolution,
} from '../matching/record-matcher.ts';
import { ownerOf, type FilePlan, type ImportPlan } from '../sources/import-plan.ts';
import { mapDealRow } from '../sources/map-deal-row.ts';
import { mapRow } from '../sources/map-row.ts';
import { companiesSpec, customersSpec, type FileSpec } from './file-specs.ts';
import type { FolderFile } from './folder-files.ts';
import type { LockedWriter } from './import-lock.ts';
import { matchDomainOf } from './match-keys.ts';
import { readCsvRows } from './read-csv.ts';
import { readValidRows, type DataFile } from './read-folder.ts';
import { mentionsOf } from './source-rows.ts';
import { normaliseName } from '../matching/name.ts';

/** Domains or names per lookup of the graph's records: an index seek each, a few round trips for a large folder. */
const LOOKUP_BATCH = 2_000;
/** Records whose match keys are filled in per transaction (graphs imported before matching existed). */
const BACKFILL_BATCH = 10_000;

/** The organisations of a folder's files, matched: who each record is, and what to stage for them. */
export interface SourceMatching {
  resolution: Resolution;
  /** The entity of a file's owner (a CRM export's company, a partner sheet's "you"). */
  ownerOf(entry: FilePlan): string | undefined;
  /** Whether an entity is a customer or company that existed before this import (in the graph, or in PartnerGraph's own files of the folder). */
  existing(kind: EntityKind, id: string): boolean;
  /** Rows (companies.csv's and customers.csv's, checked) for the entities the files name that PartnerGraph's own files do not list. */
  entityRows(kind: EntityKind): { id: string; line: number; name?: string; domain?: string | null }[];
}

export interface MatchOptions {
  /** The folder is merged into the graph, whose records are then matched too (with --replace they are not: the folder is the graph). */
  merging: boolean;
  overrides: readonly Override[];
}

/**
 * Pass 1 of an import with a strategist's files: every record's organisations
 * are counted by the matcher (api/matching/), with PartnerGraph's own
 * companies.csv and customers.csv rows as anchors (their ids stand) and, when
 * merging, the graph's customers and companies that share a registrable domain
 * or a normalised name with them (looked up by index, so the graph's size does
 * not weigh on memory). Rows that do not map are left for pass 2 to report.
 * Memory grows with distinct organisations, never with rows.
 */
export async function matchSources(
  db: Database,
  writer: LockedWriter,
  plan: ImportPlan,
  sources: readonly { entry: FilePlan; file: FolderFile }[],
  natives: { companies?: FolderFile; customers?: FolderFile },
  options: MatchOptions,
): Promise<SourceMatching> {
  const matcher = new RecordMatcher();
  const nativeIds: Record<EntityKind, Set<string>> = { company: new Set(), customer: new Set() };
  const ignore = () => {};
  if (natives.companies) {
    for await (const row of readValidRows(nativeFile(companiesSpec, natives.companies), new Set(), ignore)) {
      nativeIds.company.add(row.id);
      matcher.add(
        { kind: 'company', anchorId: row.id, name: row.name, ...(row.domain && { domain: row.domain }) },
        natives.companies.file,
      );
    }
  }
  if (natives.customers) {
    for await (const row of readValidRows(nativeFile(customersSpec, natives.customers), new Set(), ignore)) {
      nativeIds.customer.add(row.id);
      matcher.add(
        {
          kind: 'customer',
          anchorId: row.id,
          ...(row.name && { name: row.name }),
          ...(row.domain && { domain: row.domain }),
        },
        natives.customers.file,
      );
    }
  }
  // The owners: an id of PartnerGraph's own files or of the graph stands; anything else is a name to match.
  const liveOwnerIds = new Set(
    options.merging
      ? (
          await db.read('companies-by-ids', {
            ids: [...new Set(sources.map(({ entry }) => ownerOf(plan, entry)).filter(isDefined))],
          })
        ).map((row) => String(row.company.id))
      : [],
  );
  const ownerMention = (owner: string): Mention =>
    nativeIds.company.has(owner) || liveOwnerIds.has(owner)
      ? { kind: 'company', anchorId: owner }
      : { kind: 'company', name: owner };
  for (const owner of new Set(sources.map(({ entry }) => ownerOf(plan, entry)).filter(isDefined)))
    matcher.add(ownerMention(owner), 'the import plan');
  for (const { entry, file } of sources) {
    for await (const { fields } of readCsvRows(file.path, file.file, file.headers, [], ignore)) {
      if (entry.role === 'crm-deals') {
        const deal = mapDealRow(entry, fields);
        if ('deal' in deal && deal.deal.partner) matcher.add({ kind: 'company', ...deal.deal.partner }, file.file);
        continue;
      }
      const mapped = mapRow(entry, fields);
      if (!('record' in mapped)) continue;
      for (const { mention } of mentionsOf(mapped.record)) matcher.add(mention, file.file);
    }
  }
  const liveIds: Record<EntityKind, Set<string>> = { company: new Set(liveOwnerIds), customer: new Set() };
  const liveDomainless = new Set<string>();
  if (options.merging) {
    await backfillMatchKeys(db, writer);
    for (const kind of ['customer', 'company'] as const) {
      for (const record of await liveRecordsLike(db, kind, matcher.keysOf(kind))) {
        if (nativeIds[kind].has(record.id)) continue;
        liveIds[kind].add(record.id);
        if (!record.domain) liveDomainless.add(`${kind}:${record.id}`);
        matcher.add(
          {
            kind,
            anchorId: record.id,
            ...(record.name && { name: record.name }),
            ...(record.domain && { domain: record.domain }),
          },
          'the graph',
        );
      }
    }
  }
  const resolution = matcher.resolve(options.overrides);
  const isAnchor = (kind: EntityKind, id: string) => nativeIds[kind].has(id) || liveIds[kind].has(id);
  return {
    resolution,
    ownerOf: (entry) => {
      const owner = ownerOf(plan, entry);
      return owner === undefined ? undefined : resolution.lookup(ownerMention(owner))?.id;
    },
    existing: isAnchor,
    entityRows: (kind) => {
      const rows: ReturnType<SourceMatching['entityRows']> = [];
      for (const entity of resolution.entities(kind)) {
        if (entity.anchorId !== undefined && nativeIds[kind].has(entity.anchorId)) continue;
        if (entity.anchorId === undefined)
          rows.push({ id: entity.id, line: 0, name: entity.name, domain: entity.domain ?? null });
        // Known to the graph without a domain, now seen with one: it gains it.
        else if (entity.domain && liveDomainless.has(`${kind}:${entity.anchorId}`))
          rows.push({ id: entity.id, line: 0, domain: entity.domain });
        // Companies the graph has get placeholders when rows name them; customers are staged here, to attach accounts to.
        else if (kind === 'customer') rows.push({ id: entity.id, line: 0 });
      }
      return rows;
    },
  };
}

/** The graph's customers or companies with one of these registrable domains or normalised names. */
export async function liveRecordsLike(
  db: Database,
  kind: EntityKind,
  keys: { domains: string[]; names: string[] },
): Promise<{ id: string; name: string | null; domain: string | null }[]> {
  const query = kind === 'customer' ? 'import/match/live-customers' : 'import/match/live-companies';
  const found = new Map<string, { id: string; name: string | null; domain: string | null }>();
  const rounds = Math.max(Math.ceil(keys.domains.length / LOOKUP_BATCH), Math.ceil(keys.names.length / LOOKUP_BATCH));
  for (let round = 0; round < rounds; round += 1) {
    const slice = (list: string[]) => list.slice(round * LOOKUP_BATCH, (round + 1) * LOOKUP_BATCH);
    for (const row of await db.read(query, { domains: slice(keys.domains), names: slice(keys.names) })) {
      found.set(String(row.id), { id: String(row.id), name: row.name ?? null, domain: row.domain ?? null });
    }
  }
  return [...found.values()];
}

/**
 * Fills in the match keys (api/import/match-keys.ts) of customers and companies
 * imported before records were matched across files, a batch per transaction;
 * one read, finding none, once they all have them.
 */
export async function backfillMatchKeys(db: Database, writer: LockedWriter): Promise<void> {
  for (;;) {
    const rows = await db.read('import/match/missing-keys', { batchSize: BACKFILL_BATCH });
    if (rows.length === 0) return;
    const keyed = (kind: string) =>
      rows
        .filter((row) => row.kind === kind)
        .map((row) => ({
          id: String(row.id),
          matchName: typeof row.name === 'string' ? normaliseName(row.name) : '',
          matchDomain: matchDomainOf(row.domain),
        }));
    await writer.write('import:match-keys', (tx) =>
      tx.run('import/match/set-keys', { customers: keyed('customer'), companies: keyed('company') }),
    );
  }
}

/** A folder file read as one of PartnerGraph's own, by the spec of its role. */
function nativeFile<Spec extends FileSpec>(spec: Spec, file: FolderFile): DataFile & { spec: Spec } {
  return { spec, path: file.path, bytes: file.bytes } as DataFile & { spec: Spec };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
