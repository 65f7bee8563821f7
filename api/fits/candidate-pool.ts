import type { Database } from '../db/database.ts';
import { joinPool, type CandidatePool } from '../analysis/candidate-facts.ts';
import { NO_HIDDEN } from '../analysis/market.ts';
import { marketDirectory } from './market-directory.ts';

export interface PoolQuery {
  focal: string;
  /** Only these candidates (conflicts of one pair); default: every company. */
  only?: string[] | null;
  segment?: string | null;
  capability?: string | null;
  /** Partnership ids to treat as unknown (the backtest, the calibration). Default none. */
  hidden?: ReadonlySet<string>;
}

/**
 * Runs `cypher/candidate-pool.cypher` (every company: the candidates come from
 * the market directory, see market-directory.ts) or, for a list of candidates,
 * `cypher/candidate-pool-listed.cypher`, and joins its lists into
 * per-candidate facts. Undefined when the focal id is unknown.
 */
export async function loadCandidatePool(db: Database, query: PoolQuery): Promise<CandidatePool | undefined> {
  const hidden = query.hidden ?? NO_HIDDEN;
  const params = {
    focal: query.focal,
    segment: query.segment ?? null,
    capability: query.capability ?? null,
    hidden: [...hidden],
  };
  const [row] = query.only
    ? await db.read('candidate-pool-listed', { ...params, only: query.only })
    : await db.read('candidate-pool', params);
  if (!row) return undefined;
  const directory = await marketDirectory(db, row.directoryVersion);
  const { market } = directory;
  const focalIndex = market.indexOf.get(row.focal.id);
  if (focalIndex === undefined) return undefined;
  let keep: (id: string) => boolean;
  if (query.only) {
    const listed = new Set((row.candidates ?? []).map(([id]) => id));
    keep = (id) => listed.has(id);
  } else {
    const inSegment = params.segment === null ? undefined : new Set(row.inSegment);
    const offering = params.capability === null ? undefined : new Set(row.offeringCapability);
    keep = (id) => (inSegment?.has(id) ?? true) && (offering?.has(id) ?? true);
  }
  return joinPool(row, directory, focalIndex, keep, hidden);
}
