/**
 * Dataset figures for `npm run bench`: cold start with the bundled dataset, and a generated
 * 100,000-record pack's load time, heap and effect on linking time per article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../../src/core/annotate.js';
import { DatasetIndex } from '../../src/core/dataset/dataset-index.js';
import { compileIndex, packForStorage, type CompiledIndex } from '../../src/core/dataset/compiled-index.js';
import type { DatasetRecord } from '../../src/core/dataset/types.js';
import type { Article } from '../../src/core/types.js';
import { readCompiledIndex } from '../../src/cli/load-dataset.js';
import { PROJECT_ROOT, SHARED } from '../helpers/shared-material.js';

const gc = (globalThis as { gc?: () => void }).gc;

function syllables(i: number): string {
  const parts = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dul', 'pe', 'sor', 'nix', 'ba', 'quen'];
  let s = '';
  for (let n = i + 7; n > 0; n = Math.floor(n / parts.length)) s += parts[n % parts.length];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Records shaped like real ones (names, aliases, roles, citations), all invented. */
export function generatePack(count: number): DatasetRecord[] {
  const records: DatasetRecord[] = [];
  for (let i = 0; i < count; i++) {
    const first = syllables(i * 7919);
    const last = syllables(i);
    const cite = [{ url: `https://example.org/${i}`, title: `Example ${i}` }];
    if (i % 4 === 3) {
      records.push({ id: `organisation/gen-${i}`, kind: 'organisation', name: `${last} Institute of ${first}`, aliases: [`${last} Institute`], description: 'Generated organisation for benchmarks.', orgType: 'ngo', citations: cite, checked: '2026-01-01' });
    } else {
      records.push({
        id: `person/gen-${i}`, kind: 'person', name: `${first} ${last}`, aliases: [`${first.charAt(0)}. ${last}`],
        description: 'Generated person for benchmarks.', roles: [{ title: 'Member of the Generated Assembly', from: '2015', to: '2019', cite: 0 }, { title: 'Minister of Examples', from: '2019-06-01', cite: 0 }],
        nationality: ['GB'], citations: cite, checked: '2026-01-01',
      });
    }
  }
  return records;
}

function articles(): Article[] {
  const dir = join(SHARED, 'eval', 'polnear', 'dev');
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; meta?: { publication_date?: string } };
      return { url: 'https://x.example/', title: '', byline: null, siteName: null, publishedTime: gold.meta?.publication_date ?? null, lang: 'en', text: gold.text };
    });
  } catch {
    return [];
  }
}

function linkingMsPerArticle(index: DatasetIndex, texts: Article[], rounds = 3): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const a of texts) annotateArticle(a, index);
    best = Math.min(best, (performance.now() - start) / Math.max(1, texts.length));
  }
  return best;
}

export function datasetBench(): void {
  const file = join(PROJECT_ROOT, 'dist', 'chrome', 'dataset.json');
  const coldStart = performance.now();
  const bundled = readCompiledIndex(file);
  const bundledIndex = new DatasetIndex([bundled]);
  const sample = articles()[0] ?? { url: 'https://x.example/', title: '', byline: null, siteName: null, publishedTime: null, lang: 'en', text: '“Hello there, friends,” she said.' };
  annotateArticle(sample, bundledIndex);
  const coldMs = performance.now() - coldStart;
  console.log(`dataset: ${bundled.ids.length} bundled records; read + index + first article in Node: ${coldMs.toFixed(1)} ms`);

  // Stored as the options page stores it: tables plus the record text deflated in shards.
  const packJson = JSON.stringify(packForStorage(compileIndex({ format: 1, asOf: '2026-01-01', records: generatePack(100_000) })));
  // The heap figure is what loading adds (measured after the text exists, so the generator's
  // garbage is not counted) plus the stored text itself (ASCII: one byte a character).
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed - packJson.length;
  const loadStart = performance.now();
  const pack = JSON.parse(packJson) as CompiledIndex;
  const bigIndex = new DatasetIndex([bundled, pack]);
  const loadMs = performance.now() - loadStart;
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1_048_576;
  console.log(`100,000-record pack (${(packJson.length / 1e6).toFixed(1)} MB stored, record text deflated in shards): parse + index ${loadMs.toFixed(0)} ms, heap with its stored text ${heapMb.toFixed(1)} MB${gc ? '' : ' (run with --expose-gc for an exact figure)'}, ${bigIndex.size} records in all`);
  // Every record still reads back: one from each shard, inflated on demand.
  const readStart = performance.now();
  let read = 0;
  for (let i = 0; i < 100_000; i += 1000) read += bigIndex.get(`person/gen-${i}`) || bigIndex.get(`organisation/gen-${i}`) ? 1 : 0;
  console.log(`  reading one record from each of its 100 shards: ${(performance.now() - readStart).toFixed(0)} ms (${read} found)`);

  const texts = articles();
  if (texts.length > 0) {
    const small = linkingMsPerArticle(bundledIndex, texts);
    const big = linkingMsPerArticle(bigIndex, texts);
    console.log(`annotate per article (PolNeAR dev, ${texts.length} articles): bundled ${small.toFixed(2)} ms, with the pack ${big.toFixed(2)} ms, ratio ${(big / small).toFixed(2)}`);
  }
}
