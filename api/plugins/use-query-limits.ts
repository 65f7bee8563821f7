import { Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { asOneRequest } from '../db/request-transactions.ts';
import { tooComplex } from '../errors.ts';
import { measuredShapeOf, type BoundsSource } from '../security/operation-shape.ts';
import type { QueryLimits } from '../security/options.ts';

/**
 * Refuses operations too big to be honest, before any resolver or Cypher runs,
 * each with QUERY_TOO_COMPLEX (HTTP 400) and `extensions.limit` naming the limit:
 * - `tokens`: counted before parsing, stopping at the limit, so `{a a a …}` up to
 *   the body size limit costs a scan and no syntax tree;
 * - `depth`, `aliases` and `cost`: measured on the operation about to run, with
 *   the values it will run with and the data's list sizes (`bounds`:
 *   api/security/data-bounds.ts; api/security/operation-analysis.ts says how
 *   cost is counted).
 * `first` itself is capped by the resolvers (api/fits/request-arguments.ts). An
 * operation that passes runs as one request for the transaction cap
 * (api/db/request-transactions.ts): however it fans out, it holds at most
 * MAX_TRANSACTIONS_PER_REQUEST of the driver's connections at once.
 */
export function useQueryLimits(limits: QueryLimits, bounds?: BoundsSource): Plugin {
  return {
    onParams({ params, setResult }) {
      if (typeof params.query === 'string' && hasMoreTokens(params.query, limits.maxTokens)) {
        setResult({
          errors: [
            tooComplex(
              'tokens',
              limits.maxTokens,
              undefined,
              `The document has more than ${limits.maxTokens} tokens; split it up.`,
            ),
          ],
        });
      }
    },
    async onExecute({ args, setResultAndStopExecution, executeFn, setExecuteFn }) {
      setExecuteFn((execution) => asOneRequest(() => executeFn(execution)));
      const shape = await measuredShapeOf(args, bounds);
      const error =
        shape.depth > limits.maxDepth
          ? tooComplex(
              'depth',
              limits.maxDepth,
              shape.depth,
              `The operation nests ${shape.depth} levels deep; at most ${limits.maxDepth}.`,
            )
          : shape.aliases > limits.maxAliases
            ? tooComplex(
                'aliases',
                limits.maxAliases,
                shape.aliases,
                `The operation has ${shape.aliases} aliases; at most ${limits.maxAliases}.`,
              )
            : shape.cost > limits.maxCost
              ? tooComplex(
                  'cost',
                  limits.maxCost,
                  shape.cost,
                  `The operation would cost about ${shape.cost.toLocaleString('en-US')} (an object returned counts 1, each list as long as the data and its first make it; a ranking, scoring or overlap 100); at most ${limits.maxCost.toLocaleString('en-US')}. Ask for smaller pages (first), fewer nested lists or fewer scorings.`,
                )
              : undefined;
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/** Lexes at most `max + 1` tokens. A syntax error is left for the parser to report. */
function hasMoreTokens(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF; count += 1) {
      if (count >= max) return true;
    }
  } catch {
    return false;
  }
  return false;
}
