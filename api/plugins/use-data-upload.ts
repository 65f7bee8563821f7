import type { Plugin } from 'graphql-yoga';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { WebhookSettings } from '../changes/webhook.ts';
import type { Database } from '../db/database.ts';
import type { Principal } from '../security/api-keys.ts';
import { roleAllows } from '../security/api-keys.ts';
import type { SecurityOptions } from '../security/options.ts';
import { readPlanView } from '../uploads/plan-view.ts';
import { readJsonBody } from '../uploads/read-json-body.ts';
import { receiveFiles } from '../uploads/receive-files.ts';
import { savePlan } from '../uploads/save-plan.ts';
import { UploadFolders, type UploadRecord } from '../uploads/upload-folders.ts';
import { safeUploadName } from '../uploads/upload-names.ts';
import { badUpload, UploadRefusal } from '../uploads/upload-refusal.ts';
import { matchUploadRoute, type UploadRoute } from '../uploads/upload-routes.ts';
import { UploadRuns, type RunChoices } from '../uploads/upload-runs.ts';
import { MAX_PLAN_BYTES } from '../uploads/upload-settings.ts';
import type { RequestAuthenticator } from './use-auth.ts';
import { PREFLIGHT_HEADERS } from './use-csrf.ts';

/**
 * The explorer's "Add data": an editor uploads a strategist's files, reads
 * what each is, corrects the plan, dry-runs and imports, all through the
 * importer `npm run import` uses (api/import/), so the same lock, staging and
 * all-or-nothing switch hold.
 *
 * - `GET /uploads/access`: the caller's role and the limits (any valid key: the explorer shows the button to editors only);
 * - `POST /uploads` (multipart/form-data): a new upload with its files → 201, the upload;
 * - `GET /uploads/<id>`: its files, the plan as checked now, and the last dry run's or import's outcome;
 * - `POST /uploads/<id>/files` (multipart): more files, or corrected ones (same name replaces);
 * - `DELETE /uploads/<id>/files/<name>`, `DELETE /uploads/<id>`;
 * - `PUT /uploads/<id>/plan` (the plan as JSON): saved as import-plan.json, answered checked;
 * - `POST /uploads/<id>/dry-run` (`{ replace, name }`): the match report and what would change;
 * - `POST /uploads/<id>/import` (`{ replace, skipBadRows, name }`): 202 once it holds the import
 *   lock; its progress is the import status (ecosystemSummary.import), its outcome the upload's GET.
 *
 * Every answer is JSON; every refusal `{ "error": { "code", "message" } }` with its status: 400 (the
 * file and why), 401/403 as the API's, 404, 409 (another import runs, or this upload is busy), 413, 415.
 * Writes need a header a cross-site form cannot send (x-partnergraph-csrf, or Authorization), as
 * /graphql does for simple requests. GraphQL keeps `multipart: false`: uploads never reach it.
 */
export function useDataUpload(
  db: Database,
  authenticate: RequestAuthenticator,
  options: SecurityOptions,
  webhook?: WebhookSettings,
): Plugin {
  const settings = options.uploads;
  const folders = new UploadFolders(settings);
  const runs = new UploadRuns(db, folders, settings, webhook);
  // Uploads left alone are removed after a day, even when nobody uploads again to trigger the sweep.
  const sweeper = setInterval(() => safely(() => folders.sweep()), Math.min(settings.maxAgeMs, 60 * 60 * 1000));
  sweeper.unref();
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      const route = matchUploadRoute(request.method, url.pathname);
      if (!route) return;
      try {
        const principal = admit(request, route, authenticate, options.csrfPrevention);
        const { status, body } = await answer(route, request, principal);
        endResponse(json(fetchAPI, status, body));
      } catch (error) {
        const refusal = error instanceof UploadRefusal ? error : unexpected(error);
        const headers: Record<string, string> = {};
        if (refusal.status === 401) headers['www-authenticate'] = 'Bearer realm="PartnerGraph"';
        if (route.route === 'method-not-allowed') headers.allow = route.allowed;
        endResponse(
          json(
            fetchAPI,
            refusal.status,
            {
              error: {
                code: refusal.code,
                message: refusal.message,
                ...(refusal.problems && { problems: refusal.problems }),
              },
            },
            headers,
          ),
        );
      }
    },
  };

  async function answer(
    route: UploadRoute,
    request: Request,
    principal: Principal,
  ): Promise<{ status: number; body: unknown }> {
    switch (route.route) {
      case 'method-not-allowed':
        throw new UploadRefusal(405, 'BAD_USER_INPUT', `This address takes ${route.allowed} only.`);
      case 'access':
        return {
          status: 200,
          body: {
            role: principal.role,
            canUpload: roleAllows(principal.role, 'editor'),
            maxFileBytes: settings.maxFileBytes,
            maxFiles: settings.maxFiles,
          },
        };
      case 'create': {
        const record = folders.create(principal.name);
        try {
          await folders.whileBusy(record.id, 'receiving files', () =>
            receiveFiles(request, folders.folderOf(record.id), settings, []),
          );
        } catch (error) {
          folders.remove(record.id);
          throw error;
        }
        return { status: 201, body: await describe(record) };
      }
      case 'read':
        return { status: 200, body: await describe(folders.get(route.id, principal.name)) };
      case 'delete': {
        const record = folders.get(route.id, principal.name);
        if (folders.isBusy(record.id))
          throw new UploadRefusal(
            409,
            'UPLOAD_BUSY',
            'This upload is being imported; it is removed once the import is done.',
          );
        folders.remove(record.id);
        return { status: 200, body: { removed: record.id } };
      }
      case 'add-files': {
        const record = folders.get(route.id, principal.name);
        const existing = folders.files(record.id).map((file) => file.name);
        await folders.whileBusy(record.id, 'receiving files', () =>
          receiveFiles(request, folders.folderOf(record.id), settings, existing),
        );
        folders.touch(record);
        return { status: 200, body: await describe(record) };
      }
      case 'remove-file': {
        const record = folders.get(route.id, principal.name);
        const name = safeUploadName(decoded(route.file));
        const present = folders.files(record.id).some((file) => 'name' in name && file.name === name.name);
        if (!('name' in name) || !present)
          throw new UploadRefusal(
            404,
            'NOT_FOUND',
            `This upload has no file ${JSON.stringify(decoded(route.file).slice(0, 120))}.`,
          );
        await folders.whileBusy(record.id, 'removing a file', async () =>
          rmSync(join(folders.folderOf(record.id), name.name), { force: true }),
        );
        folders.touch(record);
        return { status: 200, body: await describe(record) };
      }
      case 'save-plan': {
        const record = folders.get(route.id, principal.name);
        const body = await readJsonBody(request, MAX_PLAN_BYTES);
        await folders.whileBusy(record.id, 'saving the plan', async () => savePlan(folders.folderOf(record.id), body));
        folders.touch(record);
        return { status: 200, body: await describe(record) };
      }
      case 'dry-run': {
        const record = folders.get(route.id, principal.name);
        const run = await runs.dryRun(record, runChoices(await readJsonBody(request, MAX_PLAN_BYTES)));
        return { status: 200, body: { run } };
      }
      case 'import': {
        const record = folders.get(route.id, principal.name);
        const run = await runs.startImport(record, runChoices(await readJsonBody(request, MAX_PLAN_BYTES)));
        return { status: run.state === 'running' ? 202 : 200, body: { run } };
      }
    }
  }

  async function describe(record: UploadRecord) {
    // The outcome first, in the same tick as the record was read: an import ending while the plan is
    // read below would otherwise leave a record saying `running` that no import runs (read as interrupted).
    const run = runs.outcome(record) ?? null;
    const busy = folders.isBusy(record.id);
    return {
      id: record.id,
      createdAt: record.createdAt,
      files: folders.files(record.id),
      busy,
      plan: await readPlanView(folders.folderOf(record.id), settings.maxFileBytes),
      run,
    };
  }
}

/**
 * Who may use the route: with keys, a valid one (401), an editor's for all
 * but `access` (403); writes carry a header a cross-site form cannot send
 * (403). Without keys everyone is the local editor.
 */
function admit(request: Request, route: UploadRoute, authenticate: RequestAuthenticator, csrf: boolean): Principal {
  const auth = authenticate(request);
  if (!auth.ok) {
    throw new UploadRefusal(
      401,
      'UNAUTHENTICATED',
      auth.reason === 'missing'
        ? 'This API needs a key: send the header "Authorization: Bearer <key>".'
        : 'The API key is not valid.',
    );
  }
  if (route.route !== 'access' && !roleAllows(auth.principal.role, 'editor')) {
    throw new UploadRefusal(
      403,
      'FORBIDDEN',
      `Adding data needs an editor key; ${auth.principal.name} is a ${auth.principal.role}.`,
    );
  }
  const reads = request.method === 'GET' || request.method === 'HEAD';
  if (csrf && !reads && !PREFLIGHT_HEADERS.some((header) => request.headers.has(header))) {
    throw new UploadRefusal(
      403,
      'CSRF_HEADER_REQUIRED',
      'This request could have been sent by another web site: add the header "x-partnergraph-csrf: 1".',
    );
  }
  return auth.principal;
}

function runChoices(body: Record<string, unknown>): RunChoices {
  const { replace = false, skipBadRows = false, name } = body;
  if (typeof replace !== 'boolean')
    throw badUpload('"replace" must be true (the files replace the data) or false (they are merged into it).');
  if (typeof skipBadRows !== 'boolean') throw badUpload('"skipBadRows" must be true or false.');
  if (name !== undefined && name !== null && typeof name !== 'string')
    throw badUpload('"name" must be the market’s name, as text.');
  return { replace, skipBadRows, ...(typeof name === 'string' && { name }) };
}

function json(
  fetchAPI: { Response: typeof Response },
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw badUpload('Malformed URL escape in the path.');
  }
}

function unexpected(error: unknown): UploadRefusal {
  console.error('Upload: unexpected error', error);
  return new UploadRefusal(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
}

function safely(work: () => void): void {
  try {
    work();
  } catch (error) {
    console.error('Upload: could not sweep old uploads', error);
  }
}
