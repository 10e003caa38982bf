/**
 * predict GOLD_DIR OUT_DIR: runs exactly the engine the extension uses on the
 * `text` of each JSON file and writes Citron-format predictions (the attributions the extension
 * shows) for the
 * scorer in ../shared/eval. The article date comes from the file's meta, as
 * the extension takes it from the page.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../core/annotate.js';
import type { DatasetIndex } from '../core/dataset/dataset-index.js';
import { SPEAKER_CONFIDENCE_THRESHOLD, type Article, type QuoteAnnotation } from '../core/types.js';

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
    // An attribution is a source and what it said: a quote whose speaker the extension would not
    // show (below SPEAKER_CONFIDENCE_THRESHOLD) claims no attribution, so it is not written.
    const predicted = result.quotes.filter((q) => q.speaker && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((q) => ({
      cue: q.cue,
      sources: q.speaker ? [q.speaker.mention] : [],
      contents: contentsOf(gold.text, q),
      confidence: q.confidence,
      ...(q.speaker && q.speaker.resolution !== 'unresolved' ? { speaker: { name: q.speaker.name, id: q.speaker.entityId } } : {}),
    }));
    // Reported speech (no quotation marks) the extension lists with its speaker.
    for (const r of result.reported) {
      if (r.confidence < SPEAKER_CONFIDENCE_THRESHOLD) continue;
      const speaker = r.speaker.resolution !== 'unresolved' ? { speaker: { name: r.speaker.name, id: r.speaker.entityId } } : {};
      predicted.push({ cue: r.cue, sources: [r.speaker.mention], contents: [{ start: r.content.start, end: r.content.end, text: r.content.text }], confidence: r.confidence, ...speaker });
    }
    quotes += predicted.length;
    writeFileSync(join(outDir, file), JSON.stringify({ text: gold.text, quotes: predicted }));
  }
  return { files: files.length, quotes, engineMs, words };
}

/**
 * The quote's spans as the statement's content: with a reported clause (a mixed quote), the clause
 * is one span holding every quoted part inside it; parts outside it (another paragraph) stay apart.
 */
function contentsOf(text: string, q: QuoteAnnotation): { start: number; end: number; text: string }[] {
  const spans = q.spans.map(({ start, end }) => ({ start, end }));
  if (q.content && spans.length > 0) {
    const clause = { start: Math.min(spans[0]!.start, q.content.start), end: Math.max(spans[0]!.end, q.content.end) };
    for (const s of spans) if (s.start >= clause.start && s.start < clause.end) clause.end = Math.max(clause.end, s.end);
    const outside = spans.slice(1).filter((s) => s.start >= clause.end || s.end <= clause.start);
    spans.splice(0, spans.length, clause, ...outside);
  }
  return spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}
