import { readFileSync } from 'node:fs';

/** Peak resident memory of a live process (VmHWM), MiB; 0 once it has gone. */
export function highWaterMiB(pid: number): number {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Math.round(Number(kib) / 1024) : 0;
  } catch {
    return 0;
  }
}

/**
 * Watches a child's peak resident memory while it runs: VmHWM is gone with the process, so it is
 * read every 250 ms and the last value kept (it only ever grows). `stop()` gives the peak, MiB.
 */
export function watchPeakMemory(pid: number): { stop(): number } {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, highWaterMiB(pid)));
  const timer = setInterval(sample, 250);
  return {
    stop() {
      sample();
      clearInterval(timer);
      return peak;
    },
  };
}
