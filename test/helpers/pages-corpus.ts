/** The saved pages of ../shared/pages, served and driven in Chromium, for the corpus test and the bench. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Extension, Page } from 'puppeteer-core';
import { PAGES_DIR } from './shared-material.js';

export function corpusPages(): string[] {
  if (!existsSync(PAGES_DIR)) return [];
  return readdirSync(PAGES_DIR).filter((name) => existsSync(join(PAGES_DIR, name, 'source.html'))).sort();
}

export function corpusRoutes(): Record<string, string> {
  return Object.fromEntries(corpusPages().map((name) => [`/pages/${name}.html`, join(PAGES_DIR, name, 'source.html')]));
}

export interface PageRun {
  name: string;
  /** How the extension's run ended: done, not-article or error; null if it never ended. */
  outcome: string | null;
  /** Trigger to highlights painted (or to the end of the run), ms. */
  extensionMs: number | null;
  /** Readability alone on a clone of the same document, ms. */
  readabilityMs: number;
  /** Where the extension's time went: click to content script start, extraction, worker round trip, anchoring, paint (ms). */
  stages: Record<string, number> | null;
  layoutChanged: boolean;
  pageErrors: string[];
}

/** Readability's own bundle, injected into the page's main world for the baseline timing. */
/**
 * `baselineFirst` alternates between pages so that neither measurement always gets the cold
 * caches of a freshly loaded page.
 */
export async function runPage(page: Page, extension: Extension, origin: string, name: string, readabilitySource: string, baselineFirst = false): Promise<PageRun> {
  const pageErrors: string[] = [];
  const onError = (e: unknown) => pageErrors.push(String(e));
  page.on('pageerror', onError);
  await page.goto(`${origin}/pages/${name}.html`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
  const snapshot = () =>
    page.evaluate(() => ({
      elements: document.body ? document.body.getElementsByTagName('*').length : 0,
      height: document.documentElement.scrollHeight,
      html: document.body ? document.body.innerHTML.length : 0,
    }));
  // Some pages change themselves (timers, carousels): the layout check only means something on a still page.
  const first = await snapshot();
  await new Promise((r) => setTimeout(r, 300));
  const before = await snapshot();
  const baseline = async () => {
    await page.evaluate(readabilitySource);
    return page.evaluate(() => {
      const R = (globalThis as unknown as { SourceContextBenchReadability: new (d: Document) => { parse(): unknown } }).SourceContextBenchReadability;
      const start = performance.now();
      new R(document.cloneNode(true) as Document).parse();
      return performance.now() - start;
    });
  };
  const earlyBaseline = baselineFirst ? await baseline() : null;
  const selfMutating = JSON.stringify(first) !== JSON.stringify(before);
  const t0 = await page.evaluate(() => performance.now());
  await page.triggerExtensionAction(extension);
  const ended = await page
    .waitForFunction(() => performance.getEntriesByType('mark').find((m) => m.name.startsWith('source-context:end:'))?.name ?? false, { timeout: 20_000 })
    .then((h) => h.jsonValue() as Promise<string>)
    .catch(() => null);
  const endTime = ended ? await page.evaluate((n: string) => performance.getEntriesByName(n)[0]!.startTime, ended) : null;
  const stages = ended === 'source-context:end:done'
    ? await page.evaluate((t0: number) => {
        const at = (n: string) => performance.getEntriesByName(`source-context:${n}`)[0]?.startTime ?? NaN;
        return {
          inject: at('start') - t0,
          extract: at('extracted') - at('start'),
          worker: at('replied') - at('extracted'),
          anchor: at('anchored') - at('replied'),
          paint: at('end:done') - at('anchored'),
        };
      }, t0)
    : null;
  const after = await snapshot();
  const readabilityMs = earlyBaseline ?? (await baseline());
  page.off('pageerror', onError);
  return {
    name,
    outcome: ended ? ended.replace('source-context:end:', '') : null,
    extensionMs: endTime === null ? null : endTime - t0,
    readabilityMs,
    stages,
    layoutChanged: !selfMutating && (before.elements !== after.elements || before.html !== after.html || before.height !== after.height),
    pageErrors,
  };
}

export async function readabilityBundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    stdin: { contents: "import { Readability } from '@mozilla/readability'; globalThis.SourceContextBenchReadability = Readability;", resolveDir: process.cwd() },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  return out.outputFiles[0]!.text;
}
