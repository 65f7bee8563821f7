import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import { fitsToCsv } from '../export/fit-csv.ts';
import { createContext } from '../graphql/context.ts';
import { describeAll, rankedFits } from '../graphql/fits.ts';
import { readShortlists, shortlistFits } from '../graphql/resolvers/shortlists.ts';
import type { Severity } from '../analysis/conflicts.ts';

/**
 * CSV downloads the explorer links to:
 * - `GET /export/candidates.csv?focal=<id>&first=<1..100>&wS=&wR=&wC=&wPeers=&wOverlap=&wNiche=&wComplement=&wPull=&includePartners=true&includeRuledOut=true&minShared=&segment=&capability=&excludeSeverity=`
 * - `GET /export/shortlists/<id>.csv`
 * They run the same code as the GraphQL fields, so the numbers match the API's.
 * Bad parameters get 400 and an unknown id 404, each with a plain-text reason.
 */
export function useCsvExport(db: Database): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      const shortlistMatch = /^\/export\/shortlists\/([^/]+)\.csv$/.exec(url.pathname);
      if (url.pathname !== '/export/candidates.csv' && !shortlistMatch) return;
      try {
        const { filename, body } = shortlistMatch
          ? await shortlistCsv(db, decodeURIComponent(shortlistMatch[1]!))
          : await candidatesCsv(db, url.searchParams);
        endResponse(
          new fetchAPI.Response(body, {
            headers: {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename="${filename}"`,
              'cache-control': 'no-store',
            },
          }),
        );
      } catch (error) {
        endResponse(errorResponse(fetchAPI, error));
      }
    },
  };
}

async function candidatesCsv(db: Database, params: URLSearchParams) {
  const context = createContext(db);
  const focal = params.get('focal') ?? '';
  const number = (name: string) => (params.get(name) === null || params.get(name) === '' ? null : Number(params.get(name)));
  const first = number('first') ?? 100;
  const fits = await rankedFits(
    {
      focal,
      filter: {
        includePartners: params.get('includePartners') === 'true',
        includeRuledOut: params.get('includeRuledOut') === 'true',
        minSharedCustomers: number('minShared'),
        segment: params.get('segment'),
        capability: params.get('capability'),
        excludeSeverity: severity(params.get('excludeSeverity')),
      },
      weights: {
        synergy: number('wS'),
        reach: number('wR'),
        capability: number('wC'),
        peers: number('wPeers'),
        overlap: number('wOverlap'),
        niche: number('wNiche'),
        complement: number('wComplement'),
        pull: number('wPull'),
      },
    },
    context,
    checkedFirst(first),
  );
  if (!fits) throw new GraphQLError(`No company with id "${focal}"`, { extensions: { code: 'NOT_FOUND' } });
  const described = await describeAll(fits, context);
  const named = described.map((fit, index) => ({ ...fit, candidateName: fits.scored[index]!.facts.candidate.name }));
  return { filename: `candidates-${safeName(focal)}.csv`, body: fitsToCsv(named) };
}

async function shortlistCsv(db: Database, id: string) {
  const context = createContext(db);
  const [shortlist] = await readShortlists(db, { id });
  if (!shortlist) throw new GraphQLError(`No shortlist with id "${id}"`, { extensions: { code: 'NOT_FOUND' } });
  const entries = await shortlistFits(shortlist, context);
  const names = await context.companies.loadMany(entries.map((entry) => entry.candidateId));
  const rows = entries.map((entry, index) => {
    const detail = names[index];
    const candidateName = detail && !(detail instanceof Error) ? detail.company.name : '';
    const extras = { note: entry.note, added_at: entry.addedAt, in_graph: entry.inGraph ? 'yes' : 'no' } as const;
    // A pin whose company a re-import dropped keeps its row: the note is the strategist's, not the data's.
    return entry.fit ? { ...entry.fit, candidateName, extras } : { candidateId: entry.candidateId, candidateName, unscored: true as const, extras };
  });
  return { filename: `shortlist-${safeName(shortlist.name)}.csv`, body: fitsToCsv(rows, ['note', 'added_at', 'in_graph']) };
}

function severity(value: string | null): Severity | null {
  if (!value) return null;
  if (value === 'LOW' || value === 'MEDIUM' || value === 'HIGH') return value;
  throw new GraphQLError(`excludeSeverity must be LOW, MEDIUM or HIGH`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function checkedFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 1000) {
    throw new GraphQLError(`first must be between 1 and 1000, got ${first}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return first;
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
