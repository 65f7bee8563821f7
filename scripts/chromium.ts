import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where a Chromium or Chrome binary usually is, after CHROMIUM_PATH. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser the browser tests, the bench and the screenshots drive: CHROMIUM_PATH, else one found on this machine. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const onPath = (env.PATH ?? '').split(delimiter).flatMap((dir) => ON_PATH.map((name) => join(dir, name)));
  return [...CANDIDATES, ...onPath].find(executable);
}

/**
 * A browser for the browser tests: one found on the machine, or Debian's
 * chromium installed with apt-get when this process may (root, apt-get
 * present). Otherwise an Error whose message says in one line what to run.
 */
export function provideChromium(log: (line: string) => void = (line) => console.error(line)): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH)
    throw new Error(
      `CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which is not an executable browser: point it at Chromium or Chrome.`,
    );
  const canInstall = process.getuid?.() === 0 && executable('/usr/bin/apt-get');
  if (canInstall) {
    log('The browser tests need Chromium: installing Debian’s chromium (apt-get, about a minute)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
        : update;
    const installed = findChromium();
    if (install.status === 0 && installed) return installed;
  }
  throw new Error(
    'The browser tests need Chromium: run `sudo apt-get install chromium` (or set CHROMIUM_PATH to a Chromium or Chrome binary), then npm test again.',
  );
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
