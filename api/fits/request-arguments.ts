import type { GraphQLError } from 'graphql';
import { apiError, badInput } from '../errors.ts';

/*
 * The checks every request's own arguments get (page sizes, offsets, ids,
 * search text), and the NOT_FOUND that names the argument an unknown id came
 * in. Here in fits/, beside ranking-arguments.ts, because it is the lowest
 * folder that takes a request's arguments: the GraphQL resolvers and the CSV
 * routes above it both check with it (and bulk-fits.ts checks each pair's ids),
 * so neither reaches into the other's folder. contract/ would be lower still,
 * but it stays free of imports so the explorer can share it, and these raise
 * the API's GraphQL errors.
 */

/** The largest page any list field returns; `first` above it is refused. */
const MAX_FIRST = 100;
/** The deepest a client may page into a list with `offset`. */
const MAX_OFFSET = 10_000;

/** `first` checked to be 1 … max; a GraphQL default applies when omitted. */
export function pageSize(first: number | null | undefined, fallback = 20, max = MAX_FIRST): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw badInput('first', `must be between 1 and ${max}, got ${value}`);
  }
  return value;
}

export function pageOffset(offset: number | null | undefined): number {
  const value = offset ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > MAX_OFFSET) {
    throw badInput('offset', `must be between 0 and ${MAX_OFFSET}, got ${value}`);
  }
  return value;
}

/** Ids are non-empty and of sane length; anything else is a client bug worth naming. */
export function companyId(argument: string, id: string): string {
  if (id.trim() === '') throw badInput(argument, 'must be a company id, got an empty string');
  if (id.length > 200) throw badInput(argument, `is ${id.length} characters long; ids are at most 200`);
  return id;
}

/** Search text is capped: a type-ahead never needs more, and Lucene should not see megabytes. */
export function searchText(search: string | null | undefined): string {
  const text = search ?? '';
  if (text.length > 200) throw badInput('search', `is ${text.length} characters long; at most 200`);
  return text;
}

/** A NOT_FOUND naming the argument and the id. */
export function missing(argument: string, what: 'company' | 'shortlist' | string, id: string): GraphQLError {
  return apiError('NOT_FOUND', `No ${what} with id "${id}" (argument "${argument}")`, { argument, id });
}
