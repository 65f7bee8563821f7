import type { Database } from '../db/database.ts';
import { pairFits } from '../fits/fit-service.ts';
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
  /** Shared customers of the watched pairs (pairKey), for those whose companies both exist. */
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

/** Pairs per overlap read: each read stays well inside the query time limit at the bench's M scale. */
const PAIRS_PER_READ = 2_000;

export const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
export const pinKey = (pin: Pin) => `${pin.shortlistId}|${pin.candidate}`;

/**
 * The pairs whose overlap an import watches: the parties of every
 * partnership (any status) and every shortlist pin, as the market stood
 * before it. Watching every pair of the market would walk every customer's
 * vendors two by two (a customer with 2,500 vendors alone makes 3 million
 * pairs at M); these cost about min(|C(x)|, |C(y)|) each.
 */
export function watchedPairs(snapshot: Pick<MarketSnapshot, 'partnerships' | 'pins'>): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  const add = (x: string, y: string) => {
    if (x !== y) pairs.set(pairKey(x, y), x < y ? [x, y] : [y, x]);
  };
  for (const { parties } of snapshot.partnerships.values()) for (const x of parties) for (const y of parties) add(x, y);
  for (const pin of snapshot.pins) add(pin.focal, pin.candidate);
  return [...pairs.values()];
}

/** Reads the snapshot; `watched` are the pairs whose overlap to read (default: those this snapshot watches). */
export async function readSnapshot(db: Database, watched?: [string, string][]): Promise<MarketSnapshot> {
  const [facts] = await db.read('changes/market-facts');
  const names = new Map(((facts?.companies ?? []) as [string, string][]).map(([id, name]) => [String(id), String(name)]));
  const partnerships = new Map(
    ((facts?.partnerships ?? []) as [string, string, string | null, string | null, string[]][]).map(([id, status, since, typeId, parties]) => [
      id,
      { id, status: status as SnapshotPartnership['status'], since, typeId, parties: parties.map(String).sort() },
    ]),
  );
  const rivalries = new Map<string, [string, string]>();
  for (const [x, y] of (facts?.rivalries ?? []) as [string, string][]) if (x !== y) rivalries.set(pairKey(x, y), x < y ? [x, y] : [y, x]);
  const pins = (await db.read('changes/shortlist-pins')).map((row) => row as unknown as Pin);
  const snapshot: MarketSnapshot = { names, partnerships, rivalries: [...rivalries.values()], pins, overlaps: new Map(), scores: new Map() };

  const pairs = (watched ?? watchedPairs(snapshot)).filter(([x, y]) => names.has(x) && names.has(y));
  for (let start = 0; start < pairs.length; start += PAIRS_PER_READ) {
    for (const row of await db.read('changes/pair-overlaps', { pairs: pairs.slice(start, start + PAIRS_PER_READ) })) {
      const [x, y, shared] = row.overlap as [string, string, number];
      snapshot.overlaps.set(pairKey(x, y), Number(shared));
    }
  }
  // Scored as the ranking scores them by default: one candidate pool per shortlisted focal company.
  const byFocal = new Map<string, Pin[]>();
  for (const pin of pins) byFocal.set(pin.focal, [...(byFocal.get(pin.focal) ?? []), pin]);
  for (const [focal, focalPins] of byFocal) {
    const fits = names.has(focal) ? await pairFits(db, focal, focalPins.map((pin) => pin.candidate), rankingSettings({})) : undefined;
    const scoreOf = new Map(fits?.scored.map((scored) => [scored.facts.candidate.id, scored.score]) ?? []);
    for (const pin of focalPins) snapshot.scores.set(pinKey(pin), scoreOf.get(pin.candidate) ?? null);
  }
  return snapshot;
}
