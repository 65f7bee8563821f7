import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
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
