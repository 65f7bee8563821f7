import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * An independent implementation of the partner fit (docs/analyses.md), straight
 * from a data folder's CSV files with plain sets: no Cypher and none of
 * api/analysis. Integration tests compare the engine with it on real data. The
 * term weights and whether a core overlap rules out are the market model's
 * (read from the API: the calibration has its own unit tests); everything else
 * is computed here.
 */
export interface ReferenceFit {
  id: string;
  name: string;
  shared: number;
  score: number;
  mutualValue: number;
  terms: Record<TermKind, number>;
}

type TermKind = 'PEERS' | 'OVERLAP' | 'NICHE' | 'COMPLEMENT' | 'PULL';

export interface ReferenceModel {
  weights: Record<TermKind, number>;
  coreOverlapDecisive: boolean;
  /** Each term's yardstick m: strength = value / (value + m). */
  yardsticks: Record<TermKind, number>;
  /** How a declared rival's partnership counts in PEERS: 1, 0 or −1. */
  rivalSign: number;
}

/** The market model the API calibrated at import (the reference checks everything else itself). */
export async function calibratedModelOf(client: {
  query: (query: string) => Promise<{ data?: Record<string, any> | null }>;
}): Promise<ReferenceModel> {
  const { data } = await client.query(
    '{ marketModel { calibrated coreOverlapDecisive rivalPartners weights { kind weight yardstick } } }',
  );
  if (!data?.marketModel.calibrated) throw new Error('The market was not calibrated at import');
  const weights = data.marketModel.weights as { kind: TermKind; weight: number; yardstick: number }[];
  return {
    weights: Object.fromEntries(weights.map((w) => [w.kind, w.weight])) as ReferenceModel['weights'],
    yardsticks: Object.fromEntries(weights.map((w) => [w.kind, w.yardstick])) as ReferenceModel['yardsticks'],
    coreOverlapDecisive: data.marketModel.coreOverlapDecisive,
    rivalSign: { FOR: 1, NONE: 0, AGAINST: -1 }[data.marketModel.rivalPartners as 'FOR' | 'NONE' | 'AGAINST'],
  };
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function rows(folder: string, file: string): Record<string, string>[] {
  const path = join(folder, file);
  return existsSync(path) ? parse(readFileSync(path), { columns: true, bom: true }) : [];
}

function market(folder: string) {
  const names = new Map(rows(folder, 'companies.csv').map((row) => [row.id!, row.name!]));
  const customers = new Map<string, Set<string>>();
  const everyCustomer = new Set(rows(folder, 'customers.csv').map((row) => row.id!));
  for (const row of rows(folder, 'accounts.csv')) {
    everyCustomer.add(row.customer_id!);
    if ((row.stage || 'customer') !== 'customer') continue;
    if (!customers.has(row.company_id!)) customers.set(row.company_id!, new Set());
    customers.get(row.company_id!)!.add(row.customer_id!);
  }
  const levels = new Map<string, Map<string, string>>();
  for (const row of rows(folder, 'capabilities.csv')) {
    if (!levels.has(row.company_id!)) levels.set(row.company_id!, new Map());
    levels.get(row.company_id!)!.set(slug(row.capability!), row.level || 'core');
  }
  const segments = new Map<string, Set<string>>();
  for (const row of rows(folder, 'segments.csv')) {
    if (!segments.has(row.company_id!)) segments.set(row.company_id!, new Set());
    segments.get(row.company_id!)!.add(slug(row.segment!));
  }
  const rivals = new Set(
    rows(folder, 'competitors.csv').flatMap((row) => [
      `${row.company_id}|${row.competitor_id}`,
      `${row.competitor_id}|${row.company_id}`,
    ]),
  );
  const partners = new Map<string, Set<string>>();
  for (const row of rows(folder, 'partnerships.csv')) {
    if (row.status !== 'active') continue;
    const parties = row.parties!.split(';').map((party) => party.trim());
    for (const x of parties)
      for (const y of parties)
        if (x !== y) {
          if (!partners.has(x)) partners.set(x, new Set());
          partners.get(x)!.add(y);
        }
  }
  return {
    names,
    customerCount: everyCustomer.size,
    C: (x: string) => customers.get(x) ?? new Set<string>(),
    K: (x: string) => levels.get(x) ?? new Map<string, string>(),
    S: (x: string) => segments.get(x) ?? new Set<string>(),
    P: (x: string) => partners.get(x) ?? new Set<string>(),
    rivals,
  };
}

const div = (a: number, b: number) => (b > 0 ? a / b : 0);
const common = <T>(x: Set<T>, y: Set<T>) => [...x].filter((v) => y.has(v)).length;

/** Every candidate of `focal` ranked as the API ranks them (partners and ruled-out candidates left out). */
export function referenceRanking(folder: string, focal: string, model: ReferenceModel): ReferenceFit[] {
  const { names, customerCount, C, K, S, P, rivals } = market(folder);
  const ids = [...names.keys()];
  const serving = ids.filter((x) => C(x).size > 0);
  const p0 = div(serving.reduce((sum, x) => sum + C(x).size, 0) / Math.max(serving.length, 1), customerCount);
  const most = Math.max(0, ...ids.map((x) => P(x).size));
  const kSet = (x: string) => new Set(K(x).keys());
  const sim = (x: string) =>
    (div(common(C(focal), C(x)), Math.sqrt(C(focal).size * C(x).size)) +
      div(common(kSet(focal), kSet(x)), K(focal).size + K(x).size - common(kSet(focal), kSet(x))) +
      div(common(S(focal), S(x)), S(focal).size + S(x).size - common(S(focal), S(x))) +
      div(common(P(focal), P(x)), Math.sqrt(P(focal).size * P(x).size))) /
    4;
  const similarity = new Map(ids.filter((x) => x !== focal).map((x) => [x, sim(x)]));
  const simTotal = [...similarity.values()].reduce((sum, value) => sum + value, 0);

  const raw = ids
    .filter((b) => b !== focal)
    .map((b) => {
      const shared = common(C(focal), C(b));
      const shrunk = (base: number) => (shared + 10 * p0) / (base + 10);
      const kCommon = common(kSet(focal), kSet(b));
      const kUnion = K(focal).size + K(b).size - kCommon;
      const terms: Record<TermKind, number> = {
        PEERS: Math.max(
          0,
          div(
            [...P(b)]
              .filter((x) => x !== focal)
              .reduce((sum, x) => sum + (rivals.has(`${focal}|${x}`) ? model.rivalSign : 1) * similarity.get(x)!, 0),
            simTotal,
          ),
        ),
        OVERLAP: shared > 0 ? Math.sqrt(shrunk(C(focal).size) * shrunk(C(b).size)) : 0,
        NICHE: div(common(S(focal), S(b)), S(focal).size + S(b).size - common(S(focal), S(b))),
        COMPLEMENT: Math.sqrt(div(K(b).size - kCommon, kUnion) * div(K(focal).size - kCommon, kUnion)),
        PULL: most > 0 ? Math.log(1 + P(b).size) / Math.log(1 + most) : 0,
      };
      const coreCore = [...K(focal)].some(([k, level]) => level === 'core' && K(b).get(k) === 'core');
      const ruledOut = rivals.has(`${focal}|${b}`) || (model.coreOverlapDecisive && coreCore);
      return {
        id: b,
        name: names.get(b)!,
        shared,
        terms,
        ruledOut,
        mutualValue: mutualValue(focal, b, shared, kCommon, kUnion),
      };
    });
  const candidates = raw.filter((entry) => !P(focal).has(entry.id));
  const kinds = Object.keys(model.weights) as TermKind[];
  const strength = (value: number, kind: TermKind) => (value > 0 ? value / (value + model.yardsticks[kind]) : 0);
  return candidates
    .filter((entry) => !entry.ruledOut)
    .map((entry) => ({
      id: entry.id,
      name: entry.name,
      shared: entry.shared,
      terms: entry.terms,
      mutualValue: entry.mutualValue,
      score: kinds.reduce((sum, kind) => sum + model.weights[kind] * strength(entry.terms[kind], kind), 0),
    }))
    .sort((x, y) => y.score - x.score || y.shared - x.shared || x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1));

  function mutualValue(a: string, b: string, shared: number, kCommon: number, kUnion: number): number {
    const value = (x: string, y: string) =>
      0.4 * div(shared, C(x).size) +
      0.3 * div(C(y).size - shared, C(x).size + C(y).size) +
      0.3 * div(K(y).size - kCommon, kUnion);
    let high = rivals.has(`${a}|${b}`) ? 1 : 0;
    let medium = 0;
    let low = 0;
    for (const [k, level] of K(a)) {
      if (!K(b).has(k)) continue;
      const cores = (level === 'core' ? 1 : 0) + (K(b).get(k) === 'core' ? 1 : 0);
      if (cores === 2) high += 1;
      else if (cores === 1) medium += 1;
      else low += 1;
    }
    medium += [...P(b)].filter((x) => x !== a && rivals.has(`${x}|${a}`)).length; // channel
    medium += [...P(a)].filter((x) => x !== b && rivals.has(`${x}|${b}`)).length; // partner
    return Math.sqrt(value(a, b) * value(b, a)) * (1 - Math.min(1, 0.5 * high + 0.2 * medium + 0.05 * low));
  }
}
