import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { forbidden, unauthenticated } from '../errors.ts';
import { roleAllows, type Authentication, type Keyring } from '../security/api-keys.ts';
import { plainText } from './plain-text.ts';

/** The Authentication of a request, worked out once however many plugins ask. */
export type RequestAuthenticator = (request: Request) => Authentication;

export function createRequestAuthenticator(keyring: Keyring): RequestAuthenticator {
  const seen = new WeakMap<Request, Authentication>();
  return (request) => {
    let result = seen.get(request);
    if (!result) {
      result = keyring.authenticate(request.headers.get('authorization'));
      seen.set(request, result);
    }
    return result;
  };
}

const MISSING = 'This API needs a key: send the header "Authorization: Bearer <key>".';
const INVALID = 'The API key is not valid.';

/**
 * Access control by API key (docs/security.md). With keys configured:
 * - every GraphQL operation needs a valid key (viewer or editor), checked
 *   before the request body is even read: UNAUTHENTICATED, HTTP 401;
 * - mutations need an editor key: FORBIDDEN, HTTP 403, and nothing runs;
 * - the CSV downloads under /export/ need a valid key: 401 in plain text.
 * `/health`, GraphiQL's page and the explorer's files stay open: they hold no
 * partner data. Without keys everyone is an editor (loopback only, see server.ts).
 */
export function useAuth(keyring: Keyring, authenticate: RequestAuthenticator): Plugin {
  if (!keyring.enabled) return {};
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const auth = authenticate(request);
      if (!auth.ok) {
        endResponse(
          plainText(fetchAPI, 401, auth.reason === 'missing' ? MISSING : INVALID, {
            'www-authenticate': 'Bearer realm="PartnerGraph"',
          }),
        );
      }
    },
    onRequestParse({ request }) {
      const auth = authenticate(request);
      if (!auth.ok) throw unauthenticated(auth.reason === 'missing' ? MISSING : INVALID);
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName ?? undefined)?.operation !== 'mutation') return;
      const request = (args.contextValue as { request?: Request }).request;
      const auth = request ? authenticate(request) : undefined;
      if (!auth?.ok) {
        setResultAndStopExecution({ errors: [unauthenticated(MISSING)] });
      } else if (!roleAllows(auth.principal.role, 'editor')) {
        setResultAndStopExecution({
          errors: [
            forbidden(
              `Changing data (shortlists, records) needs an editor key; ${auth.principal.name} is a ${auth.principal.role}.`,
            ),
          ],
        });
      }
    },
  };
}
