import type { ExecutionArgs } from 'graphql';
import { analyseOperation, type OperationShape } from './operation-analysis.ts';

/** The fields whose every occurrence costs a rate-limit token (each ranks a whole market). */
export const EXPENSIVE_FIELDS: ReadonlySet<string> = new Set([
  'Query.candidates',
  'Query.ecosystem',
  'Query.partnerFit',
  'Shortlist.entries',
  'Query.introPaths',
  'Query.whatIf',
  'Query.whiteSpace',
]);

/** One analysis per request: the query limits and the rate limit read the same shape. */
const shapes = new WeakMap<object, OperationShape>();

/**
 * The operation's shape (depth, aliases, cost, EXPENSIVE_FIELDS counted),
 * analysed once per request and kept on its context object.
 */
export function operationShapeOf(args: ExecutionArgs): OperationShape {
  const key = (args.contextValue ?? args) as object;
  const kept = shapes.get(key);
  if (kept) return kept;
  const shape = analyseOperation(args.schema, args.document, args.operationName, args.variableValues, { watch: EXPENSIVE_FIELDS });
  shapes.set(key, shape);
  return shape;
}
