import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/chromium.ts';

describe('finding a browser for the browser tests', () => {
  it('takes CHROMIUM_PATH when it is an executable, and refuses it when not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chromium-'));
    const browser = join(dir, 'my-chrome');
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
    expect(findChromium({ CHROMIUM_PATH: browser, PATH: '' })).toBe(browser);
    expect(findChromium({ CHROMIUM_PATH: join(dir, 'missing'), PATH: '' })).toBeUndefined();
  });

  it('looks on PATH for chromium or chrome', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chromium-'));
    const browser = join(dir, 'google-chrome');
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
    const found = findChromium({ PATH: dir });
    // /usr/bin/chromium comes first when this machine has it.
    expect([
      browser,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ]).toContain(found);
  });
});

describe('providing one', () => {
  it('says in one line what to do when CHROMIUM_PATH names no browser', async () => {
    const { provideChromium } = await import('../../scripts/chromium.ts');
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nowhere/chrome';
    try {
      expect(() => provideChromium(() => {})).toThrow(
        'CHROMIUM_PATH is /nowhere/chrome, which is not an executable browser: point it at Chromium or Chrome.',
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
