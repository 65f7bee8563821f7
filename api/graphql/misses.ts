import { GraphQLError, getNamedType, isNonNullType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { missing } from '../fits/request-arguments.ts';
import { readShortlists } from '../shortlists/shortlist-store.ts';
import type { ApiContext } from './context.ts';

/**
 * Clear misses (README, "Errors"): an unknown id is NOT_FOUND naming the
 * argument and the id, in every query and mutation.
 *
 * Two things are added around every root field that takes an id:
 * - a NOT_FOUND the services raise (they know the id, not the argument it
 *   came in) gets the argument whose value it is: `extensions.argument`, and
 *   the name in the message;
 * - a single-object field that answers null for an unknown id (`company`,
 *   `overlap`, `complementarity`, `partnerFit`, `shortlist`: the public
 *   contract keeps that null) also gets a NOT_FOUND error naming the first
 *   unknown argument. GraphQL gives data and errors side by side, so a client
 *   reading only `data` sees the null it always saw, and a client reading
 *   `errors` is told which id is unknown. A null for another reason (both
 *   ids known) stays a plain null.
 */

/** What an id argument names: a company unless listed here. */
const SHORTLIST_IDS = new Set([
  'Query.shortlist.id',
  'Mutation.renameShortlist.id',
  'Mutation.deleteShortlist.id',
  'Mutation.addToShortlist.id',
  'Mutation.removeFromShortlist.id',
]);

/**
 * The single-object fields whose contract is null for an unknown id, and so
 * get the NOT_FOUND beside it here. A field answering null for an id of
 * another kind of thing says so itself (it knows what its id names).
 */
const NULL_FOR_UNKNOWN = new Set([
  'Query.company',
  'Query.overlap',
  'Query.complementarity',
  'Query.partnerFit',
  'Query.shortlist',
]);

/** Wraps the schema's root fields in place (see above) and returns it. */
export function withClearMisses(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const ids = field.args.filter((arg) => getNamedType(arg.type).name === 'ID').map((arg) => arg.name);
      if (ids.length > 0) wrap(`${type.name}.${field.name}`, field, ids);
    }
  }
  return schema;
}

function wrap(coordinate: string, field: GraphQLField<unknown, ApiContext>, ids: string[]): void {
  const resolve = field.resolve;
  if (!resolve) return;
  const answersNull = !isNonNullType(field.type) && NULL_FOR_UNKNOWN.has(coordinate);
  field.resolve = async (source, args: Record<string, unknown>, context, info) => {
    let result: unknown;
    try {
      result = await resolve(source, args, context, info);
    } catch (error) {
      throw named(error, args, ids);
    }
    if (result === null && answersNull) {
      const unknown = await firstUnknown(coordinate, args, ids, context);
      if (unknown) throw missing(unknown.argument, unknown.what, unknown.id);
    }
    return result;
  };
}

/** A NOT_FOUND without an argument gets the one whose value is its id (an element of a list argument as `add[2]`). */
function named(error: unknown, args: Record<string, unknown>, ids: string[]): unknown {
  if (
    !(error instanceof GraphQLError) ||
    error.extensions.code !== 'NOT_FOUND' ||
    error.extensions.argument !== undefined
  )
    return error;
  const id = error.extensions.id;
  if (typeof id !== 'string') return error;
  for (const name of ids) {
    const value = args[name];
    const argument =
      value === id ? name : Array.isArray(value) && value.includes(id) ? `${name}[${value.indexOf(id)}]` : undefined;
    if (argument) {
      return new GraphQLError(`${error.message} (argument "${argument}")`, {
        nodes: error.nodes,
        path: error.path,
        extensions: { ...error.extensions, argument },
      });
    }
  }
  return error;
}

async function firstUnknown(
  coordinate: string,
  args: Record<string, unknown>,
  ids: string[],
  context: ApiContext,
): Promise<{ argument: string; what: string; id: string } | undefined> {
  for (const argument of ids) {
    const id = args[argument];
    if (typeof id !== 'string') continue;
    if (SHORTLIST_IDS.has(`${coordinate}.${argument}`)) {
      if ((await readShortlists(context.db, { id })).length === 0) return { argument, what: 'shortlist', id };
    } else if ((await context.companies.load(id)) === null) {
      return { argument, what: 'company', id };
    }
  }
  return undefined;
}
