/**
 * Screenshots of a running explorer, for docs: each `name=path` argument is
 * opened at 1440×900 in Chromium, given time to lay out its map, and
 * saved as `<out>/<name>.png`.
 *
 *   npx tsx scripts/capture-screenshots.ts --base http://127.0.0.1:4001 --out docs/images \
 *     fedramp-box='/?focal=box&view=shortlist&minShared=5'
 *
 * `--click <selector>` clicks the first element matching it once the page has
 * settled (a path's "Show on map"), then waits again. `--visited` opens every
 * page as by someone who last visited it a moment ago, so no "Since your last
 * visit" notice covers the view; without it each page is a first visit.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { provideChromium } from './chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4000' },
    out: { type: 'string', default: 'test-results/screenshots' },
    wait: { type: 'string', default: '2500' },
    click: { type: 'string' },
    visited: { type: 'boolean', default: false },
  },
});

const browser = await chromium.launch({
  executablePath: provideChromium(),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  mkdirSync(values.out!, { recursive: true });
  for (const spec of positionals) {
    const [name, path] = [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)];
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    if (values.visited) {
      // The explorer's record of visits (web/src/changes/last-visit.ts): every focal company, just now.
      await page.addInitScript(() => {
        const focal = new URLSearchParams(location.search).get('focal');
        if (focal) localStorage.setItem(`partnergraph.lastVisit.${focal}`, new Date().toISOString());
      });
    }
    await page.goto(`${values.base}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(Number(values.wait)); // the force layout settles
    if (values.click) {
      await page.locator(values.click).first().click();
      await page.waitForTimeout(Number(values.wait));
    }
    await page.screenshot({ path: join(values.out!, `${name}.png`) });
    console.log(`${name}: ${join(values.out!, `${name}.png`)}`);
    await page.close();
  }
} finally {
  await browser.close();
}
