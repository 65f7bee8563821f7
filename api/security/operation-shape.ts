import type { ExecutionArgs } from 'graphql';
import { analyseOperation, type OperationShape } from './operation-analysis.ts';
import { bulkWalks, listBound, pinBatches, type DataBounds } from './list-bounds.ts';

/**
 * The fields that walk the market: each ranks or scores against a company's
 * whole neighbourhood, or reads two companies' accounts (hubs serve hundreds of
 * thousands). Every walk takes a rate-limit token and adds
 * EXPENSIVE_FIELD_COST to the operation's cost, counted as many times as the
 * resolvers will walk: once per call, except where they batch (a shortlist's
 * pins are scored once per focal company for the whole request; a bulk
 * request once per distinct focal company).
 */
export const EXPENSIVE_FIELDS: ReadonlySet<string> = new Set([
  'Query.candidates',
  'Query.candidatesConnection',
  'Query.ecosystem',
  'Query.partnerFit',
  'Query.partnerFits',
  'Shortlist.entries',
  'Shortlist.entriesConnection',
  'Query.introPaths',
  'Query.whatIf',
  'Query.whiteSpace',
  'Query.conflicts',
  'Query.overlap',
  'Overlap.sharedCustomers',
  'Company.customers',
]);

/** Expensive fields that walk only when asked for this field: a shortlist's entries are scored only for their `fit`. */
export const EXPENSIVE_ONLY_WITH: ReadonlyMap<string, string> = new Map([
  ['Shortlist.entries', 'fit'],
  ['Shortlist.entriesConnection', 'fit'],
]);

/**
 * The cost of one walk over the objects it returns: a walk of the market
 * counts as a full page (100 objects). So the cost limit (10,000) admits about
 * a hundred walks in one request, and
 * `shortlists(first: 100) { entries(first: 1) { fit { score } } }` over 100
 * focal companies' shortlists (100 walks and 300 objects, 10,300) is refused.
 */
export const EXPENSIVE_FIELD_COST = 100;

/** One analysis per request: the query limits and the rate limit read the same shape. */
const shapes = new WeakMap<object, OperationShape>();

/**
 * The operation's shape (depth, aliases, cost, EXPENSIVE_FIELDS' walks),
 * analysed once per request and kept on its context object. `bounds` are the
 * data's list sizes (list-bounds.ts); without them every list is costed at
 * its worst case (its `first`, or 10).
 */
export function operationShapeOf(args: ExecutionArgs, bounds: DataBounds = {}): OperationShape {
  const key = (args.contextValue ?? args) as object;
  const kept = shapes.get(key);
  if (kept) return kept;
  const shape = analyseOperation(args.schema, args.document, args.operationName, args.variableValues, {
    watch: EXPENSIVE_FIELDS,
    watchedCost: EXPENSIVE_FIELD_COST,
    watchOnlyWith: EXPENSIVE_ONLY_WITH,
    bound: (coordinate, argument) => listBound(bounds, coordinate, argument),
    batches: (coordinate, argument, size) => pinBatches(bounds, coordinate, argument, size),
    walksOf: bulkWalks,
  });
  shapes.set(key, shape);
  return shape;
}

/** Where a request's data bounds come from (api/security/data-bounds.ts in the app; none in unit tests). */
export type BoundsSource = (args: ExecutionArgs) => Promise<DataBounds>;

/** operationShapeOf with the data's bounds, read once per request by whichever plugin asks first. */
export async function measuredShapeOf(args: ExecutionArgs, source?: BoundsSource): Promise<OperationShape> {
  const key = (args.contextValue ?? args) as object;
  const kept = shapes.get(key);
  if (kept) return kept;
  return operationShapeOf(args, source ? await source(args) : {});
}
