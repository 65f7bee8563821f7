import { readdirSync, readFileSync } from 'node:fs';

/**
 * The processes below one process, read from /proc (the tests run on Linux):
 * what a script started, to check that a signal to its npm process ended all
 * of it, children of children included.
 */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = Number(statField(Number(entry), 1));
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(Number(entry));
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** True while the process runs: it exists and is not a zombie waiting to be collected. */
export function isRunning(pid: number): boolean {
  const state = statField(pid, 0);
  return state !== undefined && state !== 'Z';
}

/** Its arguments, `[]` once it is gone. */
export function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** Field `n` after the command name in /proc/<pid>/stat (0: state, 1: parent); undefined when the process is gone. */
function statField(pid: number, n: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[n];
  } catch {
    return undefined;
  }
}
