/**
 * npm run bench: for each saved page in ../shared/pages, in real Chromium,
 * the time from the toolbar click to highlights painted, next to Readability
 * alone on the same page in the same run. Prints medians, 95th percentiles
 * and ratios; timings are figures here, never pass/fail.
 */
import { join } from 'node:path';
import { CHROMIUM, browserAvailable, launchChromium } from '../helpers/browsers.js';
import { corpusPages, corpusRoutes, readabilityBundle, runPage, type PageRun } from '../helpers/pages-corpus.js';
import { PROJECT_ROOT, hasPages } from '../helpers/shared-material.js';
import { startServer } from '../helpers/static-server.js';
import { attributionBench } from './attribution-bench.js';
import { claimsBench } from './claims-bench.js';
import { datasetBench } from './dataset-bench.js';
import { workerColdStart } from './worker-cold-start.js';

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');

async function main(): Promise<void> {
  attributionBench();
  datasetBench();
  claimsBench();
  if (process.argv.includes('--dataset-only')) return;
  if (!hasPages && !process.argv.includes('--cold-only')) {
    console.log('bench: ../shared/pages is not present; nothing to measure');
    return;
  }
  if (!browserAvailable(CHROMIUM, 'Chromium')) return;
  const cold = await workerColdStart(10);
  const sum = cold.map((c) => c.datasetMs + c.firstAnswerMs);
  console.log(`worker cold start (Chromium, demo article, ${cold.length} runs, medians): dataset fetched and indexed in ${fmt(quantile(cold.map((c) => c.datasetMs), 0.5))} ms, first answer ${fmt(quantile(cold.map((c) => c.firstAnswerMs), 0.5))} ms; sum ${fmt(quantile(sum, 0.5))} ms (max ${fmt(Math.max(...sum))})`);
  console.log(`  click -> annotations painted, demo article: worker cold ${fmt(quantile(cold.map((c) => c.clickToDoneMs), 0.5))} ms, warm ${fmt(quantile(cold.map((c) => c.warmClickToDoneMs), 0.5))} ms (medians)`);
  if (process.argv.includes('--cold-only')) return;
  const server = await startServer(corpusRoutes());
  const launched = await launchChromium(join(PROJECT_ROOT, 'dist', 'test', 'chrome'));
  const extension = (await launched.browser.extensions()).get(launched.extensionId)!;
  const readability = await readabilityBundle();
  const runs: PageRun[] = [];
  try {
    for (const [i, name] of corpusPages().entries()) {
      const page = await launched.browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.url().startsWith(server.origin) ? r.continue() : r.abort()));
      page.on('dialog', (d) => void d.dismiss());
      const run = await Promise.race([runPage(page, extension, server.origin, name, readability, i % 2 === 0), new Promise<null>((r) => setTimeout(() => r(null), 30_000))]);
      await page.close().catch(() => undefined);
      if (run) runs.push(run);
      else console.log(`  ${name}: timed out`);
    }
  } finally {
    await launched.close();
    await server.close();
  }
  const annotated = runs.filter((r) => r.outcome === 'done' && r.extensionMs !== null);
  const ext = annotated.map((r) => r.extensionMs!);
  const rd = annotated.map((r) => r.readabilityMs);
  const ratio = annotated.map((r) => r.extensionMs! / Math.max(0.1, r.readabilityMs));
  console.log(`pages: ${runs.length} run, ${annotated.length} annotated, ${runs.filter((r) => r.outcome === 'not-article').length} not articles, ${runs.filter((r) => r.outcome === 'error' || r.outcome === null).length} errors`);
  console.log('                                   median      p95   (ms, annotated pages)');
  console.log(`click -> highlights painted      ${fmt(quantile(ext, 0.5)).padStart(8)} ${fmt(quantile(ext, 0.95)).padStart(8)}`);
  console.log(`Readability alone                ${fmt(quantile(rd, 0.5)).padStart(8)} ${fmt(quantile(rd, 0.95)).padStart(8)}`);
  console.log(`ratio (extension / Readability) ${fmt(quantile(ratio, 0.5)).padStart(8)} ${fmt(quantile(ratio, 0.95)).padStart(8)}`);
  console.log('stages of the extension\'s time:');
  for (const stage of ['inject', 'extract', 'worker', 'anchor', 'paint']) {
    const values = annotated.flatMap((r) => (r.stages && Number.isFinite(r.stages[stage]) ? [r.stages[stage]!] : []));
    console.log(`  ${stage.padEnd(31)}${fmt(quantile(values, 0.5)).padStart(8)} ${fmt(quantile(values, 0.95)).padStart(8)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
