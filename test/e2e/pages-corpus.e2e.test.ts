// Every saved real page in ../shared/pages, annotated in real Chromium: the extension never
// ends in an error, and the page's own scripts and layout are unaffected.
import { join } from 'node:path';
import type { Extension, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, browserAvailable, launchChromium, type LaunchedBrowser } from '../helpers/browsers.js';
import { corpusPages, corpusRoutes, readabilityBundle, runPage } from '../helpers/pages-corpus.js';
import { PROJECT_ROOT, hasPages, skipMessage } from '../helpers/shared-material.js';
import { startServer, type StaticServer } from '../helpers/static-server.js';

const available = hasPages && browserAvailable(CHROMIUM, 'Chromium');

describe.skipIf(!available)('saved real pages (../shared/pages) in Chromium', () => {
  let launched: LaunchedBrowser;
  let server: StaticServer;
  let page: Page;
  let extension: Extension;
  let readability: string;

  beforeAll(async () => {
    server = await startServer(corpusRoutes());
    launched = await launchChromium(join(PROJECT_ROOT, 'dist', 'test', 'chrome'));
    extension = (await launched.browser.extensions()).get(launched.extensionId)!;
    readability = await readabilityBundle();
  });

  async function freshPage(): Promise<Page> {
    const p = await launched.browser.newPage();
    // Saved pages reference resources on their original hosts: refuse them, the network is not ours to use.
    await p.setRequestInterception(true);
    p.on('request', (r) => (r.url().startsWith(server.origin) ? r.continue() : r.abort()));
    p.on('dialog', (d) => void d.dismiss());
    return p;
  }

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('annotates every page without an error and without changing it', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    let done = 0;
    for (const name of corpusPages()) {
      const errorsBefore: string[] = [];
      page = await freshPage();
      const run = await Promise.race([
        runPage(page, extension, server.origin, name, readability),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000)),
      ]);
      await page.close().catch(() => undefined);
      if (!run) {
        failures.push(`${name}: timed out`);
        continue;
      }
      if (run.outcome === 'done') done++;
      if (run.outcome === null || run.outcome === 'error') failures.push(`${name}: run ended ${run.outcome ?? 'never'}`);
      if (run.layoutChanged) failures.push(`${name}: the page's DOM or layout changed`);
      const ours = run.pageErrors.filter((e) => !errorsBefore.includes(e) && /source-context|content\.js/i.test(e));
      if (ours.length > 0) failures.push(`${name}: ${ours.join('; ')}`);
    }
    console.log(`pages corpus: ${corpusPages().length} pages, ${done} annotated, the rest judged not articles`);
    expect(failures).toEqual([]);
  });
});
if (!hasPages) describe('saved real pages', () => it.skip(skipMessage('the pages corpus run'), () => {}));
