/**
 * The URL as the single source of the explorer's state. Changes that are
 * places (another focal company, view or selection) push a history entry so
 * back and forward walk through them; tuning (weights, filters, layout)
 * replaces the current entry so the back button does not replay every slider
 * step.
 */
import { useCallback, useEffect, useState } from 'react';
import { parseExplorerState, serialiseExplorerState, type ExplorerState } from '../state/url-state.ts';

type StatePatch = Partial<ExplorerState>;
export type UpdateState = (
  patch: StatePatch | ((state: ExplorerState) => StatePatch),
  options?: { replace?: boolean },
) => void;

const PLACE_KEYS: readonly (keyof ExplorerState)[] = ['focal', 'view', 'selected', 'shortlist'];

export function useExplorerState(): [ExplorerState, UpdateState] {
  const [state, setState] = useState(() => parseExplorerState(window.location.search));

  useEffect(() => {
    const onPopState = (): void => setState(parseExplorerState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback<UpdateState>((patch, options = {}) => {
    // Read the URL, not React state: two updates in one tick must compose.
    const current = parseExplorerState(window.location.search);
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    const search = serialiseExplorerState(next);
    if (search === window.location.search) return;
    const isPlace = PLACE_KEYS.some((key) => next[key] !== current[key]);
    const replace = options.replace ?? !isPlace;
    const url = `${window.location.pathname}${search}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setState(parseExplorerState(search));
  }, []);

  return [state, update];
}
