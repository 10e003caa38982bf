/**
 * Worker cold start, in Chromium: the browser stops the extension's worker, the reader clicks on
 * the demo article, and the fresh worker's own performance marks say how long after its start the
 * bundled dataset was ready, and how long its first answer took. Their sum is the cold start to the
 * first answer when the article arrives at once (in use the dataset loads while the content script
 * extracts the article, so a reader waits less). What the reader feels is measured in the page: the
 * click to the annotations painted with the worker cold, next to the same on a warm worker.
 */
import { join } from 'node:path';
import type { Browser, Extension } from 'puppeteer-core';
import { launchChromium } from '../helpers/browsers.js';
import { waitForHighlights } from '../helpers/page-probes.js';
import { PROJECT_ROOT } from '../helpers/shared-material.js';
import { startServer } from '../helpers/static-server.js';

interface ColdStart {
  /** Fetching, parsing and indexing the bundled dataset in the fresh worker. */
  datasetMs: number;
  /** Worker start to the start of that load (the worker may be woken before the click). */
  wakeMs: number;
  /** The first article's analysis in the fresh worker (dataset already loaded). */
  firstAnswerMs: number;
  /** In the page: the toolbar click to the annotations painted, this worker cold. */
  clickToDoneMs: number;
  /** The same on a fresh tab right after, the worker warm. */
  warmClickToDoneMs: number;
}

/** Clicks the toolbar icon on a fresh tab with the demo article; ms from the click to the page's "done" mark. */
async function clickToDone(browser: Browser, extension: Extension, url: string, stopWorker: boolean): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (stopWorker) {
      const cdp = await page.createCDPSession();
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await new Promise((r) => setTimeout(r, 300));
    }
    const clicked = await page.evaluate(() => performance.now());
    await page.triggerExtensionAction(extension);
    await waitForHighlights(page);
    const done = await page.evaluate(() => performance.getEntriesByName('source-context:end:done')[0]?.startTime ?? NaN);
    return done - clicked;
  } finally {
    await page.close();
  }
}

async function coldStart(browser: Browser, extensionId: string): Promise<Omit<ColdStart, 'clickToDoneMs' | 'warmClickToDoneMs'> | null> {
  const target = browser.targets().filter((t) => t.type() === 'service_worker' && t.url().includes(extensionId)).pop();
  if (!target) return null;
  // A raw session, detached at once: a DevTools session left on the worker would keep the next one from starting.
  const session = await target.createCDPSession();
  try {
    const expression = `(() => { const at = (n) => performance.getEntriesByName('source-context:' + n)[0]?.startTime;
      const load = at('dataset-load'), ready = at('dataset-ready'), start = at('first-answer-start'), end = at('first-answer');
      return [load, ready, start, end].includes(undefined) ? null : { datasetMs: ready - load, wakeMs: load, firstAnswerMs: end - start }; })()`;
    const { result } = await session.send('Runtime.evaluate', { expression, returnByValue: true });
    return (result.value as ColdStart | null) ?? null;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

export async function workerColdStart(rounds: number): Promise<ColdStart[]> {
  const server = await startServer({ '/demo-article.html': join(PROJECT_ROOT, 'test', 'fixtures', 'demo-article.html') });
  const launched = await launchChromium(join(PROJECT_ROOT, 'dist', 'test', 'chrome'));
  const extension = (await launched.browser.extensions()).get(launched.extensionId)!;
  const times: ColdStart[] = [];
  try {
    const url = `${server.origin}/demo-article.html`;
    for (let i = 0; i < rounds; i++) {
      const clickToDoneMs = await clickToDone(launched.browser, extension, url, true);
      const figures = await coldStart(launched.browser, launched.extensionId);
      const warmClickToDoneMs = await clickToDone(launched.browser, extension, url, false);
      if (figures) times.push({ ...figures, clickToDoneMs, warmClickToDoneMs });
    }
  } finally {
    await launched.close();
    await server.close();
  }
  return times;
}
