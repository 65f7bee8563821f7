import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES } from '../import/read-folder.ts';

/**
 * What the explorer's "Add data" routes (api/plugins/use-data-upload.ts) may
 * take and where they keep it. The same limits as the command line's import,
 * plus the few an upload over HTTP needs.
 */
export interface UploadSettings {
  /** Where upload folders live, one per upload under a random id. Default: `partnergraph-uploads` in the system temp dir. */
  root: string;
  /** Largest file, in bytes: IMPORT_MAX_FILE_MB, as for `npm run import`. Default 1,024 MB. */
  maxFileBytes: number;
  /** Files one upload may hold. Default 20: a strategist's folder is a handful of exports. */
  maxFiles: number;
  /** Uploads one key (or the local user) may keep at once; a new one past it removes the oldest idle one. Default 5. */
  maxUploadsPerUser: number;
  /** An upload left alone this long is removed, files and all. Default a day. */
  maxAgeMs: number;
}

/** import-plan.json is a few kilobytes a file; a megabyte is far past any real plan. */
export const MAX_PLAN_BYTES = 1024 * 1024;

export const DEFAULT_UPLOAD_SETTINGS: UploadSettings = {
  root: join(tmpdir(), 'partnergraph-uploads'),
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  maxFiles: 20,
  maxUploadsPerUser: 5,
  maxAgeMs: 24 * 60 * 60 * 1000,
};
