import type { TestProject } from 'vitest/node';
import { provideChromium } from '../../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

/**
 * The browser tier's browser: found on the machine, or installed (Debian's
 * chromium, when this process may use apt-get), so `npm test` needs no step
 * of its own on a fresh machine. When neither is possible the run stops with
 * one line saying what to do, not a stack trace.
 */
export default function setup(project: TestProject): void {
  try {
    project.provide('chromiumPath', provideChromium());
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
