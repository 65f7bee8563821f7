import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Runs a TypeScript file of bench/ in its own Node process (through tsx's
 * loader), with an IPC channel. Separate processes keep the import's and the
 * API's memory apart from the bench's own.
 */
export function spawnTs(file: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(here, file), ...args], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, ...env },
  });
}

/** Resolves with everything the child printed once it exits 0; rejects with its stderr otherwise. */
export function collectOutput(child: ChildProcess): Promise<string> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve(stdout) : reject(new Error(`child exited with ${signal ?? code}:\n${stderr.slice(-4000)}`)),
    );
  });
}
