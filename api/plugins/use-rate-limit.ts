import type { Plugin } from 'graphql-yoga';
import { rateLimited } from '../errors.ts';
import { measuredShapeOf, type BoundsSource } from '../security/operation-shape.ts';
import type { RateLimiter } from '../security/rate-limiter.ts';
import type { RequestAuthenticator } from './use-auth.ts';
import { plainText } from './plain-text.ts';

/**
 * Rate limiting of the expensive requests, per API key (or per client address
 * when no keys are configured): GraphQL operations asking for EXPENSIVE_FIELDS
 * (api/security/operation-shape.ts) and the CSV downloads. An operation takes
 * one token per walk of the market it asks for: each expensive field as many
 * times as the resolvers will walk, so `shortlists(first: 50) { entries { … } }`
 * over 50 focal companies' shortlists takes 50 (one focal company's, 1), and
 * fifteen aliased overlaps take 15. A request
 * asking for more than the whole bucket passes only on a full one, and empties
 * it. Over the limit: RATE_LIMITED with HTTP 429 and `Retry-After` (plain text
 * for /export/); cheap queries are never limited. The address is the TCP
 * peer's: X-Forwarded-For is not trusted, since any client can write it.
 */
export function useRateLimit(limiter: RateLimiter, authenticate: RequestAuthenticator, bounds?: BoundsSource): Plugin {
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
        endResponse(
          plainText(fetchAPI, 429, `Too many expensive requests; try again in ${seconds}s.`, {
            'retry-after': String(seconds),
          }),
        );
      }
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const shape = await measuredShapeOf(args, bounds);
      // Calls, not occurrences: the analysis multiplies each by the lists it is nested in.
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
