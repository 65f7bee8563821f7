import { GraphQLError } from 'graphql';
import { decodeRankingParameters } from '../contract/ranking-parameters.ts';
import type { Database } from '../db/database.ts';
import { createCompanyLoader } from '../fits/company-loader.ts';
import { rankingSettings } from '../fits/ranking-arguments.ts';
import { companyId, missing, pageSize } from '../fits/request-arguments.ts';
import { candidatePage } from '../pages/candidate-pages.ts';
import { safeName } from './csv-response.ts';
import { fitsToCsv } from './fit-csv.ts';

/**
 * A CSV download may list more than a GraphQL page (100): it is for a
 * spreadsheet, which holds a whole market's top candidates. 1,000 keeps the
 * response under a few megabytes. Every answer says it (`X-Row-Limit`), with
 * the ranking's whole size (`X-Total-Count`) and the rows sent (`X-Rows`); a
 * larger `first` is refused, naming the cap. candidatesConnection walks the
 * whole ranking.
 */
export const MAX_CSV_ROWS = 1_000;

/** A CSV file and what its headers say about it. */
export interface FitsCsv {
  filename: string;
  body: string;
  rows: number;
  total: number;
}

/**
 * `/export/candidates.csv`: the link's parameters read with the explorer's own
 * codec (api/contract/) and checked as the GraphQL fields' are, then the first
 * page of the ranking candidatesConnection walks, so the numbers match the API's.
 */
export async function candidatesCsv(db: Database, params: URLSearchParams): Promise<FitsCsv> {
  const focal = companyId('focal', params.get('focal') ?? '');
  const link = decodeRankingParameters(params);
  const settings = rankingSettings({
    weights: { ...link.valueWeights, ...link.termWeights },
    filter: {
      includePartners: link.includePartners,
      includeRuledOut: link.includeRuledOut,
      minSharedCustomers: link.minShared,
      segment: link.segment,
      capability: link.capability,
      excludeSeverity: link.excludeSeverity,
    },
  });
  const first = pageSize(params.get('first') === null ? null : Number(params.get('first')), 100, MAX_CSV_ROWS);
  const companies = createCompanyLoader(db);
  // The first page of the ranking candidatesConnection walks: the same order, and the whole ranking's size for the headers.
  const page = await candidatePage(db, companies, { focal, first, settings, definition: null }).catch(
    (error: unknown) => {
      throw error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND'
        ? missing('focal', 'company', focal)
        : error;
    },
  );
  const names = await companies.loadMany(page.nodes.map((fit) => fit.candidateId));
  const named = page.nodes.map((fit, index) => {
    const detail = names[index];
    return { ...fit, candidateName: detail && !(detail instanceof Error) ? detail.company.name : '' };
  });
  return {
    filename: `candidates-${safeName(focal)}.csv`,
    body: fitsToCsv(named),
    rows: named.length,
    total: page.totalCount,
  };
}
