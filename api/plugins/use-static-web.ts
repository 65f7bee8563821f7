import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
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

/**
 * Serves the explorer's built files from `root` for every GET that is not the
 * GraphQL endpoint; unknown paths get `index.html` so deep links such as
 * `/?focal=acme` or `/shortlist` load the app. Without a build, a plain page
 * says how to get one.
 */
export function useStaticWeb(root: string, graphqlPath = '/graphql'): Plugin {
  const base = resolve(root);
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === graphqlPath || url.pathname.startsWith(`${graphqlPath}/`)) return;
      const file = resolveFile(base, url.pathname);
      if (!file) {
        endResponse(new fetchAPI.Response(PLAIN_PAGE, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
        return;
      }
      const hashed = file.includes(`${join(base, 'assets')}`);
      endResponse(
        new fetchAPI.Response(readFileSync(file), {
          headers: {
            'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            // Vite fingerprints assets, so they can be cached for good; index.html never.
            'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
          },
        }),
      );
    },
  };
}

function resolveFile(base: string, pathname: string): string | undefined {
  const candidate = resolve(base, `.${normalize(decodeURIComponent(pathname))}`);
  // Never serve outside the build folder, whatever the path says.
  if (candidate.startsWith(base) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(base, 'index.html');
  return existsSync(index) ? index : undefined;
}

const PLAIN_PAGE = `<!doctype html><meta charset="utf-8"><title>PartnerGraph</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto">
<h1>PartnerGraph</h1><p>The API is running: open <a href="/graphql">/graphql</a> to query it.</p>
<p>The explorer has not been built yet (<code>npm run build:web</code>).</p></body>`;
