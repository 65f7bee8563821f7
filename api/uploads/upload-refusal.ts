/** The codes an upload route answers with, beside the API's own (api/errors.ts). */
export type UploadCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF_HEADER_REQUIRED'
  | 'IMPORT_RUNNING'
  | 'UPLOAD_BUSY'
  | 'REQUEST_ENTITY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'DATABASE_UNAVAILABLE'
  | 'INSUFFICIENT_STORAGE'
  | 'INTERNAL_SERVER_ERROR';

/**
 * An upload refused with a status and one sentence for a person; the routes
 * answer it as `{ "error": { "code", "message", "problems"? } }`, never with a
 * stack. `problems` lists what a refused plan has wrong, each on its own.
 */
export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: UploadCode,
    message: string,
    readonly problems?: string[],
  ) {
    super(message);
    this.name = 'UploadRefusal';
  }
}

export const badUpload = (message: string, problems?: string[]): UploadRefusal =>
  new UploadRefusal(400, 'BAD_USER_INPUT', message, problems);
