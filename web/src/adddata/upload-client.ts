/**
 * The explorer's calls to the upload routes (api/plugins/use-data-upload.ts):
 * plain fetches with the explorer's key, and the header that tells the
 * server a write is not a cross-site form. A refusal rejects with an ApiError
 * carrying the server's own sentence and code.
 */
import { ApiError, authorization } from '../client/graphql-client.ts';
import type { ImportPlan, RunChoices, Upload, UploadAccess, UploadRun } from './upload-types.ts';

const BASE = '/uploads';

async function send<T>(method: string, path: string, body?: FormData | object): Promise<T> {
  const json = body !== undefined && !(body instanceof FormData);
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        'x-partnergraph-csrf': '1',
        ...authorization(),
        ...(json && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : json ? JSON.stringify(body) : body,
    });
  } catch (error) {
    throw new ApiError(
      `Could not reach the PartnerGraph server (${error instanceof Error ? error.message : String(error)}). Is it running?`,
      'NETWORK',
    );
  }
  const answer = (await response.json().catch(() => undefined)) as
    ({ error?: { code: string; message: string; problems?: string[] } } & T) | undefined;
  if (!response.ok || !answer) {
    const error = answer?.error;
    const message = error
      ? [error.message, ...(error.problems ?? [])].join('\n')
      : `The server answered ${response.status} ${response.statusText}.`;
    throw new ApiError(message, error?.code ?? `HTTP_${response.status}`);
  }
  return answer;
}

const formOf = (files: readonly File[]): FormData => {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return form;
};

export const uploadAccess = () => send<UploadAccess>('GET', '/access');
export const createUpload = (files: readonly File[]) => send<Upload>('POST', '', formOf(files));
export const addFiles = (id: string, files: readonly File[]) => send<Upload>('POST', `/${id}/files`, formOf(files));
export const removeFile = (id: string, name: string) =>
  send<Upload>('DELETE', `/${id}/files/${encodeURIComponent(name)}`);
export const readUpload = (id: string) => send<Upload>('GET', `/${id}`);
export const savePlan = (id: string, plan: ImportPlan) => send<Upload>('PUT', `/${id}/plan`, plan);
export const dryRun = async (id: string, choices: RunChoices) =>
  (await send<{ run: UploadRun }>('POST', `/${id}/dry-run`, choices)).run;
export const startImport = async (id: string, choices: RunChoices) =>
  (await send<{ run: UploadRun }>('POST', `/${id}/import`, choices)).run;
export const deleteUpload = (id: string) => send<{ removed: string }>('DELETE', `/${id}`);
