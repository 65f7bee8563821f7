import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.ts';

/**
 * Headers a cross-site page cannot add without the browser first asking the
 * server (a CORS preflight, which CORS_ORIGINS decides). Any one of them on a
 * request shows it was not a forged form post or image tag.
 */
export const PREFLIGHT_HEADERS = [
  'authorization',
  'x-partnergraph-csrf',
  'graphql-preflight',
  'apollo-require-preflight',
  'x-apollo-operation-name',
];

/** Body types a page may post cross-site without a preflight (the CORS "simple" ones). */
const SIMPLE_CONTENT_TYPES = new Set(['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * CSRF prevention for /graphql: a request a browser could send from another
 * site without asking first (a GET, or a POST of a form or plain text) must
 * carry one of PREFLIGHT_HEADERS, or it gets 403 CSRF_HEADER_REQUIRED before
 * its body is read. The explorer and GraphiQL post JSON (`content-type:
 * application/json`), which browsers always preflight, so they pass as they
 * are; GraphiQL's page itself (a GET asking for HTML) is served before this.
 */
export function useCsrfPrevention(enabled = true): Plugin {
  if (!enabled) return {};
  return {
    onRequestParse({ request }) {
      const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const simple = request.method === 'GET' || request.method === 'HEAD' || SIMPLE_CONTENT_TYPES.has(contentType);
      if (!simple || PREFLIGHT_HEADERS.some((header) => request.headers.has(header))) return;
      throw apiError(
        'CSRF_HEADER_REQUIRED',
        'This request could have been sent by another web site: send it as JSON (content-type: application/json), or add the header "x-partnergraph-csrf: 1".',
        {},
        { status: 403 },
      );
    },
  };
}
