/**
 * When the strategist last opened a focal company, remembered in this
 * browser's localStorage (one entry per focal company), so the explorer can
 * say what imports changed since. Storage that is missing, full or refused
 * (private windows, strict settings) only means every visit counts as a first.
 */

const KEY_PREFIX = 'partnergraph.lastVisit.';

/** The ISO time of the last visit to `focal`, or null for a first visit. */
export function readLastVisit(focal: string, storage: Storage | undefined = browserStorage()): string | null {
  try {
    const value = storage?.getItem(KEY_PREFIX + focal) ?? null;
    return value !== null && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers `at` (an ISO time) as the last visit to `focal`. */
export function rememberVisit(focal: string, at: string, storage: Storage | undefined = browserStorage()): void {
  try {
    storage?.setItem(KEY_PREFIX + focal, at);
  } catch {
    // Not remembered: the next visit shows the latest import's changes again, which is harmless.
  }
}

function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
