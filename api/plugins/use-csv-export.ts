import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { decodeRankingParameters } from '../contract/ranking-parameters.ts';
import type { Database } from '../db/database.ts';
import { fitsToCsv } from '../export/fit-csv.ts';
import { createCompanyLoader } from '../fits/company-loader.ts';
import { rankingSettings } from '../fits/ranking-arguments.ts';
import { shortlistFits } from '../fits/shortlist-fits.ts';
import { companyId, missing, pageSize } from '../fits/request-arguments.ts';
import { candidatePage } from '../pages/candidate-pages.ts';
import { MAX_PINS, readShortlists } from '../shortlists/shortlist-store.ts';

/**
 * CSV downloads the explorer links to:
 * - `GET /export/candidates.csv?focal=<id>&first=<1..1000>&wS=&wR=&wC=&wPeers=&wOverlap=&wNiche=&wComplement=&wPull=&includePartners=true&includeRuledOut=true&minShared=&segment=&capability=&excludeSeverity=`
 * - `GET /export/shortlists/<id>.csv`
 * Their parameters are read with the explorer's own codec (api/contract/) and
 * checked as the GraphQL fields' are; they run the same fit service, so the
 * numbers match the API's.
 * Bad parameters get 400 and an unknown id 404, each with a plain-text reason.
 */
export function useCsvExport(db: Database): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      const shortlistMatch = /^\/export\/shortlists\/([^/]+)\.csv$/.exec(url.pathname);
      if (url.pathname !== '/export/candidates.csv' && !shortlistMatch) return;
      try {
        const { filename, body, rows, total } = shortlistMatch
          ? await shortlistCsv(db, decodeURIComponent(shortlistMatch[1]!))
          : await candidatesCsv(db, url.searchParams);
        endResponse(
          new fetchAPI.Response(body, {
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename="${filename}"`,
              'cache-control': 'no-store',
              // The cap, said in the answer itself: a download holds at most MAX_CSV_ROWS rows of a list of X-Total-Count.
              'x-row-limit': String(MAX_CSV_ROWS),
              'x-total-count': String(total),
              'x-rows': String(rows),
            },
          }),
        );
      } catch (error) {
        endResponse(errorResponse(fetchAPI, error));
      }
    },
  };
}

/**
 * A CSV download may list more than a GraphQL page (100): it is for a
 * spreadsheet, which holds a whole market's top candidates. 1,000 keeps the
 * response under a few megabytes. Every answer says it (`X-Row-Limit`), with
 * the ranking's whole size (`X-Total-Count`) and the rows sent (`X-Rows`); a
 * larger `first` is refused, naming the cap. candidatesConnection walks the
 * whole ranking.
 */
export const MAX_CSV_ROWS = 1_000;

async function candidatesCsv(db: Database, params: URLSearchParams) {
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
  const page = await candidatePage(db, companies, { focal, first, settings, definition: null }).catch((error: unknown) => {
    throw error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND' ? missing('focal', 'company', focal) : error;
  });
  const names = await companies.loadMany(page.nodes.map((fit) => fit.candidateId));
  const named = page.nodes.map((fit, index) => {
    const detail = names[index];
    return { ...fit, candidateName: detail && !(detail instanceof Error) ? detail.company.name : '' };
  });
  return { filename: `candidates-${safeName(focal)}.csv`, body: fitsToCsv(named), rows: named.length, total: page.totalCount };
}

async function shortlistCsv(db: Database, id: string) {
  const [shortlist] = await readShortlists(db, { id });
  if (!shortlist) throw missing('id', 'shortlist', id);
  const companies = createCompanyLoader(db);
  const entries = await shortlistFits(db, companies, shortlist, rankingSettings({}), { first: MAX_PINS, offset: 0 });
  const names = await companies.loadMany(entries.map((entry) => entry.candidateId));
  const rows = entries.map((entry, index) => {
    const detail = names[index];
    const candidateName = detail && !(detail instanceof Error) ? detail.company.name : '';
    const extras = { note: entry.note, added_at: entry.addedAt, in_graph: entry.inGraph ? 'yes' : 'no' } as const;
    // A pin whose company a re-import dropped keeps its row: the note is the strategist's, not the data's.
    return entry.fit ? { ...entry.fit, candidateName, extras } : { candidateId: entry.candidateId, candidateName, unscored: true as const, extras };
  });
  return { filename: `shortlist-${safeName(shortlist.name)}.csv`, body: fitsToCsv(rows, ['note', 'added_at', 'in_graph']), rows: rows.length, total: rows.length };
}

function errorResponse(fetchAPI: { Response: typeof Response }, error: unknown): Response {
  // A malformed escape in the path (`%E0%A4%A`) is the client's mistake, not ours.
  if (error instanceof URIError) return new fetchAPI.Response('Malformed URL escape in the path.\n', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  const status = code === 'NOT_FOUND' ? 404 : code === 'BAD_USER_INPUT' ? 400 : code === 'DATABASE_UNAVAILABLE' || code === 'QUERY_TIMEOUT' ? 503 : 500;
  const message = status === 500 ? 'Unexpected error.' : (error as Error).message;
  return new fetchAPI.Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** File names keep letters, digits, dashes and dots only. */
function safeName(text: string): string {
  return text.replace(/[^\w.-]+/g, '-').slice(0, 80) || 'export';
}
