/**
 * The three ecosystem sizes of issue 5, with what each needs from the bench
 * Neo4j and how many samples keep a run within a few minutes on 2 cores.
 */
export type ScaleName = 'S' | 'M' | 'L';

export interface Scale {
  name: ScaleName;
  /** Synthetic ecosystem (scripts/generate-ecosystem.ts), fixed seed so every run measures the same graph. */
  companies: number;
  customers: number;
  /** accounts.csv rows: (Company)-[:SERVES]->(Customer) links. */
  links: number;
  seed: number;
  /** JVM heap of the bench Neo4j: the import keeps a whole file's rows in one transaction. */
  heap: string;
  /** Page cache: the store fits in it, so latencies are not disk reads. */
  pageCache: string;
  /** Timed rounds over the 50 focal companies, per operation and per path (API and floor). */
  rounds: number;
  /** Candidates whose overlap the naive baseline runs per focal company (the rest is extrapolated). */
  naiveSample: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  S: {
    name: 'S',
    companies: 1_000,
    customers: 20_000,
    links: 100_000,
    seed: 1,
    heap: '3g',
    pageCache: '512m',
    rounds: 4,
    naiveSample: 250,
  },
  M: {
    name: 'M',
    companies: 10_000,
    customers: 200_000,
    links: 1_000_000,
    seed: 1,
    heap: '4g',
    pageCache: '2g',
    rounds: 2,
    naiveSample: 200,
  },
  L: {
    name: 'L',
    companies: 50_000,
    customers: 1_000_000,
    links: 5_000_000,
    seed: 1,
    heap: '10g',
    pageCache: '6g',
    rounds: 1,
    naiveSample: 100,
  },
};

/** Focal companies per run, split over the three customer-base tiers. */
export const FOCAL_COUNT = 50;

export function parseScale(text: string | undefined): Scale {
  const name = (text ?? 'S').toUpperCase();
  if (name !== 'S' && name !== 'M' && name !== 'L') throw new Error(`--scale must be S, M or L, got "${text}"`);
  return SCALES[name];
}
