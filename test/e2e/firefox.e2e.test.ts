// The built extension in real Firefox ESR over WebDriver BiDi. BiDi cannot click Firefox's
// toolbar, so the popup's own "Annotate it" button stands in for the click: it calls the same
// worker function (annotateTab) that action.onClicked does.
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { FIREFOX, browserAvailable, launchFirefox, type LaunchedBrowser } from '../helpers/browsers.js';
import { expectedPage, seedPage } from '../helpers/expectations.js';
import { PROJECT_ROOT, SEED_DIR, hasSeed, skipMessage } from '../helpers/shared-material.js';
import { startServer, type StaticServer } from '../helpers/static-server.js';
import { runScenario, type Driver } from './scenario.js';

const available = browserAvailable(FIREFOX, 'Firefox ESR');
const DEMO = join(PROJECT_ROOT, 'test', 'fixtures', 'demo-article.html');
const SEED = join(SEED_DIR, 'seed-article.html');
const UUID = '5c0f1e2a-3b4c-4d5e-8f90-a1b2c3d4e5f6';

describe.skipIf(!available)('Firefox end to end', () => {
  let launched: LaunchedBrowser;
  let server: StaticServer;
  let driver: Driver;

  /** Opens popup.html for the page's tab in a tab of its own (BiDi may not navigate there directly). */
  async function popupFor(page: Page): Promise<Page> {
    const popup = await launched.browser.newPage();
    await popup.goto(`${server.origin}/blank`);
    await popup.evaluate((u: string) => void (location.href = `moz-extension://${u}/popup.html`), UUID).catch(() => undefined);
    await popup.waitForFunction(() => location.protocol === 'moz-extension:', { timeout: 10_000 });
    const pageUrl = page.url();
    const tabId = await popup.evaluate(async (url: string) => {
      const tabs = await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).browser.tabs.query({ url: 'http://127.0.0.1/*' });
      return tabs.find((t) => t.url === url)?.id ?? null;
    }, pageUrl);
    if (tabId === null) throw new Error('test page tab not found');
    await popup.evaluate((u: string, id: number) => void (location.href = `moz-extension://${u}/popup.html?tab=${id}`), UUID, tabId).catch(() => undefined);
    await popup.waitForFunction(() => location.search.includes('tab='), { timeout: 10_000 });
    await popup.waitForFunction(() => !document.body.textContent?.includes('Loading'), { timeout: 10_000 });
    return popup;
  }

  beforeAll(async () => {
    server = await startServer({ '/demo-article.html': DEMO, '/seed-article.html': SEED, '/blank': DEMO });
    launched = await launchFirefox(join(PROJECT_ROOT, 'dist', 'test', 'firefox'), UUID);
    driver = {
      browser: launched.browser,
      annotate: async (page: Page) => {
        const popup = await popupFor(page);
        const button = await popup.waitForSelector('xpath/.//button[contains(., "Annotate it")]', { timeout: 10_000 });
        await button!.click();
        await popup.close().catch(() => undefined);
      },
      openPopup: (page: Page) => popupFor(page),
    };
  });

  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  it('annotates the demo article: highlights, hover card, popup, per-site switch', async () => {
    const url = `${server.origin}/demo-article.html`;
    await runScenario(driver, url, expectedPage(DEMO, url));
  });

  it.skipIf(!hasSeed)('annotates the seed article: every Putin quote attributed to him', async () => {
    const url = `${server.origin}/seed-article.html`;
    await runScenario(driver, url, seedPage(url));
  });
  if (!hasSeed) it.skip(skipMessage('the seed article run'), () => {});

  it('the local server saw only the test pages', () => {
    const allowed = ['/demo-article.html', '/seed-article.html', '/blank', '/favicon.ico'];
    const unexpected = server.requests.filter((p) => !allowed.includes(p));
    if (unexpected.length > 0) throw new Error(`unexpected requests: ${unexpected.join(', ')}`);
  });
});
