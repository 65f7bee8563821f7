/**
 * A tiny GraphQL client: one POST to /graphql per request, errors surfaced
 * with the API's own message and code (NOT_FOUND, BAD_USER_INPUT, …) so the
 * screens can say what happened instead of "something went wrong".
 */
import type { Operation } from './operation.ts';

const GRAPHQL_ENDPOINT = '/graphql';

/** What failed and how the API classified it. */
export class ApiError extends Error {
  /** The GraphQL `extensions.code`, `NETWORK` when the server was unreachable, `HTTP_<status>` otherwise. */
  readonly code: string;
  /** The field path the first error belongs to, when the API gave one. */
  readonly path: readonly (string | number)[];

  constructor(message: string, code: string, path: readonly (string | number)[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.path = path;
  }
}

interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: unknown };
}

interface GraphqlBody<Data> {
  data?: Data | null;
  errors?: GraphqlError[];
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Default: the page's own origin. Tests and scripts pass a server URL. */
  baseUrl?: string;
  /** Default: the global fetch. */
  fetchImpl?: typeof fetch;
}

/**
 * Runs one operation and returns its `data`, typed as the operation says (a
 * plain string's data is `unknown`). Any GraphQL error rejects with an
 * `ApiError` carrying the first error's message and code: the explorer's queries
 * are small enough that partial data is never worth showing as if it were whole.
 */
export async function graphqlRequest<Data = unknown, Variables = Record<string, unknown>>(
  query: Operation<Data, Variables>,
  variables: NoInfer<Variables>,
  { signal, baseUrl = '', fetchImpl = fetch }: RequestOptions = {},
): Promise<Data> {
  let response: Response;
  try {
    response = await fetchImpl(`${baseUrl}${GRAPHQL_ENDPOINT}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authorization() },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(`Could not reach the PartnerGraph server (${describe(error)}). Is it running?`, 'NETWORK');
  }
  const body = await readBody<Data>(response);
  const first = body?.errors?.[0];
  if (first && !onlyNullMisses(body!)) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'GRAPHQL_ERROR';
    throw new ApiError(first.message, code, first.path ?? []);
  }
  if (!response.ok || !body || body.data == null) {
    throw new ApiError(
      `The server answered ${response.status} ${response.statusText} without data.`,
      `HTTP_${response.status}`,
    );
  }
  return body.data;
}

/**
 * A single object the API answers null for an unknown id comes with a
 * NOT_FOUND error at its place (README, "Errors"). The screens read that null
 * themselves ("No company with id …"), so when every error is such a miss,
 * the data is the answer.
 */
function onlyNullMisses<Data>(body: GraphqlBody<Data>): boolean {
  if (body.data == null || !body.errors?.length) return false;
  return body.errors.every((error) => {
    if (error.extensions?.code !== 'NOT_FOUND' || !error.path?.length) return false;
    let value: unknown = body.data;
    for (const key of error.path) value = value == null ? undefined : (value as Record<string | number, unknown>)[key];
    return value === null;
  });
}

async function readBody<Data>(response: Response): Promise<GraphqlBody<Data> | undefined> {
  try {
    return (await response.json()) as GraphqlBody<Data>;
  } catch {
    return undefined; // not JSON: a proxy error page, say; the caller reports the status
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * With API keys configured, the server puts EXPLORER_KEY into the page as
 * `<meta name="partnergraph-key">`; every request then sends it.
 */
export function authorization(): Record<string, string> {
  const key =
    typeof document === 'undefined'
      ? null
      : document.querySelector('meta[name="partnergraph-key"]')?.getAttribute('content');
  return key ? { authorization: `Bearer ${key}` } : {};
}
