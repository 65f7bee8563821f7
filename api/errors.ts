import { GraphQLError } from 'graphql';

/**
 * The API's small error family. Each is a GraphQLError with
 * an `extensions.code`, so yoga passes it to clients; anything else is masked.
 * docs/security.md lists which limit raises which code, with its default.
 *
 * - NOT_FOUND, BAD_USER_INPUT: the request names something that is not there, or is malformed.
 * - DATABASE_UNAVAILABLE: Neo4j does not answer; QUERY_TIMEOUT: a query ran past its time limit.
 * - UNAUTHENTICATED (401): API keys are configured and the request has no valid one.
 * - FORBIDDEN (403): the key's role may not do this (a viewer sending a mutation).
 * - QUERY_TOO_COMPLEX (400): too deep, too costly, too many aliases or tokens (`extensions.limit` says which).
 * - RATE_LIMITED (429): too many expensive requests for one key (or address); `extensions.retryAfter` in seconds.
 * - CSRF_HEADER_REQUIRED (403): a request a browser could send cross-site without asking first.
 * - REQUEST_ENTITY_TOO_LARGE (413): raised by yoga itself for a body over the size limit.
 * - IMPORT_RUNNING (409): a write through the API while an import holds the import lock.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'CSRF_HEADER_REQUIRED'
  | 'REQUEST_ENTITY_TOO_LARGE'
  | 'IMPORT_RUNNING';

/** Yoga turns `extensions.http` into the response's status and headers and leaves it out of the body. */
export interface HttpHint {
  status: number;
  headers?: Record<string, string>;
}

export function apiError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
  http?: HttpHint,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, ...(http ? { http } : {}) } });
}

export const notFound = (what: string, id: string): GraphQLError =>
  apiError('NOT_FOUND', `No ${what} with id "${id}"`, { id });

export const badInput = (argument: string, reason: string): GraphQLError =>
  apiError('BAD_USER_INPUT', `Argument "${argument}" ${reason}`, { argument });

export const unauthenticated = (reason: string): GraphQLError =>
  apiError(
    'UNAUTHENTICATED',
    reason,
    {},
    { status: 401, headers: { 'www-authenticate': 'Bearer realm="PartnerGraph"' } },
  );

export const forbidden = (reason: string): GraphQLError => apiError('FORBIDDEN', reason, {}, { status: 403 });

/** A batch the checks refuse: every problem at its place in the input, nothing written. */
export const badRecords = (problems: readonly { path: string; reason: string }[]): GraphQLError =>
  apiError(
    'BAD_USER_INPUT',
    `Nothing was written: ${problems.length} problem(s) in the input. ${problems
      .slice(0, 5)
      .map((problem) => `${problem.path}: ${problem.reason}`)
      .join(
        '; ',
      )}${problems.length > 5 ? `; and ${problems.length - 5} more (extensions.problems lists them all)` : ''}.`,
    { argument: 'input', problems: problems.slice(0, 500) },
  );

export const importRunning = (message: string): GraphQLError =>
  apiError('IMPORT_RUNNING', message, {}, { status: 409 });

export type ComplexityLimit = 'depth' | 'cost' | 'aliases' | 'tokens';

export const tooComplex = (
  limit: ComplexityLimit,
  max: number,
  found: number | undefined,
  message: string,
): GraphQLError =>
  apiError('QUERY_TOO_COMPLEX', message, { limit, max, ...(found === undefined ? {} : { found }) }, { status: 400 });

export const rateLimited = (retryAfterSeconds: number): GraphQLError =>
  apiError(
    'RATE_LIMITED',
    `Too many expensive requests (rankings, scorings, overlaps and CSV exports); try again in ${retryAfterSeconds}s.`,
    { retryAfter: retryAfterSeconds },
    { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
  );

/**
 * Raised by the database module when Neo4j cannot be reached; the message names no host.
 * The driver's error travels as `cause`, not `originalError`: yoga masks any
 * GraphQLError whose originalError is not itself a GraphQLError, and this one
 * must reach the client with its code.
 */
export class DatabaseUnavailableError extends GraphQLError {
  constructor(cause: unknown) {
    super('The graph database is not answering; try again shortly.', { extensions: { code: 'DATABASE_UNAVAILABLE' } });
    Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
}

/** A query ran past the transaction time limit and Neo4j stopped it (see QUERY_TIMEOUT_MS). */
export class QueryTimeoutError extends GraphQLError {
  constructor(cause: unknown) {
    super('The query took too long and was stopped; narrow it (a smaller `first`, fewer fields) or try again.', {
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
}

/**
 * A write reached a node another transaction deleted meanwhile (a pin racing a
 * shortlist's delete). Not a GraphQLError: the caller decides what is gone.
 */
export class EntityGoneError extends Error {
  constructor(cause: unknown) {
    super('A node this write needs was deleted meanwhile.');
    Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
}
