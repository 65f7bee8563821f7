/**
 * Data fetching for the screens: one hook over graphqlRequest with a small
 * in-memory cache (switching views or going back does not refetch what is on
 * screen already) and "keep the old data while the new loads", so a re-ranking
 * reorders the table instead of blanking it.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError, graphqlRequest } from '../client/graphql-client.ts';
import type { Operation } from '../client/operation.ts';

const cache = new Map<string, unknown>();
let generation = 0;
const listeners = new Set<() => void>();

/** Drops cached results of the named operations (`query Name(`); mounted hooks using them refetch. */
export function invalidateQueries(...operationNames: string[]): void {
  for (const key of [...cache.keys()]) {
    if (operationNames.some((name) => new RegExp(`query ${name}\\b`).test(key))) cache.delete(key);
  }
  generation += 1;
  for (const listener of listeners) listener();
}

export interface ApiState<Data> {
  /** The result for the current variables, or while they load, the previous result (if any). */
  data: Data | undefined;
  error: ApiError | undefined;
  /** True while a request for the current variables is in flight. */
  loading: boolean;
  reload(): void;
}

interface Result<Data> {
  key: string;
  data?: Data;
  error?: ApiError;
}

/**
 * Runs `query` with `variables` whenever either changes, its data typed as
 * the operation says; `skip` leaves the state empty (no focal company yet,
 * say). State is derived from the cache during render; the effect only
 * starts requests.
 */
export function useApi<Data, Variables>(
  query: Operation<Data, Variables>,
  variables: NoInfer<Variables>,
  { skip = false } = {},
): ApiState<Data> {
  const key = `${query}\n${JSON.stringify(variables)}`;
  const version = useSyncExternalStore(subscribe, () => generation);
  const [result, setResult] = useState<Result<Data> | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (skip || cache.has(key)) return;
    const controller = new AbortController();
    graphqlRequest(query, variables, { signal: controller.signal }).then(
      (data) => {
        cache.set(key, data);
        setResult({ key, data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ key, error: error instanceof ApiError ? error : new ApiError(String(error), 'CLIENT') });
      },
    );
    return () => controller.abort();
    // `key` already encodes query and variables; `version` and `reloads` force a refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, skip, version, reloads]);

  const reload = useCallback(() => {
    cache.delete(key);
    setReloads((count) => count + 1);
  }, [key]);

  if (skip) return { data: undefined, error: undefined, loading: false, reload };
  if (cache.has(key)) return { data: cache.get(key) as Data, error: undefined, loading: false, reload };
  if (result?.key === key && result.error) return { data: undefined, error: result.error, loading: false, reload };
  return { data: result?.data, error: undefined, loading: true, reload };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
