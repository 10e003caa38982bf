/**
 * predict GOLD_DIR OUT_DIR: runs exactly the engine the extension uses on the
 * `text` of each JSON file and writes Citron-format predictions for the
 * scorer in ../shared/eval. The article date comes from the file's meta, as
 * the extension takes it from the page.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../core/annotate.js';
import type { DatasetIndex } from '../core/dataset/dataset-index.js';
import type { Article } from '../core/types.js';

interface GoldFile {
  text: string;
  meta?: { publication_date?: string; title?: string; publisher?: string };
}

export function predictDir(goldDir: string, outDir: string, index: DatasetIndex): { files: number; quotes: number; engineMs: number; words: number } {
  mkdirSync(outDir, { recursive: true });
  let quotes = 0;
  let engineMs = 0;
  let words = 0;
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFile;
    const article: Article = {
      url: `https://${gold.meta?.publisher ?? 'unknown'}.example/${file}`,
      title: gold.meta?.title ?? '',
      byline: null,
      siteName: gold.meta?.publisher ?? null,
      publishedTime: gold.meta?.publication_date ?? null,
      lang: 'en',
      text: gold.text,
    };
    words += gold.text.split(/\s+/).length;
    const started = performance.now();
    const result = annotateArticle(article, index);
    engineMs += performance.now() - started;
    const predicted = result.quotes.map((q) => ({
      cue: q.cue,
      sources: q.speaker ? [q.speaker.mention] : [],
      contents: q.spans.map(({ start, end, text }) => ({ start, end, text })),
      confidence: q.confidence,
      ...(q.speaker ? { speaker: { name: q.speaker.name, id: q.speaker.entityId } } : {}),
    }));
    quotes += predicted.length;
    writeFileSync(join(outDir, file), JSON.stringify({ text: gold.text, quotes: predicted }));
  }
  return { files: files.length, quotes, engineMs, words };
}
