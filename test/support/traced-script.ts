import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
/** Settings of ours a child must not inherit from the test run's environment (as run-script.ts). */
const OURS = ['NEO4J_URI', 'API_KEYS', 'EXPLORER_KEY', 'HOST', 'PORT', 'LOCAL_NEO4J_INSTANCE', 'LOCAL_NEO4J_PORT'];

export interface TracedScript {
  process: ChildProcess;
  exited: Promise<number | null>;
  /** What it printed, V8's GC lines left out. */
  output(): string;
  /**
   * The largest heap V8 kept after a full (mark-compact) collection, MiB: what the script really
   * held at its fullest, where peak RSS also counts garbage not yet collected.
   */
  liveHeapPeakMiB(): number;
}

/**
 * Runs one of our scripts as run-script.ts does (tsx as a loader in the script's own process), with
 * V8's `--trace-gc`, which NODE_OPTIONS may not carry: every full collection prints the heap left
 * after it. Lines are read as they come and only the largest is kept, so a long import's thousands of
 * GC lines cost nothing.
 */
export function runTracedScript(script: string, args: string[], env: Record<string, string>): TracedScript {
  const cleanEnv = { ...process.env };
  for (const name of OURS) delete cleanEnv[name];
  const child = spawn(process.execPath, ['--trace-gc', '--import', TSX_LOADER, script, ...args], {
    cwd: ROOT,
    env: { ...cleanEnv, ...env },
  });
  let output = '';
  let liveHeap = 0;
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      // "[pid:0x…]  1234 ms: Mark-Compact 250.1 (260.3) -> 230.2 (265.1) MB, …"
      const gc = /Mark-Compact[^\d]*[\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line);
      if (gc) liveHeap = Math.max(liveHeap, Number(gc[1]));
      else if (!/^\[\d+:0x[0-9a-f]+\]/.test(line)) output += `${line}\n`;
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return { process: child, exited, output: () => output + partial, liveHeapPeakMiB: () => Math.round(liveHeap) };
}
