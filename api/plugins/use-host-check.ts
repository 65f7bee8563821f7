import type { Plugin } from 'graphql-yoga';
import { plainText } from './plain-text.ts';

/**
 * Answers only requests whose `Host` names this server (port ignored). A page
 * on a hostile site can point its own domain at 127.0.0.1 ("DNS rebinding")
 * and then read a loopback server as if it were same-origin; the Host header
 * it sends still names the hostile domain, and is refused here with 403.
 * Without `allowedHosts` every host is answered.
 */
export function useHostCheck(allowedHosts: readonly string[] | undefined): Plugin {
  if (!allowedHosts) return {};
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      const host = hostName(request.headers.get('host') ?? new URL(request.url).host);
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
