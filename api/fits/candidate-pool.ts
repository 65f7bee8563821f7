import type { Database } from '../db/database.ts';
import { joinPool, type CandidatePool } from '../analysis/candidate-facts.ts';
import { NO_HIDDEN } from '../analysis/market.ts';
import { marketDirectory } from './market-directory.ts';

type Tuple = unknown[];

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
  const directory = await marketDirectory(db, (row.directoryVersion as string | null) ?? null);
  const { market } = directory;
  const focalIndex = market.indexOf.get(String((row.focal as Record<string, unknown>).id));
  if (focalIndex === undefined) return undefined;
  let keep: (id: string) => boolean;
  if (query.only) {
    const listed = new Set((row.candidates as Tuple[]).map(([id]) => String(id)));
    keep = (id) => listed.has(id);
  } else {
    const inSegment = params.segment === null ? undefined : new Set((row.inSegment as unknown[]).map(String));
    const offering =
      params.capability === null ? undefined : new Set((row.offeringCapability as unknown[]).map(String));
    keep = (id) => (inSegment?.has(id) ?? true) && (offering?.has(id) ?? true);
  }
  return joinPool(row, directory, focalIndex, keep, hidden);
}
