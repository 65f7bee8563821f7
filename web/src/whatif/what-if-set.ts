/**
 * Editing the what-if tray's partner set: the moves a strategist makes, each
 * keeping the set valid for the `whatIf` query (a company is added or
 * dropped, never both; undoing a move takes it out of its list). Pure.
 */
import type { WhatIfSet } from '../state/url-state.ts';

/** Makes a candidate a hypothetical partner (and no longer dropped). */
export function addCandidate(set: WhatIfSet, id: string): WhatIfSet {
  return { open: true, add: withId(set.add, id), drop: without(set.drop, id) };
}

/** Lets a current partner go in the hypothetical set. */
export function dropPartner(set: WhatIfSet, id: string): WhatIfSet {
  return { open: true, add: without(set.add, id), drop: withId(set.drop, id) };
}

/** Undoes an add or a drop: the company is back to what it is today. The tray stays open. */
export function restore(set: WhatIfSet, id: string): WhatIfSet {
  return { open: true, add: without(set.add, id), drop: without(set.drop, id) };
}

function withId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [...ids] : [...ids, id];
}

function without(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}
