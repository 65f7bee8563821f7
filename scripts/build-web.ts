import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
/** Where `vite build` writes the explorer; the server serves it from here. */
export const WEB_BUILD_DIR = join(ROOT, 'dist/web');
const SOURCES = [join(ROOT, 'web'), join(ROOT, 'vite.config.ts'), join(ROOT, 'package-lock.json')];

/** Rebuilds the explorer when any of its sources is newer than the last build. */
export async function buildWebIfStale(): Promise<void> {
  if (!existsSync(join(ROOT, 'web/index.html'))) return; // nothing to build yet
  const built = join(WEB_BUILD_DIR, 'index.html');
  if (existsSync(built) && newestChange(SOURCES) <= statSync(built).mtimeMs) return;
  console.log('Building the explorer…');
  await buildWeb(WEB_BUILD_DIR);
}

/**
 * `vite build` into `outDir`, in a child process with NODE_ENV=production.
 * Vite and its React plugin take the caller's NODE_ENV: a build started under
 * vitest (NODE_ENV=test) shipped development React to `npm start`, which runs
 * every effect twice (StrictMode) and so sent every query twice. Setting the
 * variable in our own process instead would change it for whatever else runs there.
 */
export async function buildWeb(outDir: string): Promise<void> {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  await promisify(execFile)(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      join(ROOT, 'vite.config.ts'),
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

function newestChange(paths: string[]): number {
  return Math.max(
    0,
    ...paths.filter(existsSync).map((path) => {
      const stat = statSync(path);
      if (!stat.isDirectory()) return stat.mtimeMs;
      return newestChange(readdirSync(path).map((entry) => join(path, entry)));
    }),
  );
}
