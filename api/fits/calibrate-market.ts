import { createHash } from 'node:crypto';
import { calibrateModel } from '../analysis/calibrate.ts';
import type { StudiedCompany } from '../analysis/studied-company.ts';
import { loadCandidatePool } from './candidate-pool.ts';
import { marketDirectory } from './market-directory.ts';
import { coreOverlapIsDecisive, MIN_PARTNERSHIPS_TO_LEARN, type MarketModel } from '../analysis/market-model.ts';
import { NO_HIDDEN } from '../analysis/market.ts';
import type { Database } from '../db/database.ts';

export interface CalibrationOptions {
  /** Partnerships to leave out, as unknown (the backtest hides a fold). Default none. */
  hidden?: ReadonlySet<string>;
  /** At most this many companies with partners are studied (a deterministic sample). Default 200. */
  companies?: number;
  /**
   * The model the weights are kept from unless this market shows them worse
   * (calibrate.ts, keepIncumbent): an import passes 'stored', the model its
   * previous import stored; default none, a calibration from scratch.
   */
  incumbent?: MarketModel | 'stored';
  /** Called after each company studied. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Calibrates the market's ranking model on its own known active partnerships
 * (those not in `hidden`): for a deterministic sample of companies with
 * partners, each partnership in turn is hidden and the partner it loses is
 * looked for in the ranking the product would show; the term weights that find
 * them best are kept (api/analysis/calibrate.ts). Runs the product's own
 * candidate pool query, so it measures exactly what the API ranks.
 */
export async function calibrateMarket(db: Database, options: CalibrationOptions = {}): Promise<MarketModel> {
  const hidden = options.hidden ?? NO_HIDDEN;
  // Read afresh (and kept): the pools below then share this very market, positions and all.
  const { market, model: stored } = await marketDirectory(db, null);
  const incumbent = options.incumbent === 'stored' ? stored : options.incumbent;
  const withPartners = market.companies
    .filter((_, index) =>
      market.partnershipsOf[index]!.some((position) => isKnownActive(market.partnerships[position]!, hidden)),
    )
    .map((company) => company.id);
  const partnerships = market.partnerships.filter((p) => isKnownActive(p, hidden)).length;
  const overlap = { partnerPairsWithOverlap: 0, partnerPairs: 0, pairsWithOverlap: 0, pairs: 0 };
  // Too few to learn from: the defaults, without reading anything more.
  if (partnerships < MIN_PARTNERSHIPS_TO_LEARN)
    return calibrateModel({ market, studied: [], hidden, partnerships, coreOverlap: overlap });
  const sampled = sampleByHash(withPartners, options.companies ?? 200);
  // Kept per company, in the sample's order, so the fit never depends on which query answered first.
  const pools: ({ counts: StudiedCompany['counts']; rivals: Uint8Array; coreCore: Uint8Array } | undefined)[] =
    sampled.map(() => undefined);
  let done = 0;
  await forEachConcurrently(sampled, CONCURRENT_POOLS, async (focal, position) => {
    const pool = await loadCandidatePool(db, { focal, hidden });
    if (pool && pool.directory.market === market) {
      // Only what the calibration reads is kept: a few arrays per company, not the pool's facts.
      const rivals = new Uint8Array(market.companies.length);
      const coreCore = new Uint8Array(market.companies.length);
      for (const facts of pool.candidates) {
        const coreOverlap = facts.conflictFacts.commonCapabilities.some(
          (c) => c.levelA === 'core' && c.levelB === 'core',
        );
        if (facts.conflictFacts.declaredRivals) rivals[facts.index] = 1;
        if (coreOverlap) coreCore[facts.index] = 1;
        overlap.pairs += 1;
        if (coreOverlap) overlap.pairsWithOverlap += 1;
        if (facts.isActivePartner) {
          overlap.partnerPairs += 1;
          if (coreOverlap) overlap.partnerPairsWithOverlap += 1;
        }
      }
      pools[position] = { counts: pool.counts, rivals, coreCore };
    }
    done += 1;
    options.onProgress?.(done, sampled.length);
  });
  // Who the ranking rules out depends on whether core overlaps are decisive, which all the pools decide together.
  const decisive = coreOverlapIsDecisive(overlap);
  const studied: StudiedCompany[] = pools.flatMap((pool) => {
    if (!pool) return [];
    const ruledOut = pool.rivals;
    if (decisive) for (let b = 0; b < ruledOut.length; b++) if (pool.coreCore[b]) ruledOut[b] = 1;
    return [{ counts: pool.counts, ruledOut }];
  });
  return calibrateModel({ market, studied, hidden, partnerships, coreOverlap: overlap, incumbent });
}

/** Pool queries in flight at once: Neo4j answers reads in parallel, and the arithmetic runs while it does. */
const CONCURRENT_POOLS = 3;

async function forEachConcurrently<T>(
  items: T[],
  limit: number,
  work: (item: T, position: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const position = next++;
      await work(items[position]!, position);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function isKnownActive(partnership: { status: string; id: string }, hidden: ReadonlySet<string>): boolean {
  return partnership.status === 'active' && !hidden.has(partnership.id);
}

/** The first `most` ids by the SHA-1 of the id: a sample that does not depend on the order the graph lists them in. */
function sampleByHash(ids: string[], most: number): string[] {
  if (ids.length <= most) return [...ids].sort();
  const hash = (id: string) => createHash('sha1').update(id).digest('hex');
  return ids
    .map((id) => [hash(id), id] as const)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, most)
    .map(([, id]) => id);
}
