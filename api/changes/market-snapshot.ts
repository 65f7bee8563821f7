import type { Database } from '../db/database.ts';
import { loadCandidatePool } from '../fits/candidate-pool.ts';
import { fitsWithin } from '../fits/fit-service.ts';
import { rankingSettings } from '../fits/ranking-arguments.ts';

/**
 * The facts of the market an import's changes are diffed on
 * (api/changes/diff-market.ts), read from the graph as it stands: before the
 * import takes effect, and again after it.
 */
export interface MarketSnapshot {
  /** Company names by id. */
  names: Map<string, string>;
  partnerships: Map<string, SnapshotPartnership>;
  /** Declared rivalries, each pair once (ids in code-unit order). */
  rivalries: [string, string][];
  pins: Pin[];
  /** The companies whose overlaps were read (watchedFocals). */
  watched: string[];
  /** Shared customers of each watched company with every company it shares any with (pairKey); a pair missing shares none. */
  overlaps: Map<string, number>;
  /** Each pin's fit score (pinKey); null when the graph lacks either company. */
  scores: Map<string, number | null>;
}

export interface SnapshotPartnership {
  id: string;
  status: 'proposed' | 'active' | 'ended';
  since: string | null;
  typeId: string | null;
  /** In id order: the graph keeps no order of its own. */
  parties: string[];
}

export interface Pin {
  shortlistId: string;
  shortlistName: string;
  focal: string;
  candidate: string;
}

/** The most focal companies whose overlaps an import watches: those of the most recently created shortlists. */
const MAX_WATCHED_FOCALS = 50;

export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
export const pinKey = (pin: Pin) => `${pin.shortlistId}|${pin.candidate}`;

/**
 * The companies whose overlaps an import watches: the focal companies of the
 * shortlists (at most MAX_WATCHED_FOCALS, newest shortlists first), each with
 * every other company. Their candidate pools are read anyway, to score the
 * pins, and a pool holds |C(focal) ∩ C(X)| for every X: one shared-customer
 * walk per focal company, the ranking's own. Watching every pair of the
 * market instead would walk every customer's vendors two by two (one customer
 * with 2,500 vendors makes 3 million pairs at the bench's M scale), and
 * even the parties of every partnership cost minutes there.
 */
export function watchedFocals(pins: Pin[]): string[] {
  const newestFirst = [...pins].reverse();
  return [...new Set(newestFirst.map((pin) => pin.focal))].slice(0, MAX_WATCHED_FOCALS);
}

/** Reads the snapshot; `focals` are the companies whose overlaps to read (default: those this snapshot watches). */
export async function readSnapshot(db: Database, focals?: string[]): Promise<MarketSnapshot> {
  const [facts] = await db.read('changes/market-facts');
  const names = new Map((facts?.companies ?? []).map(([id, name]) => [String(id), String(name)]));
  const partnerships = new Map(
    (facts?.partnerships ?? []).map(([id, status, since, typeId, parties]) => [
      id,
      { id, status, since, typeId, parties: parties.map(String).sort() },
    ]),
  );
  const rivalries = new Map<string, [string, string]>();
  for (const [x, y] of facts?.rivalries ?? []) if (x !== y) rivalries.set(pairKey(x, y), x < y ? [x, y] : [y, x]);
  const pins: Pin[] = await db.read('changes/shortlist-pins');
  const watched = focals ?? watchedFocals(pins);
  const snapshot: MarketSnapshot = {
    names,
    partnerships,
    rivalries: [...rivalries.values()],
    pins,
    watched,
    overlaps: new Map(),
    scores: new Map(),
  };

  const settings = rankingSettings({});
  for (const focal of new Set([...watched, ...pins.map((pin) => pin.focal)])) {
    const pool = names.has(focal) ? await loadCandidatePool(db, { focal }) : undefined;
    if (pool && watched.includes(focal)) {
      pool.directory.market.companies.forEach((company, index) => {
        const shared = pool.counts.shared[index]!;
        if (shared > 0 && company.id !== focal) snapshot.overlaps.set(pairKey(focal, company.id), shared);
      });
    }
    // Pins are scored as the ranking scores them by default.
    const focalPins = pins.filter((pin) => pin.focal === focal);
    const fits =
      pool && focalPins.length > 0
        ? fitsWithin(
            pool,
            focalPins.map((pin) => pin.candidate),
            settings,
          )
        : undefined;
    const scoreOf = new Map(fits?.scored.map((scored) => [scored.facts.candidate.id, scored.score]) ?? []);
    for (const pin of focalPins) snapshot.scores.set(pinKey(pin), scoreOf.get(pin.candidate) ?? null);
  }
  return snapshot;
}

/**
 * The snapshot as text, to be kept in the graph while an import completes
 * (api/import/pending-completion.ts): an import killed after it took effect
 * still has its changes recorded by whoever finishes it.
 */
export function serialiseSnapshot(snapshot: MarketSnapshot): string {
  return JSON.stringify({
    names: [...snapshot.names],
    partnerships: [...snapshot.partnerships.values()],
    rivalries: snapshot.rivalries,
    pins: snapshot.pins,
    watched: snapshot.watched,
    overlaps: [...snapshot.overlaps],
    scores: [...snapshot.scores],
  });
}

export function parseSnapshot(text: string): MarketSnapshot {
  const data = JSON.parse(text) as {
    names: [string, string][];
    partnerships: SnapshotPartnership[];
    rivalries: [string, string][];
    pins: Pin[];
    watched: string[];
    overlaps: [string, number][];
    scores: [string, number | null][];
  };
  return {
    names: new Map(data.names),
    partnerships: new Map(data.partnerships.map((partnership) => [partnership.id, partnership])),
    rivalries: data.rivalries,
    pins: data.pins,
    watched: data.watched,
    overlaps: new Map(data.overlaps),
    scores: new Map(data.scores),
  };
}
