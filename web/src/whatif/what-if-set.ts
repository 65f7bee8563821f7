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

/** True when the company's what-if move is made: a candidate added, or a partner (`isPartner`) dropped. */
export function isMoved(set: WhatIfSet, id: string, isPartner: boolean): boolean {
  return (isPartner ? set.drop : set.add).includes(id);
}

/** A company's one what-if move, or its undo: a partner is dropped, anyone else added. */
export function toggleMove(set: WhatIfSet, id: string, isPartner: boolean): WhatIfSet {
  if (isMoved(set, id, isPartner)) return restore(set, id);
  return isPartner ? dropPartner(set, id) : addCandidate(set, id);
}

function withId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [...ids] : [...ids, id];
}

function without(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}
