import { spawn, type ChildProcess } from 'node:child_process';
import { Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
/** tsx as a loader in the script's own Node process: the tsx command would run the script in a child, which a SIGKILL to it would miss. */
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** Settings of ours a child must not inherit from the test run's environment. */
const OURS = ['NEO4J_URI', 'API_KEYS', 'EXPLORER_KEY', 'HOST', 'PORT', 'LOCAL_NEO4J_INSTANCE', 'LOCAL_NEO4J_PORT'];

export interface Script {
  process: ChildProcess;
  /** The exit code; null when killed by a signal. */
  exited: Promise<number | null>;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
}

/** Runs one of our scripts with tsx, as `npm run …` would, in one process (signals reach the script itself), collecting what it prints. */
export function runScript(script: string, args: string[], env: Record<string, string>): Script {
  const cleanEnv = { ...process.env };
  for (const name of OURS) delete cleanEnv[name];
  const child = spawn(process.execPath, ['--import', TSX_LOADER, script, ...args], {
    cwd: ROOT,
    env: { ...cleanEnv, ...env },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return {
    process: child,
    exited,
    output: () => output,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolveMatch, reject) => {
        const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${pattern}:\n${output}`)), timeoutMs);
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            clearTimeout(timer);
            resolveMatch(match[1] ?? match[0]);
          }
        };
        child.stdout?.on('data', check);
        child.stderr?.on('data', check);
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`${script} exited before ${pattern}:\n${output}`));
        });
        check();
      }),
  };
}

/** Asks a child to stop (SIGTERM, then SIGKILL after 30 s) and waits for it; nothing when it has ended. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(killer);
}

export { freePort } from '../../scripts/free-port.ts';

export function isListening(target: number): Promise<boolean> {
  return new Promise((resolveListening) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolveListening(true);
    });
    socket.once('error', () => resolveListening(false));
    socket.connect(target, '127.0.0.1');
  });
}
