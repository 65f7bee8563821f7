import type { Plugin } from 'graphql-yoga';
import { malformedRequest } from '../security/malformed-request.ts';
import { plainText } from './plain-text.ts';

/**
 * Answers only requests whose `Host` names this server (port ignored). A page
 * on a hostile site can point its own domain at 127.0.0.1 ("DNS rebinding")
 * and then read a loopback server as if it were same-origin; the Host header
 * it sends still names the hostile domain, and is refused here with 403.
 * Without `allowedHosts` every well-formed host is answered. A malformed Host
 * header is a 400 either way (api/server.ts answers it before the app when the
 * request comes through Node's server; this covers every other way in).
 */
export function useHostCheck(allowedHosts: readonly string[] | undefined): Plugin {
  const allowed = allowedHosts && new Set(allowedHosts.map((host) => host.toLowerCase()));
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      const header = request.headers.get('host') ?? undefined;
      const problem = malformedRequest(header);
      if (problem) {
        endResponse(plainText(fetchAPI, 400, problem));
        return;
      }
      if (!allowed) return;
      const host = hostName(header ?? new URL(request.url).host);
      if (!allowed.has(host)) {
        endResponse(plainText(fetchAPI, 403, `Host "${host}" is not served here; set ALLOWED_HOSTS to add it.`));
      }
    },
  };
}

/** `Example.com:4000` → `example.com`, `[::1]:4000` → `[::1]`. */
export function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.replace(/:\d*$/, '');
}
