/**
 * The names of the companies the page has already been told about (the map's
 * nodes, the ranking's rows), so a panel opened on one shows its name at once
 * rather than its raw id while its own numbers load. A tiny external store:
 * components read it with useCompanyName and re-render when a name arrives.
 */
import { useSyncExternalStore } from 'react';

const names = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

export function rememberCompanyNames(companies: Iterable<{ id: string; name: string }>): void {
  let changed = false;
  for (const { id, name } of companies) {
    if (names.get(id) === name) continue;
    names.set(id, name);
    changed = true;
  }
  if (!changed) return;
  version += 1;
  for (const listener of listeners) listener();
}

/** The company's name once any answer on the page has given it; undefined until then. */
export function useCompanyName(id: string): string | undefined {
  useSyncExternalStore(subscribe, () => version);
  return names.get(id);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
