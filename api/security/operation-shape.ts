import type { ExecutionArgs } from 'graphql';
import { analyseOperation, type OperationShape } from './operation-analysis.ts';

/**
 * The fields that walk the market: each ranks or scores against a company's
 * whole neighbourhood, or reads two companies' accounts (hubs serve hundreds of
 * thousands). Every call takes a rate-limit token and adds
 * EXPENSIVE_FIELD_COST to the operation's cost, counted as many times as it
 * will be resolved (`shortlists(first: 100) { entries { … } }` scores 100
 * shortlists: 100 tokens).
 */
export const EXPENSIVE_FIELDS: ReadonlySet<string> = new Set([
  'Query.candidates',
  'Query.ecosystem',
  'Query.partnerFit',
  'Shortlist.entries',
  'Query.introPaths',
  'Query.whatIf',
  'Query.whiteSpace',
  'Query.conflicts',
  'Query.overlap',
  'Overlap.sharedCustomers',
]);

/** Expensive fields that walk only when asked for this field: a shortlist's entries are scored only for their `fit`. */
export const EXPENSIVE_ONLY_WITH: ReadonlyMap<string, string> = new Map([['Shortlist.entries', 'fit']]);

/**
 * The cost of one call of an expensive field over the objects it returns: a
 * walk of the market counts as a full page (100 objects). So the cost limit
 * (10,000) admits about a hundred walks in one request, and
 * `shortlists(first: 100) { entries(first: 1) { fit { score } } }` (100 walks
 * and 300 objects, 10,300) is refused.
 */
export const EXPENSIVE_FIELD_COST = 100;

/** One analysis per request: the query limits and the rate limit read the same shape. */
const shapes = new WeakMap<object, OperationShape>();

/**
 * The operation's shape (depth, aliases, cost, EXPENSIVE_FIELDS' calls),
 * analysed once per request and kept on its context object.
 */
export function operationShapeOf(args: ExecutionArgs): OperationShape {
  const key = (args.contextValue ?? args) as object;
  const kept = shapes.get(key);
  if (kept) return kept;
  const shape = analyseOperation(args.schema, args.document, args.operationName, args.variableValues, {
    watch: EXPENSIVE_FIELDS,
    watchedCost: EXPENSIVE_FIELD_COST,
    watchOnlyWith: EXPENSIVE_ONLY_WITH,
  });
  shapes.set(key, shape);
  return shape;
}
