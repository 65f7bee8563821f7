import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { readsMarketOnly } from '../cache/market-answers.ts';
import { requestMarketVersion } from '../cache/market-version.ts';
import { createAnswerCache } from '../cache/response-cache.ts';
import type { Database } from '../db/database.ts';
import type { RequestAuthenticator } from './use-auth.ts';

/** How many answers, and how many bytes of them, one process keeps. */
export interface ResponseCacheOptions {
  /** Default true; false answers every request afresh (the load test measures both). */
  enabled: boolean;
  /** Default 5,000 answers. */
  maxEntries: number;
  /** Default 64 MiB: keys, the answers' JSON and their objects (counted as large again as their JSON). */
  maxBytes: number;
}

const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { enabled: true, maxEntries: 5_000, maxBytes: 64 * 1024 * 1024 };

/**
 * Answers computed once per market state (docs/security.md, "Cache"). An
 * answer depends only on the market as the last import or write left it, the
 * request (document, operation, variables) and the caller's role, so it is
 * kept under exactly those: the market's version (read once per request,
 * shared with the cost model: api/cache/market-version.ts), the role, and the
 * request as sent. Every import and write renews the version in the
 * transaction that takes effect, so the next request's key is new: nothing is
 * invalidated by hand, and nothing stale can be served, in this process or
 * any other. Only queries that read market data only are kept
 * (api/cache/market-answers.ts: never shortlists, pins, changes or the import's
 * status), only whole answers without errors, and nothing when the graph has
 * no version (one our importer did not write).
 *
 * A hit answers before the operation is parsed, validated, measured or run:
 * it walks nothing, so it takes no rate-limit token. Its JSON is the one
 * written when it was computed. `X-Cache: hit` or `miss` says which.
 *
 * Our own rather than @graphql-yoga/plugin-response-cache: that plugin keys
 * by document and invalidates by entity ids and TTLs, rewriting every
 * selection to collect `__typename` and ids as it executes, which is work
 * for every request that a key with the market's version makes unnecessary;
 * and it reads nothing from the database, while correctness here needs the
 * version read per request. What is left is a key and a bounded map.
 */
export function useResponseCache(
  db: Database,
  authenticate: RequestAuthenticator,
  given: Partial<ResponseCacheOptions> = {},
): Plugin {
  const options = { ...DEFAULT_RESPONSE_CACHE, ...given };
  if (!options.enabled) return {};
  const answers = createAnswerCache<{ result: ExecutionResult; json: string }>(options);
  const keys = new WeakMap<Request, string>();
  const cacheable = new WeakSet<Request>();
  const hits = new WeakSet<Request>();
  return {
    async onParams({ request, params, setResult }) {
      if (typeof params.query !== 'string') return;
      // Neo4j not answering: no version, so nothing is served from the cache, and the resolvers say DATABASE_UNAVAILABLE.
      const version = await requestMarketVersion(db, request).catch(() => null);
      if (version === null) return;
      const auth = authenticate(request);
      const role = auth.ok ? auth.principal.role : 'none';
      const key = JSON.stringify([version, role, params.operationName ?? null, params.query, params.variables ?? null]);
      keys.set(request, key);
      const kept = answers.get(key);
      if (kept) {
        hits.add(request);
        setResult({ ...kept.result, stringify: () => kept.json } as ExecutionResult);
      }
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (request && keys.has(request) && readsMarketOnly(args.schema, args.document, args.operationName))
        cacheable.add(request);
    },
    onExecutionResult({ request, result, setResult }) {
      const key = keys.get(request);
      if (!key || !cacheable.has(request) || !result || Symbol.asyncIterator in result) return;
      const answer = result as ExecutionResult;
      if (answer.errors?.length) return;
      const json = JSON.stringify(answer);
      // What it holds: the key (a bulk request's variables run to 100 kB), the JSON, and the answer's objects, about as large again.
      answers.set(key, { result: answer, json }, key.length + 2 * json.length);
      // Written once: the response sends the same JSON.
      setResult({ ...answer, stringify: () => json } as ExecutionResult);
    },
    onResponse({ request, response }) {
      if (keys.has(request)) response.headers.set('x-cache', hits.has(request) ? 'hit' : 'miss');
    },
  };
}
