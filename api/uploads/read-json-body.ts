import { megabytes } from '../import/folder-files.ts';
import { badUpload, UploadRefusal } from './upload-refusal.ts';

/**
 * A request's JSON body, read up to `maxBytes` (413 past it, counted as it
 * streams, whatever Content-Length says); an empty body is `{}`. Not JSON,
 * or not an object: 400.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  if (request.body) {
    for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      if (bytes > maxBytes)
        throw new UploadRefusal(
          413,
          'REQUEST_ENTITY_TOO_LARGE',
          `The request is over ${megabytes(maxBytes)}; it should be a few kilobytes of JSON.`,
        );
      chunks.push(chunk);
    }
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badUpload(`The request is not JSON: ${(error as Error).message}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badUpload('The request must be a JSON object.');
  return value as Record<string, unknown>;
}
