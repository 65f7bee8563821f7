import type { Plugin } from 'graphql-yoga';
import { rateLimited } from '../errors.ts';
import { operationShapeOf } from '../security/operation-shape.ts';
import type { RateLimiter } from '../security/rate-limiter.ts';
import type { RequestAuthenticator } from './use-auth.ts';
import { plainText } from './plain-text.ts';

/**
 * The fields that rank or score companies: each occurrence (aliases too)
 * takes a token. `Shortlist.entries` scores a shortlist's pins; how many
 * shortlists and pins one occurrence scores is bounded by `first` and the cost limit.
 */

/**
 * Rate limiting of the expensive requests, per API key (or per client address
 * when no keys are configured): GraphQL operations asking for EXPENSIVE_FIELDS
 * and the CSV downloads. Over the limit: RATE_LIMITED with HTTP 429 and
 * `Retry-After` (plain text for /export/); cheap queries are never limited.
 * The address is the TCP peer's: X-Forwarded-For is not trusted, since any
 * client can write it.
 */
export function useRateLimit(limiter: RateLimiter, authenticate: RequestAuthenticator): Plugin {
  const clientOf = (request: Request, context: unknown): string => {
    const auth = authenticate(request);
    // 'local' is the principal of a server without keys: tell its clients apart by address instead.
    return auth.ok && auth.principal.name !== 'local' ? auth.principal.name : `address ${clientAddress(context)}`;
  };
  return {
    onRequest({ request, url, serverContext, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const admission = limiter.take(clientOf(request, serverContext));
      if (!admission.ok) {
        const seconds = admission.retryAfterSeconds;
        endResponse(plainText(fetchAPI, 429, `Too many expensive requests; try again in ${seconds}s.`, { 'retry-after': String(seconds) }));
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      const shape = operationShapeOf(args);
      const count = [...shape.watched.values()].reduce((sum, n) => sum + n, 0);
      if (count === 0) return;
      const context = args.contextValue as { request?: Request };
      if (!context.request) return;
      const admission = limiter.take(clientOf(context.request, context), count);
      if (!admission.ok) setResultAndStopExecution({ errors: [rateLimited(admission.retryAfterSeconds)] });
    },
  };
}

/** The peer address Node's adapter puts in the server context (`req`); tests calling app.fetch have none. */
function clientAddress(context: unknown): string {
  const req = (context as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'unknown';
}
