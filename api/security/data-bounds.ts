import { Kind, visit, type DocumentNode } from 'graphql';
import { requestMarketVersion } from '../cache/market-version.ts';
import type { Database } from '../db/database.ts';
import type { MarketBounds } from '../db/bookkeeping-rows.ts';
import type { DataBounds, ShortlistBounds } from './list-bounds.ts';

/**
 * Reads the figures list-bounds.ts costs lists with: the market's, once per
 * version of the market (an import or a write renews it), and the shortlists',
 * per request and only for a request that names shortlists (user data, which
 * changes outside imports).
 */

const kept = new WeakMap<Database, { version: string; bounds: Promise<MarketBounds> }>();

export async function dataBoundsFor(
  db: Database,
  request: object,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): Promise<DataBounds> {
  const focals = shortlistFocals(document, variables);
  try {
    const [market, shortlists] = await Promise.all([
      marketBounds(db, await requestMarketVersion(db, request)),
      focals ? shortlistBounds(db, focals) : undefined,
    ]);
    return { market, shortlists };
  } catch {
    // Neo4j does not answer: every list at its worst case, and the resolvers say DATABASE_UNAVAILABLE as they always do.
    return {};
  }
}

async function marketBounds(db: Database, version: string | null): Promise<MarketBounds> {
  const known = kept.get(db);
  if (version !== null && known?.version === version) return known.bounds;
  const bounds = db.read('market-bounds').then(([row]) => ({
    companies: Number(row?.companies ?? 0),
    segmentCount: Number(row?.segmentCount ?? 0),
    capabilityCount: Number(row?.capabilityCount ?? 0),
    capabilities: Number(row?.capabilities ?? 0),
    segments: Number(row?.segments ?? 0),
    competitors: Number(row?.competitors ?? 0),
    partnerships: Number(row?.partnerships ?? 0),
    parties: Number(row?.parties ?? 0),
    pairPartnerships: Number(row?.pairPartnerships ?? 0),
  }));
  // Kept under the version read before it: an import since then only makes a later request read again.
  if (version !== null) {
    kept.set(db, { version, bounds });
    bounds.catch(() => kept.delete(db));
  }
  return bounds;
}

async function shortlistBounds(db: Database, focals: string[]): Promise<ShortlistBounds> {
  const [row] = await db.read('shortlist/bounds', { focals });
  return {
    shortlists: Number(row?.shortlists ?? 0),
    focals: Number(row?.focals ?? 0),
    pins: Number(row?.pins ?? 0),
    byFocal: new Map((row?.byFocal ?? []).map(([focal, count]) => [String(focal), Number(count)])),
  };
}

const SHORTLIST_FIELDS = new Set(['shortlists', 'shortlistsConnection', 'shortlist']);

/** The focal ids the document's shortlist lists name (literals or variables), or undefined when it names no shortlist. */
function shortlistFocals(document: DocumentNode, variables: Readonly<Record<string, unknown>>): string[] | undefined {
  let named = false;
  const focals = new Set<string>();
  visit(document, {
    Field(node) {
      if (!SHORTLIST_FIELDS.has(node.name.value)) return;
      named = true;
      const focal = node.arguments?.find((arg) => arg.name.value === 'focal')?.value;
      const value =
        focal?.kind === Kind.STRING
          ? focal.value
          : focal?.kind === Kind.VARIABLE
            ? variables[focal.name.value]
            : undefined;
      if (typeof value === 'string') focals.add(value);
    },
  });
  return named ? [...focals] : undefined;
}
