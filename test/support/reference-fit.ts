import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * An independent implementation of PRODUCT.md's partner fit, straight from a
 * data folder's CSV files with plain sets: no Cypher and none of api/analysis.
 * Integration tests compare the engine with it on real data.
 */
export interface ReferenceFit {
  id: string;
  score: number;
  shared: number;
  name: string;
}

const slug = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

function rows(folder: string, file: string): Record<string, string>[] {
  const path = join(folder, file);
  return existsSync(path) ? parse(readFileSync(path), { columns: true, bom: true }) : [];
}

export function referenceRanking(folder: string, focal: string): ReferenceFit[] {
  const names = new Map(rows(folder, 'companies.csv').map((row) => [row.id!, row.name!]));
  const customers = new Map<string, Set<string>>();
  for (const row of rows(folder, 'accounts.csv')) {
    if ((row.stage || 'customer') !== 'customer') continue;
    if (!customers.has(row.company_id!)) customers.set(row.company_id!, new Set());
    customers.get(row.company_id!)!.add(row.customer_id!);
  }
  const levels = new Map<string, Map<string, string>>();
  for (const row of rows(folder, 'capabilities.csv')) {
    if (!levels.has(row.company_id!)) levels.set(row.company_id!, new Map());
    levels.get(row.company_id!)!.set(slug(row.capability!), row.level || 'core');
  }
  const rivals = new Set(rows(folder, 'competitors.csv').flatMap((row) => [`${row.company_id}|${row.competitor_id}`, `${row.competitor_id}|${row.company_id}`]));
  const partners = new Map<string, Set<string>>();
  for (const row of rows(folder, 'partnerships.csv')) {
    if (row.status !== 'active') continue;
    const parties = row.parties!.split(';').map((party) => party.trim());
    for (const x of parties) for (const y of parties) if (x !== y) {
      if (!partners.has(x)) partners.set(x, new Set());
      partners.get(x)!.add(y);
    }
  }
  const C = (x: string) => customers.get(x) ?? new Set<string>();
  const K = (x: string) => levels.get(x) ?? new Map<string, string>();
  const P = (x: string) => partners.get(x) ?? new Set<string>();
  const div = (a: number, b: number) => (b > 0 ? a / b : 0);

  const fits: ReferenceFit[] = [];
  for (const b of names.keys()) {
    if (b === focal || P(focal).has(b)) continue;
    const shared = [...C(focal)].filter((c) => C(b).has(c)).length;
    const common = [...K(focal).keys()].filter((k) => K(b).has(k));
    const union = K(focal).size + K(b).size - common.length;
    const value = (x: string, y: string) =>
      0.4 * div(shared, C(x).size) + 0.3 * div(C(y).size - shared, C(x).size + C(y).size) + 0.3 * div(K(y).size - common.length, union);
    let high = 0;
    let medium = 0;
    let low = 0;
    if (rivals.has(`${focal}|${b}`)) high += 1;
    for (const k of common) {
      const cores = (K(focal).get(k) === 'core' ? 1 : 0) + (K(b).get(k) === 'core' ? 1 : 0);
      if (cores === 2) high += 1;
      else if (cores === 1) medium += 1;
      else low += 1;
    }
    medium += [...P(b)].filter((x) => x !== focal && rivals.has(`${x}|${focal}`)).length; // channel
    medium += [...P(focal)].filter((x) => x !== b && rivals.has(`${x}|${b}`)).length; // partner
    const penalty = Math.min(1, 0.5 * high + 0.2 * medium + 0.05 * low);
    fits.push({ id: b, name: names.get(b)!, shared, score: Math.sqrt(value(focal, b) * value(b, focal)) * (1 - penalty) });
  }
  return fits.sort((x, y) => y.score - x.score || y.shared - x.shared || x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1));
}
