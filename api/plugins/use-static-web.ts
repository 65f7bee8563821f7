import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface StaticWebOptions {
  /**
   * An API key the explorer sends as `Authorization: Bearer`, handed to it in
   * index.html as `<meta name="partnergraph-key" content="…">`. Whoever can load
   * the page gets it, so it should be the least role the explorer's users need.
   * Default none (no tag).
   */
  explorerKey?: string;
  /** Default `/graphql`. */
  graphqlPath?: string;
}

/** Sent with every page and file: no sniffing, no framing (clickjacking), no referrer leaking focal ids. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

/**
 * Serves the explorer's built files from `root` for every GET that is not the
 * GraphQL endpoint; unknown paths get `index.html` so deep links such as
 * `/?focal=acme` or `/shortlist` load the app. Without a build, a plain page
 * says how to get one.
 */
export function useStaticWeb(root: string, { explorerKey, graphqlPath = '/graphql' }: StaticWebOptions = {}): Plugin {
  const base = resolve(root);
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === graphqlPath || url.pathname.startsWith(`${graphqlPath}/`)) return;
      const file = resolveFile(base, url.pathname);
      if (!file) {
        endResponse(
          new fetchAPI.Response(PLAIN_PAGE, {
            headers: { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS },
          }),
        );
        return;
      }
      const hashed = file.includes(`${join(base, 'assets')}`);
      const keyed = explorerKey !== undefined && file === join(base, 'index.html');
      endResponse(
        new fetchAPI.Response(keyed ? withKeyMeta(readFileSync(file, 'utf8'), explorerKey) : readFileSync(file), {
          headers: {
            'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            // Vite fingerprints assets, so they can be cached for good; index.html never,
            // and a page carrying a key is not even stored.
            'cache-control': hashed ? 'public, max-age=31536000, immutable' : keyed ? 'no-store' : 'no-cache',
            ...SECURITY_HEADERS,
          },
        }),
      );
    },
  };
}

/** Puts the key into the page's head, escaped for an attribute. */
function withKeyMeta(html: string, key: string): string {
  const escaped = key.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const meta = `<meta name="partnergraph-key" content="${escaped}">`;
  const head = /<head(\s[^>]*)?>/i;
  return head.test(html) ? html.replace(head, (tag) => `${tag}\n    ${meta}`) : `${meta}\n${html}`;
}

function resolveFile(base: string, pathname: string): string | undefined {
  const candidate = resolve(base, `.${normalize(safeDecode(pathname))}`);
  // Never serve outside the build folder (nor a sibling such as web-old/), whatever the path says.
  if (candidate.startsWith(`${base}${sep}`) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(base, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** A malformed escape such as `%E0%A4%A` is a path to nothing, not a server error. */
function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return '/';
  }
}

const PLAIN_PAGE = `<!doctype html><meta charset="utf-8"><title>PartnerGraph</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto">
<h1>PartnerGraph</h1><p>The API is running: open <a href="/graphql">/graphql</a> to query it.</p>
<p>The explorer has not been built yet (<code>npm run build:web</code>).</p></body>`;
