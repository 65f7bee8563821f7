/**
 * Why a request is too malformed to answer, in one sentence for a 400, or
 * undefined when it is fine.
 *
 * graphql-yoga's Node adapter (@whatwg-node/server) builds each request's URL
 * as `http://<Host header><request target>` before any plugin runs; when that
 * is not a URL (`Host: a b`, `Host: [`, `Host: localhost:99999`,
 * `Host: localhost:abc`) it answered 500 with `TypeError: Invalid URL` and the
 * server's file paths. api/server.ts asks this first, and the host check
 * (use-host-check.ts) asks it of requests that reach the app another way.
 */
export function malformedRequest(host: string | undefined, target = '/'): string | undefined {
  if (host !== undefined && !isHostHeader(host))
    return 'Bad request: the Host header must be a host name or address with an optional port.';
  try {
    new URL(`http://${host ?? 'localhost'}${target}`);
  } catch {
    return 'Bad request: the request target must be a path such as /graphql.';
  }
  return undefined;
}

/**
 * RFC 9110's `Host = uri-host [ ":" port ]`, as the URL parser reads it: a
 * name, an IPv4 address or a bracketed IPv6 one, then at most a port of
 * 0–65535 (the parser refuses larger ones and letters). Characters that would
 * make the URL mean something else (`/`, `?`, `#`, `@`, `\`, spaces) are
 * refused before the parser could take them for a path or credentials.
 */
function isHostHeader(host: string): boolean {
  if (host === '' || /[\s/?#@\\]/.test(host)) return false;
  try {
    return new URL(`http://${host}/`).hostname !== '';
  } catch {
    return false;
  }
}
