import { parseArgs } from 'node:util';

export const USAGE = `Usage: npx tsx scripts/generate-ecosystem.ts --out <folder> [--demo]
       npx tsx scripts/generate-ecosystem.ts --out <folder> --companies N [--customers M] [--links L] [--seed S]
       npx tsx scripts/generate-ecosystem.ts --out <folder> --exports [--seed S]
       npx tsx scripts/generate-ecosystem.ts --out <folder> --exports --customers M --links L [--companies N] [--seed S]

  --out <folder>   where the CSV files go (created if missing, files overwritten)
  --demo           the hand-shaped demo ecosystem (the default without --companies)
  --companies N    a synthetic ecosystem of N companies, for benchmarks
  --customers M    synthetic end-customers (default 20 × companies)
  --links L        synthetic account rows (default 5 × customers)
  --seed S         seed of every random choice (default 1; the demo's is 2024)
  --exports        a strategist's exports of the demo market (HubSpot, Salesforce, install base, partner
                   sheet, directory) with truth.json, which record names which organisation; with
                   --customers and --links, one install-base list of M accounts in L rows over N vendors
                   (default 40), with its counts in truth.json`;

/** What the command line asks for. */
export type GenerateRequest =
  | { mode: 'demo'; out: string; seed?: number }
  | { mode: 'synthetic'; out: string; companies: number; customers?: number; links?: number; seed?: number }
  | { mode: 'exports'; out: string; seed?: number }
  | { mode: 'install-base'; out: string; accounts: number; rows: number; vendors: number; seed?: number };

/** Parses and validates the arguments; throws an Error with a readable message on bad input. */
export function parseGenerateArgs(argv: readonly string[]): GenerateRequest {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      demo: { type: 'boolean' },
      exports: { type: 'boolean' },
      companies: { type: 'string' },
      customers: { type: 'string' },
      links: { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) throw new Error('--out <folder> is required');
  const seed = optionalCount('--seed', values.seed, 0);
  if (values.exports) {
    if (values.demo) throw new Error('--exports writes exports of the demo market already; leave out --demo');
    if (values.customers === undefined && values.links === undefined) {
      if (values.companies !== undefined)
        throw new Error(
          '--companies with --exports counts the vendors of an install-base list: give --customers and --links too',
        );
      return { mode: 'exports', out: values.out, seed };
    }
    if (values.customers === undefined || values.links === undefined)
      throw new Error('an install-base list needs both --customers (its accounts) and --links (its rows)');
    return {
      mode: 'install-base',
      out: values.out,
      accounts: count('--customers', values.customers, 1),
      rows: count('--links', values.links, 1),
      vendors: values.companies === undefined ? 40 : count('--companies', values.companies, 1),
      seed,
    };
  }
  if (values.demo || values.companies === undefined) {
    if (values.companies ?? values.customers ?? values.links) {
      throw new Error('--companies, --customers and --links describe a synthetic ecosystem; leave out --demo');
    }
    return { mode: 'demo', out: values.out, seed };
  }
  return {
    mode: 'synthetic',
    out: values.out,
    companies: count('--companies', values.companies, 1),
    customers: optionalCount('--customers', values.customers, 1),
    links: optionalCount('--links', values.links, 0),
    seed,
  };
}

/** A whole number; `1_000_000` and `1,000,000` are accepted for readability. */
function count(flag: string, text: string, minimum: number): number {
  const digits = text.replace(/[_,]/g, '');
  const value = Number(digits);
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(value) || value < minimum) {
    throw new Error(`${flag} must be a whole number ≥ ${minimum}, got "${text}"`);
  }
  return value;
}

function optionalCount(flag: string, text: string | undefined, minimum: number): number | undefined {
  return text === undefined ? undefined : count(flag, text, minimum);
}
