/**
 * An example of a typed client: a BI extract that lists a whole market a page
 * at a time, then scores a focal company against every company it found in
 * bulk requests. Its operations are plain GraphQL strings below; their
 * TypeScript types are written by GraphQL Code Generator from the published
 * schema (`npm run codegen` writes docs/examples/generated/typed-client.ts,
 * with the typescript-operations plugin; a test keeps it current), so a
 * field renamed in the schema breaks this file at compile time, not at night.
 *
 *   npx tsx docs/examples/typed-client.ts <focal company id> [--url http://127.0.0.1:4000] [--segment <segment>]
 *
 * With API keys set, give a key in PARTNERGRAPH_KEY. Depends only on the platform's fetch.
 */
import { parseArgs } from 'node:util';
import type {
  MarketPageQuery,
  MarketPageQueryVariables,
  ScorePairsQuery,
  ScorePairsQueryVariables,
} from './generated/typed-client.ts';

export const MARKET_PAGE = /* GraphQL */ `
  query MarketPage($segment: ID, $after: String) {
    companiesConnection(segment: $segment, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          customerCount
        }
      }
    }
  }
`;

export const SCORE_PAIRS = /* GraphQL */ `
  query ScorePairs($pairs: [FitPair!]!) {
    partnerFits(pairs: $pairs) {
      focalId
      candidateId
      fit {
        score
        mutualValue
        quadrant
        terms {
          kind
          value
        }
      }
    }
  }
`;

/** A company of the extract with its fit for the focal company (null for the focal company itself). */
export interface ExtractRow {
  id: string;
  name: string;
  customers: number;
  score: number | null;
  quadrant: string | null;
}

interface Options {
  url: string;
  key?: string;
  segment?: string;
}

/** One typed request: the variables and the answer are the generated types of the operation. */
async function ask<Data, Variables>(options: Options, query: string, variables: Variables): Promise<Data> {
  const response = await fetch(`${options.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.key ? { authorization: `Bearer ${options.key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Data;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length)
    throw new Error(body.errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  return body.data!;
}

/**
 * Pairs per bulk request: each pair's fit with its five terms is 7 objects, so
 * 1,000 pairs and one walk cost 7,100, under the default cost limit of 10,000
 * (docs/security.md). Scores alone would fit 2,000 (partnerFits' own cap).
 */
const PAIRS_PER_REQUEST = 1_000;

/** Walks companiesConnection to its end, then scores `focal` against every company found, PAIRS_PER_REQUEST pairs a request. */
export async function marketExtract(focal: string, options: Options): Promise<{ total: number; rows: ExtractRow[] }> {
  const companies: MarketPageQuery['companiesConnection']['edges'][number]['node'][] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const page: MarketPageQuery = await ask<MarketPageQuery, MarketPageQueryVariables>(options, MARKET_PAGE, {
      segment: options.segment ?? null,
      after,
    });
    companies.push(...page.companiesConnection.edges.map((edge) => edge.node));
    total = page.companiesConnection.totalCount;
    after = page.companiesConnection.pageInfo.hasNextPage ? page.companiesConnection.pageInfo.endCursor : null;
  } while (after !== null);
  const fits = new Map<string, ScorePairsQuery['partnerFits'][number]['fit']>();
  const others = companies.filter((company) => company.id !== focal);
  for (let start = 0; start < others.length; start += PAIRS_PER_REQUEST) {
    const pairs = others.slice(start, start + PAIRS_PER_REQUEST).map((company) => ({ focal, candidate: company.id }));
    const scored = await ask<ScorePairsQuery, ScorePairsQueryVariables>(options, SCORE_PAIRS, { pairs });
    for (const answer of scored.partnerFits) fits.set(answer.candidateId, answer.fit);
  }
  return {
    total,
    rows: companies.map((company) => ({
      id: company.id,
      name: company.name,
      customers: company.customerCount,
      score: fits.get(company.id)?.score ?? null,
      quadrant: fits.get(company.id)?.quadrant ?? null,
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string', default: 'http://127.0.0.1:4000' }, segment: { type: 'string' } },
  });
  const [focal] = positionals;
  if (!focal) {
    console.error(
      'Usage: npx tsx docs/examples/typed-client.ts <focal company id> [--url http://127.0.0.1:4000] [--segment <segment>]',
    );
    process.exit(2);
  }
  const { total, rows } = await marketExtract(focal, {
    url: values.url,
    key: process.env.PARTNERGRAPH_KEY,
    segment: values.segment,
  });
  console.log(`${total} companies; best fits for ${focal}:`);
  for (const row of rows
    .filter((row) => row.score !== null)
    .sort((x, y) => y.score! - x.score!)
    .slice(0, 10))
    console.log(`  ${row.score!.toFixed(3)}  ${row.quadrant}  ${row.name}`);
}
