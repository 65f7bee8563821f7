import { CHANGE_KINDS, type ChangeKind, type ChangeRole } from '../domain/change-kinds.ts';
import { pinKey, type MarketSnapshot, type SnapshotPartnership } from './market-snapshot.ts';

/**
 * What an import changed in the market (docs/analyses.md, "What changed"):
 * the difference of two snapshots, as changes in the order they are stored
 * and shown. Pure: no I/O.
 */

export interface MarketChange {
  kind: ChangeKind;
  sentence: string;
  /** The companies changes(focal:) finds it by. */
  concerns: string[];
  /** Every company it names, with its name as of the import and its part. */
  companies: { id: string; name: string; role: ChangeRole }[];
  partnershipId: string | null;
  typeId: string | null;
  statusBefore: string | null;
  statusAfter: string | null;
  before: number | null;
  after: number | null;
  shortlistId: string | null;
  shortlistName: string | null;
}

/** An overlap is news from this many shared customers up. */
const OVERLAP_THRESHOLD = 10;

const NO_FIELDS = {
  partnershipId: null,
  typeId: null,
  statusBefore: null,
  statusAfter: null,
  before: null,
  after: null,
  shortlistId: null,
  shortlistName: null,
};

/** Every change from `before` to `after`, by kind, then as each kind orders them. */
export function diffMarket(
  before: MarketSnapshot,
  after: MarketSnapshot,
  typeName: (typeId: string | null) => string,
): MarketChange[] {
  const nameOf = (id: string) => after.names.get(id) ?? before.names.get(id) ?? id;
  return [
    ...partnershipChanges(before, after, nameOf, typeName),
    ...channelConflicts(before, after, nameOf),
    ...overlapChanges(before, after, nameOf),
    ...scoreMoves(before, after, nameOf),
  ];
}

function partnershipChanges(
  before: MarketSnapshot,
  after: MarketSnapshot,
  nameOf: (id: string) => string,
  typeName: (typeId: string | null) => string,
): MarketChange[] {
  const changes: MarketChange[] = [];
  const describe = (p: SnapshotPartnership) =>
    `${[typeName(p.typeId), 'partnership'].filter(Boolean).join(' ')} of ${listNames(p.parties.map(nameOf).sort())}`;
  const change = (
    kind: ChangeKind,
    p: SnapshotPartnership,
    statusBefore: string | null,
    statusAfter: string | null,
    sentence: string,
  ): MarketChange => ({
    ...NO_FIELDS,
    kind,
    sentence,
    concerns: p.parties,
    companies: p.parties.map((id) => ({ id, name: nameOf(id), role: 'PARTY' })),
    partnershipId: p.id,
    typeId: p.typeId,
    statusBefore,
    statusAfter,
  });
  for (const p of after.partnerships.values()) {
    const was = before.partnerships.get(p.id);
    if (p.status !== 'active' || was?.status === 'active') continue;
    const since = p.since ? ` (since ${p.since})` : '';
    const sentence = was
      ? `The ${describe(p)} went from ${was.status} to active${since}.`
      : `New active ${describe(p)}${since}.`;
    changes.push(change('PARTNERSHIP_STARTED', p, was?.status ?? null, 'active', sentence));
  }
  for (const was of before.partnerships.values()) {
    const now = after.partnerships.get(was.id);
    if (was.status !== 'active' || now?.status === 'active') continue;
    const p = now ?? was;
    const sentence = now
      ? `The ${describe(p)} is now ${now.status}.`
      : `The active ${describe(p)} is no longer in the data.`;
    changes.push(change('PARTNERSHIP_ENDED', p, 'active', now?.status ?? null, sentence));
  }
  return changes.sort((x, y) => byKindThenSentence(x, y));
}

/** Active partners and declared rivals of every company in a snapshot. */
function relations(snapshot: MarketSnapshot) {
  const partners = new Map<string, Set<string>>();
  const rivals = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, x: string, y: string) => map.set(x, (map.get(x) ?? new Set()).add(y));
  for (const p of snapshot.partnerships.values()) {
    if (p.status !== 'active') continue;
    for (const x of p.parties) for (const y of p.parties) if (x !== y) link(partners, x, y);
  }
  for (const [x, y] of snapshot.rivalries) {
    link(rivals, x, y);
    link(rivals, y, x);
  }
  return {
    partnersOf: (id: string) => partners.get(id) ?? new Set<string>(),
    rivalsOf: (id: string) => rivals.get(id) ?? new Set<string>(),
  };
}

/**
 * New channel conflicts: company F is affected when its declared rival R and a
 * company B (not F) are active partners after the import and were not both
 * before. Only new partnerships and new rivalries can make one, so only they
 * are walked.
 */
function channelConflicts(
  before: MarketSnapshot,
  after: MarketSnapshot,
  nameOf: (id: string) => string,
): MarketChange[] {
  const was = relations(before);
  const now = relations(after);
  const found = new Map<string, MarketChange>();
  const consider = (affected: string, partner: string, rival: string) => {
    if (affected === partner || partner === rival || affected === rival) return;
    if (was.rivalsOf(rival).has(affected) && was.partnersOf(rival).has(partner)) return;
    found.set(`${affected}|${partner}|${rival}`, {
      ...NO_FIELDS,
      kind: 'CHANNEL_CONFLICT',
      sentence: `${nameOf(partner)} is now an active partner of ${nameOf(rival)}, a declared rival of ${nameOf(affected)}.`,
      concerns: [affected],
      companies: [
        { id: affected, name: nameOf(affected), role: 'AFFECTED' },
        { id: partner, name: nameOf(partner), role: 'PARTNER' },
        { id: rival, name: nameOf(rival), role: 'RIVAL' },
      ],
    });
  };
  for (const p of after.partnerships.values()) {
    if (p.status !== 'active' || before.partnerships.get(p.id)?.status === 'active') continue;
    for (const rival of p.parties)
      for (const partner of p.parties) for (const affected of now.rivalsOf(rival)) consider(affected, partner, rival);
  }
  for (const [x, y] of after.rivalries) {
    if (was.rivalsOf(x).has(y)) continue;
    for (const [affected, rival] of [
      [x, y],
      [y, x],
    ] as const)
      for (const partner of now.partnersOf(rival)) consider(affected, partner, rival);
  }
  return [...found.values()].sort(byKindThenSentence);
}

/**
 * Overlaps that crossed the line: OVERLAP_GREW when a pair now shares at least
 * 10 customers and shared fewer, or shared at least 10 and now shares at least
 * twice as many; OVERLAP_SHRANK the other way.
 */
export function overlapMove(was: number, now: number): 'OVERLAP_GREW' | 'OVERLAP_SHRANK' | null {
  if (now >= OVERLAP_THRESHOLD && (was < OVERLAP_THRESHOLD || now >= 2 * was)) return 'OVERLAP_GREW';
  if (was >= OVERLAP_THRESHOLD && (now < OVERLAP_THRESHOLD || now * 2 <= was)) return 'OVERLAP_SHRANK';
  return null;
}

/** The watched companies' overlaps that crossed the line, for pairs whose companies are both in the new graph. */
function overlapChanges(before: MarketSnapshot, after: MarketSnapshot, nameOf: (id: string) => string): MarketChange[] {
  const changes: MarketChange[] = [];
  for (const key of new Set([...before.overlaps.keys(), ...after.overlaps.keys()])) {
    const [x, y] = key.split('|') as [string, string];
    if (!after.names.has(x) || !after.names.has(y)) continue;
    const was = before.overlaps.get(key) ?? 0;
    const now = after.overlaps.get(key) ?? 0;
    const kind = overlapMove(was, now);
    if (kind === null) continue;
    changes.push({
      ...NO_FIELDS,
      kind,
      sentence: `${nameOf(x)} and ${nameOf(y)} now share ${now} customers (${was} before).`,
      concerns: [x, y],
      companies: [x, y].map((id) => ({ id, name: nameOf(id), role: 'PAIR' as const })),
      before: was,
      after: now,
    });
  }
  return changes.sort((x, y) => byKindThenSentence(x, y));
}

/** Pins whose fit score changed at three decimals, or whose pair left or came back to the graph. */
function scoreMoves(before: MarketSnapshot, after: MarketSnapshot, nameOf: (id: string) => string): MarketChange[] {
  const changes: MarketChange[] = [];
  const rounded = (score: number | null | undefined) => (score == null ? null : Math.round(score * 1000) / 1000);
  for (const pin of after.pins) {
    const was = rounded(before.scores.get(pinKey(pin)));
    const now = rounded(after.scores.get(pinKey(pin)));
    if (was === now || !before.scores.has(pinKey(pin))) continue;
    const subject = `On shortlist “${pin.shortlistName}”, ${nameOf(pin.candidate)}’s fit for ${nameOf(pin.focal)}`;
    const sentence =
      was === null
        ? `${subject} is back: ${now!.toFixed(3)}.`
        : now === null
          ? `${subject} is gone: the graph no longer has both (${was.toFixed(3)} before).`
          : `${subject} moved from ${was.toFixed(3)} to ${now.toFixed(3)}.`;
    changes.push({
      ...NO_FIELDS,
      kind: 'SCORE_MOVED',
      sentence,
      concerns: [pin.focal],
      companies: [
        { id: pin.focal, name: nameOf(pin.focal), role: 'FOCAL' },
        { id: pin.candidate, name: nameOf(pin.candidate), role: 'CANDIDATE' },
      ],
      before: was,
      after: now,
      shortlistId: pin.shortlistId,
      shortlistName: pin.shortlistName,
    });
  }
  return changes;
}

function byKindThenSentence(x: MarketChange, y: MarketChange): number {
  return CHANGE_KINDS.indexOf(x.kind) - CHANGE_KINDS.indexOf(y.kind) || x.sentence.localeCompare(y.sentence);
}

function listNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
