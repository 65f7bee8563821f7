// `npm run test:node -- <major> [vitest arguments…]`: runs the tests on another
// Node.js major (22, 24…) fetched from the npm registry's `node` package into
// .cache/node-<major> once, so one machine checks every runtime the project
// supports. Everything the tests start (tsx, npm start) finds that Node first
// on the PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const [major, ...vitestArgs] = process.argv.slice(2);
if (!/^\d+$/.test(major ?? '')) {
  console.error('Usage: npm run test:node -- <major, e.g. 22> [vitest arguments…]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const home = join(root, '.cache', `node-${major}`);
const bin = join(home, 'node_modules', '.bin');
if (!existsSync(join(bin, 'node'))) {
  mkdirSync(home, { recursive: true });
  console.error(`Fetching Node.js ${major} from the npm registry into .cache/node-${major}…`);
  const fetched = spawnSync(
    'npm',
    ['install', '--prefix', home, '--no-audit', '--no-fund', '--no-save', `node@${major}`],
    { stdio: 'inherit' },
  );
  if (fetched.status !== 0) process.exit(fetched.status ?? 1);
}
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
const version = spawnSync(join(bin, 'node'), ['--version'], { env, encoding: 'utf8' }).stdout.trim();
console.error(`Running the tests on Node.js ${version}…`);
const run = spawnSync(join(bin, 'node'), [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...vitestArgs], {
  stdio: 'inherit',
  env,
  cwd: root,
});
process.exit(run.status ?? 1);
