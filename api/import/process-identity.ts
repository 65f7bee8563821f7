import { readFileSync } from 'node:fs';

/**
 * When this process started, as the kernel counts it (clock ticks since boot,
 * field 22 of /proc/self/stat), or null where there is no /proc. With the pid
 * it names a process for good: a pid alone may be reused by an unrelated
 * process once the first is gone, and a lock held by a pid that now belongs to
 * someone else would never be taken over.
 */
export function currentProcessStart(): string | null {
  return processStart(process.pid);
}

/** Whether the process `pid` exists, and is still the one that started at `start` (when both are known). */
export function processIsAlive(pid: number, start: string | null | undefined): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!start) return true;
  const now = processStart(pid);
  return now === null || now === start;
}

function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}
