import type { QueryRows } from '../../db/query-rows.ts';
import { holderIsDead } from '../../import/import-lock.ts';

export interface ImportStatus {
  state: 'RUNNING' | 'INTERRUPTED';
  phase: 'STAGING' | 'APPLYING' | 'CLEANING';
  dataset: string | null;
  replace: boolean;
  startedAt: string;
  lastHeardAt: string;
  file: string | null;
  rows: number | null;
}

/** What the API says about the import lock (api/schema/imports.graphql): running, or left by an import that died. */
export function importStatus(lock: QueryRows['ecosystem-summary']['importLock'] | undefined): ImportStatus | null {
  if (!lock) return null;
  return {
    state: holderIsDead(lock) ? 'INTERRUPTED' : 'RUNNING',
    phase: lock.phase.toUpperCase() as ImportStatus['phase'],
    dataset: lock.dataset,
    replace: lock.replace ?? false,
    startedAt: lock.startedAt,
    lastHeardAt: lock.heartbeatAt,
    file: lock.file,
    rows: lock.rows,
  };
}
