import type { PoolCounts } from './fit-evidence.ts';

// Its own module, below calibrate.ts and likelihood.ts: both take the type, so neither imports the other for it.

/** What the calibration reads about one studied company: its pool's counts and who the ranking rules out for it. */
export interface StudiedCompany {
  counts: PoolCounts;
  /** 1 for a declared rival or (where decisive) a core–core overlap: never in its ranking. */
  ruledOut: Uint8Array;
}
