import type { WriteSummary } from './summary.ts';
import { writeSyntheticCustomers } from './synthetic-accounts.ts';
import { capabilityRows, createSyntheticCompanies, segmentRows } from './synthetic-companies.ts';
import { createSyntheticCompetitors, createSyntheticPartnerships } from './synthetic-relations.ts';
import { writeCsvTable } from './write-csv.ts';

/** Options of {@link writeSyntheticEcosystem}. */
export interface SyntheticOptions {
  /** Number of companies (N). */
  companies: number;
  /** Number of end-customers (M). Default 20 × companies. */
  customers?: number;
  /** Number of account links, i.e. accounts.csv rows (L). Default 5 × customers. */
  links?: number;
  /** Seed of every random choice. Default 1. */
  seed?: number;
}

/** Resolves the defaults of {@link SyntheticOptions} and checks that the sizes can be met. */
function resolveSyntheticOptions(options: SyntheticOptions): Required<SyntheticOptions> {
  const customers = options.customers ?? options.companies * 20;
  const links = options.links ?? customers * 5;
  const resolved = { companies: options.companies, customers, links, seed: options.seed ?? 1 };
  if (resolved.companies < 1 || customers < 1) {
    throw new Error('a synthetic ecosystem needs at least one company and one customer');
  }
  if (links > resolved.companies * customers) {
    throw new Error(`${links} links are more than companies × customers (${resolved.companies * customers})`);
  }
  return resolved;
}

/**
 * Writes a large synthetic ecosystem for benchmarks: power-law popularity of
 * companies and customers, capabilities, segments, rivalries within markets,
 * partnerships of every type. Same options, same bytes.
 */
export function writeSyntheticEcosystem(folder: string, options: SyntheticOptions): WriteSummary {
  const { companies: companyCount, customers, links, seed } = resolveSyntheticOptions(options);
  const companies = createSyntheticCompanies(seed, companyCount);
  const written = {
    companies: writeCsvTable(
      folder,
      'companies',
      companies.companies.map((company) => company.row),
    ),
    capabilities: writeCsvTable(folder, 'capabilities', capabilityRows(companies.companies)),
    segments: writeCsvTable(folder, 'segments', segmentRows(companies.companies)),
    competitors: writeCsvTable(folder, 'competitors', createSyntheticCompetitors(seed, companies)),
    partnerships: writeCsvTable(folder, 'partnerships', createSyntheticPartnerships(seed, companies)),
  };
  const accounts = writeSyntheticCustomers(folder, companies, { seed, customers, links });
  return { ...written, ...accounts };
}
