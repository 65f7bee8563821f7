import { GraphQLError } from 'graphql';

/**
 * The API's small error family (STYLE.md habit 5). Each is a GraphQLError with
 * an `extensions.code`, so yoga passes it to clients; anything else is masked.
 */
export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'DATABASE_UNAVAILABLE' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const notFound = (what: string, id: string): GraphQLError =>
  apiError('NOT_FOUND', `No ${what} with id "${id}"`, { id });

export const badInput = (argument: string, reason: string): GraphQLError =>
  apiError('BAD_USER_INPUT', `Argument "${argument}" ${reason}`, { argument });

/** Raised by the database module when Neo4j cannot be reached; the message names no host. */
export class DatabaseUnavailableError extends GraphQLError {
  constructor(cause: unknown) {
    super('The graph database is not answering; try again shortly.', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}
