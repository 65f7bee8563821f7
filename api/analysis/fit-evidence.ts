import type { Market } from './market.ts';
import { ratio } from './overlap-figures.ts';

/**
 * The evidence terms of the partner fit score, each in [0, 1] (docs/analyses.md,
 * "Partner fit score"). Order matters: weights and tables follow it.
 */
export const TERM_KINDS = ['PEERS', 'OVERLAP', 'NICHE', 'COMPLEMENT', 'PULL'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** Pseudo-customers of the overlap term's shrinkage: a share over fewer customers than this leans mostly on the market's typical share. */
const SHRINKAGE_CUSTOMERS = 10;
/** How many of the focal company's most similar companies the peers sentence names. */
export const CLOSEST_PEERS = 10;

/** What the candidate pool query says about focal A and every other company, by market position. */
export interface PoolCounts {
  focal: number;
  /** |C(A) ∩ C(X)| */
  shared: Int32Array;
  /** |K(A) ∩ K(X)| */
  commonCapabilities: Int32Array;
  /** A's declared rivals (positions); absent when it has none. */
  rivals?: ReadonlySet<number>;
}

/**
 * How a declared rival's partnerships count in PEERS, decided per market by
 * the calibration: as any peer's (1), not at all (0), or against (−1).
 */
export type RivalSign = 1 | 0 | -1;

/** What the market model tells the evidence table: each term's yardstick and how rivals' partnerships count. */
export interface EvidenceScale {
  /** m_t per term (TERM_KINDS order): strength = value / (value + m_t). */
  yardsticks: readonly number[];
  rivalSign: RivalSign;
}

/** An absolute scale for a market that has taught nothing: strength = value / (value + 1). */
const UNIT_SCALE: EvidenceScale = { yardsticks: TERM_KINDS.map(() => 1), rivalSign: 1 };

/** Every term for every company, for one focal company. */
export interface EvidenceTable {
  focal: number;
  /** values[t][x]: term TERM_KINDS[t] of candidate x (0 for the focal company itself). */
  values: Float64Array[];
  /** Each term's yardstick m_t: strength = value / (value + m_t) (docs/analyses.md, "Strength"). */
  yardsticks: readonly number[];
  /** How A's declared rivals' partnerships count in PEERS. */
  rivalSign: RivalSign;
  /** A's declared rivals. */
  rivals: ReadonlySet<number>;
  /** |P(B) \ {A}| / (n − 1) for every B: the share of the market partnered with B (the usual suspects' pull). */
  popularity: Float64Array;
  /** sim(A, X) for every X (0 for A itself). */
  similarity: Float64Array;
  /** A's closest peers, most similar first, with their similarity. */
  closestPeers: { index: number; similarity: number }[];
  /** Active partners of every company as this table saw them (hidden partnerships left out). */
  partners: Set<number>[];
  /** The market's typical share p0 the overlap term shrinks toward. */
  typicalShare: number;
}

/**
 * Computes the five terms of every candidate B for focal A:
 * - PEERS: Σ sim(A, X) over the companies X partnered with B, over Σ sim(A, X) over all X ≠ A,
 *   where sim is the mean of four similarities (customers: cosine; capabilities: Jaccard;
 *   segments: Jaccard; partners: cosine); a declared rival X of A counts rivalSign · sim(A, X),
 *   and a sum below 0 counts as 0;
 * - OVERLAP: 0 without shared customers, else √(shrunk(A) · shrunk(B)) with
 *   shrunk(X) = (shared + m·p0) / (|C(X)| + m), m = SHRINKAGE_CUSTOMERS, p0 = the market's typical share;
 * - NICHE: Jaccard of the segments both target;
 * - COMPLEMENT: √(gainFor(A) · gainFor(B)), gainFor(A) = |K(B) \ K(A)| / |K(A) ∪ K(B)|;
 * - PULL: ln(1 + partners(B)) / ln(1 + the most partners any company has).
 */
export function evidenceTable(
  market: Market,
  pool: PoolCounts,
  partners: Set<number>[],
  scale: EvidenceScale = UNIT_SCALE,
): EvidenceTable {
  const { companies } = market;
  const n = companies.length;
  const a = pool.focal;
  const focal = companies[a]!;
  const typicalShare = typicalShareOf(market);
  const segmentsShared = countSegmentsShared(market, a);
  const similarity = similarities(market, pool, partners, segmentsShared);
  let similarityTotal = 0;
  for (let x = 0; x < n; x++) if (x !== a) similarityTotal += similarity[x]!;
  let mostPartners = 0;
  for (const set of partners) mostPartners = Math.max(mostPartners, set.size);

  const rivals = pool.rivals ?? NO_RIVALS;
  const values = TERM_KINDS.map(() => new Float64Array(n));
  const popularity = new Float64Array(n);
  const [peers, overlap, niche, complement, pull] = values as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const shrunk = (shared: number, base: number) =>
    (shared + SHRINKAGE_CUSTOMERS * typicalShare) / (base + SHRINKAGE_CUSTOMERS);
  for (let b = 0; b < n; b++) {
    if (b === a) continue;
    const candidate = companies[b]!;
    let peerSum = 0;
    for (const x of partners[b]!) if (x !== a) peerSum += (rivals.has(x) ? scale.rivalSign : 1) * similarity[x]!;
    peers[b] = Math.max(0, ratio(peerSum, similarityTotal));
    popularity[b] = n > 1 ? (partners[b]!.size - (partners[b]!.has(a) ? 1 : 0)) / (n - 1) : 0;
    const shared = pool.shared[b]!;
    overlap[b] = shared > 0 ? Math.sqrt(shrunk(shared, focal.customers) * shrunk(shared, candidate.customers)) : 0;
    const segmentsCommon = segmentsShared[b]!;
    niche[b] = ratio(segmentsCommon, focal.segments.length + candidate.segments.length - segmentsCommon);
    const common = pool.commonCapabilities[b]!;
    const union = focal.capabilities + candidate.capabilities - common;
    complement[b] = Math.sqrt(
      ratio(candidate.capabilities - common, union) * ratio(focal.capabilities - common, union),
    );
    pull[b] = mostPartners > 0 ? Math.log1p(partners[b]!.size) / Math.log1p(mostPartners) : 0;
  }
  return {
    focal: a,
    values,
    yardsticks: scale.yardsticks,
    rivalSign: scale.rivalSign,
    rivals,
    popularity,
    similarity,
    closestPeers: closestPeers(similarity, a),
    partners,
    typicalShare,
  };
}

const NO_RIVALS: ReadonlySet<number> = new Set();

/**
 * A term's strength on the market's own absolute scale, in [0, 1):
 * value / (value + m), m the term's yardstick (the mean value this market's
 * real partners had on it before their partnership was known). A candidate
 * as strong as that average partner is at 50%, twice as strong at 67%; the
 * same value reads the same for every focal company, so a weak lot reads weak.
 */
export function strengthOf(table: EvidenceTable, term: number, b: number): number {
  return saturate(table.values[term]![b]!, table.yardsticks[term]!);
}

/** value / (value + m); 0 for a value of 0, and 1 for any value on a yardstick of 0 (no real partner had any). */
export function saturate(value: number, yardstick: number): number {
  if (value <= 0) return 0;
  return value / (value + Math.max(0, yardstick));
}

/**
 * PEERS beyond the usual suspects: how much more of A's peer group partners
 * with B than of the market at large, max(0, PEERS(A, B) − popularity(B)).
 * A hub every company partners with gets ~0 here, a platform A's own peers
 * favour keeps most of its evidence (the SPECIFIC lens).
 */
export function excessPeers(table: EvidenceTable, b: number): number {
  return Math.max(0, table.values[0]![b]! - table.popularity[b]!);
}

/**
 * p0: the share of a company's customers another company would serve by chance,
 * the mean over companies with customers of |C(X)| / (customers in the market).
 */
export function typicalShareOf(market: Market): number {
  let sum = 0;
  let serving = 0;
  for (const company of market.companies) {
    if (company.customers > 0) {
      sum += company.customers;
      serving += 1;
    }
  }
  return serving > 0 && market.customerCount > 0 ? sum / serving / market.customerCount : 0;
}

/** sim(A, X) for every X: the mean of the four similarities PEERS uses. */
function similarities(
  market: Market,
  pool: PoolCounts,
  partners: Set<number>[],
  segmentsShared: Int32Array,
): Float64Array {
  const { companies } = market;
  const a = pool.focal;
  const focal = companies[a]!;
  const partnersShared = new Int32Array(companies.length);
  for (const p of partners[a]!) for (const x of partners[p]!) partnersShared[x] = partnersShared[x]! + 1;
  const similarity = new Float64Array(companies.length);
  for (let x = 0; x < companies.length; x++) {
    if (x === a) continue;
    const other = companies[x]!;
    const customers = ratio(pool.shared[x]!, Math.sqrt(focal.customers * other.customers));
    const common = pool.commonCapabilities[x]!;
    const capabilities = ratio(common, focal.capabilities + other.capabilities - common);
    const segments = ratio(segmentsShared[x]!, focal.segments.length + other.segments.length - segmentsShared[x]!);
    const partnersSim = ratio(partnersShared[x]!, Math.sqrt(partners[a]!.size * partners[x]!.size));
    similarity[x] = (customers + capabilities + segments + partnersSim) / 4;
  }
  return similarity;
}

/** |S(A) ∩ S(X)| for every X, walking A's segments. */
function countSegmentsShared(market: Market, a: number): Int32Array {
  const counts = new Int32Array(market.companies.length);
  for (const segment of market.companies[a]!.segments)
    for (const x of market.bySegment.get(segment) ?? []) counts[x] = counts[x]! + 1;
  return counts;
}

function closestPeers(similarity: Float64Array, a: number): { index: number; similarity: number }[] {
  const peers: { index: number; similarity: number }[] = [];
  similarity.forEach((value, index) => {
    if (index !== a && value > 0) peers.push({ index, similarity: value });
  });
  return peers.sort((x, y) => y.similarity - x.similarity || x.index - y.index).slice(0, CLOSEST_PEERS);
}
