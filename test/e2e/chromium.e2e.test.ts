// The built extension in real Chromium: the toolbar click for real (triggerExtensionAction).
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, browserAvailable, launchChromium, type LaunchedBrowser } from '../helpers/browsers.js';
import { expectedPage, expectedQuotes, seedPage } from '../helpers/expectations.js';
import { PROJECT_ROOT, SEED_DIR, hasSeed, skipMessage } from '../helpers/shared-material.js';
import { startServer, type StaticServer } from '../helpers/static-server.js';
import { runScenario, type Driver } from './scenario.js';
import { claimHighlightTexts, hoverQuote, waitForHighlights } from '../helpers/page-probes.js';

const available = browserAvailable(CHROMIUM, 'Chromium');
const DEMO = join(PROJECT_ROOT, 'test', 'fixtures', 'demo-article.html');
const SEED = join(SEED_DIR, 'seed-article.html');

// Waits for the worker to apply a setting or annotate on load: generous, since CI runs the corpus
// checks beside this file on two cores; a wait is not a timing assertion.
const SETTLE_MS = 30_000;

describe.skipIf(!available)('Chromium end to end', () => {
  let launched: LaunchedBrowser;
  let server: StaticServer;
  let driver: Driver;
  const workerRequests: string[] = [];
  const pageRequests: string[] = [];
  let workerSession: CDPSession | null = null;

  beforeAll(async () => {
    server = await startServer({ '/demo-article.html': DEMO, '/seed-article.html': SEED });
    launched = await launchChromium(join(PROJECT_ROOT, 'dist', 'test', 'chrome'));
    const { browser, extensionId } = launched;
    // Watch the worker's own network traffic: it must make none beyond its own files.
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(extensionId));
    workerSession = await worker.createCDPSession();
    workerSession.on('Network.requestWillBeSent', (e: { request: { url: string } }) => workerRequests.push(e.request.url));
    await workerSession.send('Network.enable');
    browser.on('targetcreated', async (t) => {
      const p = await t.page().catch(() => null);
      p?.on('request', (r) => pageRequests.push(r.url()));
    });
    const extension = (await browser.extensions()).get(extensionId)!;
    driver = {
      browser,
      annotate: (page: Page) => page.triggerExtensionAction(extension),
      openPopup: async (page: Page) => {
        // A wait, not a timing check: under CI load the popup target has once taken over 10 s to appear.
        const opened = browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/popup.html`), { timeout: SETTLE_MS });
        await page.triggerExtensionAction(extension);
        const popup = await (await opened).asPage();
        return popup;
      },
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
    const expected = seedPage(url);
    expect(expected.quotes.flatMap((q) => q.parts).length).toBeGreaterThanOrEqual(4);
    for (const q of expected.quotes) expect(q.speaker).toBe('Vladimir Putin');
    await runScenario(driver, url, expected);
  });
  if (!hasSeed) it.skip(skipMessage('the seed article run'), () => {});

  it('made no network request of its own', () => {
    const foreign = workerRequests.filter((u) => !u.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
    const pages = pageRequests.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith(server.origin) && !u.startsWith('about:'));
    expect(pages).toEqual([]);
    expect(server.requests.filter((p) => !['/demo-article.html', '/seed-article.html', '/favicon.ico'].includes(p))).toEqual([]);
  });

  it('keeps the results when the browser stops the worker', async () => {
    const url = `${server.origin}/demo-article.html`;
    const page = await driver.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await driver.annotate(page);
    await waitForHighlights(page);
    // A DevTools session on the old worker would hold its successor paused: let it go first.
    await workerSession?.detach();
    workerSession = null;
    const cdp = await page.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // A fresh worker answers the popup from storage, not from memory.
    const popup = await driver.openPopup(page);
    await popup.waitForSelector('button.quote', { timeout: 10_000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}; the popup shows: ${await popup.evaluate(() => document.body.innerText)}`);
    });
    const listed = await popup.$$eval('button.quote', (els) => els.length);
    expect(listed).toBe(expectedQuotes(DEMO, url).length);
    // And the popup's list still reaches the page: clicking a quote opens its card there.
    await popup.click('button.quote');
    await page.waitForFunction(() => !!document.querySelector('source-context-root')?.shadowRoot?.querySelector('.card'), { timeout: 10_000 });
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it('annotates a site automatically once the reader turns it on, and stops when turned off', async () => {
    const url = `${server.origin}/demo-article.html`;
    const page = await driver.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await driver.annotate(page);
    await waitForHighlights(page, SETTLE_MS);
    const popup = await driver.openPopup(page);
    const auto = await popup.waitForSelector('.switches label:nth-child(2) input', { timeout: SETTLE_MS });
    await auto!.click();
    await popup.waitForFunction(() => { const i = document.querySelector('.switches label:nth-child(2) input') as HTMLInputElement; return i.checked && !i.disabled; }, { timeout: SETTLE_MS });
    await popup.close().catch(() => undefined);
    // No click this time: the registered content script annotates the page on load.
    await page.reload({ waitUntil: 'load' });
    await waitForHighlights(page, SETTLE_MS);
    const popup2 = await driver.openPopup(page);
    const auto2 = await popup2.waitForSelector('.switches label:nth-child(2) input', { timeout: SETTLE_MS });
    await auto2!.click();
    await popup2.waitForFunction(() => { const i = document.querySelector('.switches label:nth-child(2) input') as HTMLInputElement; return !i.checked && !i.disabled; }, { timeout: SETTLE_MS });
    await popup2.close().catch(() => undefined);
    await page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => !!document.querySelector('source-context-root'))).toBe(false);
    await page.close();
  });

  it('imports a dataset pack in the options page: a broken one is rejected, a good one feeds the cards', async () => {
    const { browser, extensionId } = launched;
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const input = (await options.waitForSelector('#pack-file')) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(PROJECT_ROOT, 'test', 'fixtures', 'broken-pack.json'));
    await options.waitForSelector('#pack-report[role=alert]');
    const rejected = await options.$eval('#pack-report', (e) => e.textContent ?? '');
    expect(rejected).toContain('record person/nobody-at-all: field roles[0].from');
    expect(await options.$$eval('#packs li', (els) => els.length)).toBe(0);

    await input.uploadFile(join(PROJECT_ROOT, 'test', 'fixtures', 'demo-pack.json'));
    await options.waitForSelector('#packs li');
    expect(await options.$eval('#dataset-summary', (e) => e.textContent ?? '')).toContain('2 records from 1 pack');
    await options.close();

    // The worker now knows the demo's fictional mayor: her quote's card shows the pack's facts.
    const url = `${server.origin}/demo-article.html`;
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await driver.annotate(page);
    await waitForHighlights(page);
    const first = expectedQuotes(DEMO, url).find((q) => q.speaker === 'Helena Marrow')!;
    await hoverQuote(page, first.parts[0]!.slice(0, 24));
    await page.waitForFunction(() => document.querySelector('source-context-root')?.shadowRoot?.querySelector('.card')?.textContent?.includes('Mayor of Saltmere'), { timeout: 10_000 });
    await page.keyboard.press('Escape');
    // The pack's claim marks its sentence, and hovering the sentence's own words shows the claim's card.
    expect(await claimHighlightTexts(page)).toEqual([expect.stringMatching(/^According to Gideon Pell, the harbourmaster, the water rose 2\.4 metres/)]);
    await page.mouse.move(1, 1);
    await hoverQuote(page, 'According to Gideon Pell', 'source-context-claim');
    await page.waitForFunction(() => !!document.querySelector('source-context-root')?.shadowRoot?.querySelector('.claim-card [data-claim="claim/saltmere-surge-above-forecast"]'), { timeout: 10_000 });
    await page.close();
  });

  it('draws the card in the reader\'s colour scheme, dark or light', async () => {
    const url = `${server.origin}/demo-article.html`;
    const first = expectedQuotes(DEMO, url).find((q) => q.speaker !== null)!;
    const backgrounds: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await driver.browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      await driver.annotate(page);
      await waitForHighlights(page);
      await hoverQuote(page, first.parts[0]!.slice(0, 24));
      await page.waitForFunction(() => !!document.querySelector('source-context-root')?.shadowRoot?.querySelector('.card'), { timeout: 10_000 });
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.querySelector('source-context-root')!.shadowRoot!.querySelector('.card')!).backgroundColor));
      await page.close();
    }
    const luminance = (rgb: string) => (rgb.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).reduce((sum, v) => sum + Number(v), 0);
    expect(luminance(backgrounds[0]!)).toBeGreaterThan(600); // light card on a light scheme
    expect(luminance(backgrounds[1]!)).toBeLessThan(150); // dark card on a dark scheme
  });
});
