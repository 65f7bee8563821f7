import { GraphQLError } from 'graphql';

/**
 * What every CSV download answers (the fits' and the pipeline's routes):
 * the file, or a plain-text reason with the status its error code means.
 * One place for the mapping, so a code gets the same status on every route.
 */

type FetchApi = { Response: typeof Response };

/** An attachment the browser saves as `filename`, never cached (the data changes with every import). */
export function csvResponse(
  fetchAPI: FetchApi,
  filename: string,
  body: string,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/** NOT_FOUND 404, BAD_USER_INPUT 400, the database's own trouble 503; anything else 500 and no detail. */
export function csvErrorResponse(fetchAPI: FetchApi, error: unknown): Response {
  // A malformed escape in the path (`%E0%A4%A`) is the client's mistake, not ours.
  if (error instanceof URIError)
    return new fetchAPI.Response('Malformed URL escape in the path.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  const status =
    code === 'NOT_FOUND'
      ? 404
      : code === 'BAD_USER_INPUT'
        ? 400
        : code === 'DATABASE_UNAVAILABLE' || code === 'QUERY_TIMEOUT'
          ? 503
          : 500;
  const message = status === 500 ? 'Unexpected error.' : (error as Error).message;
  return new fetchAPI.Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** File names keep letters, digits, dashes and dots only. */
export function safeName(text: string): string {
  return text.replace(/[^\w.-]+/g, '-').slice(0, 80) || 'export';
}
