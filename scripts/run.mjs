// `node scripts/run.mjs <script.ts> [args…]`: what `npm start` and the other
// scripts run. Installs the npm packages when they are missing (a fresh
// clone), then runs the TypeScript entry point in this very process (tsx's
// loader, registered here), so the signals npm forwards (SIGINT, SIGTERM) reach
// the code that stops the server and its Neo4j, with no shell or tsx process
// in between to swallow them.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

await import('./ensure-installed.mjs');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Usage: node scripts/run.mjs <script.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...args];
const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(resolve(entry)).href);
