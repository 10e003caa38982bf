/** Runs the core on an article and shapes the result for the content script and popup. */
import { annotateArticle } from '../core/annotate.js';
import { describeRecord, type RecordCard } from '../core/dataset/describe-record.js';
import type { DatasetIndex } from '../core/dataset/dataset-index.js';
import { SPEAKER_CONFIDENCE_THRESHOLD, type Article } from '../core/types.js';
import type { PageAnnotations } from '../shared/messages.js';

export function annotatePage(article: Article, index: DatasetIndex): PageAnnotations {
  const { quotes, entities, reported: allReported, claims, checks } = annotateArticle(article, index);
  // Only what the extension would show: a reported statement needs a confident speaker.
  const reported = allReported.filter((r) => r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD);
  const date = article.publishedTime?.slice(0, 10) ?? null;
  const cards: Record<string, RecordCard> = {};
  const ids = new Set([
    ...entities.map((e) => e.entityId),
    ...quotes.flatMap((q) => (q.speaker?.entityId ? [q.speaker.entityId] : [])),
    ...claims.map((c) => c.claimId),
  ]);
  for (const id of ids) {
    const record = index.get(id);
    if (record) cards[id] = describeRecord(record, index, date);
  }
  let outlet: RecordCard | null = null;
  try {
    const record = index.outletForHost(new URL(article.url).hostname);
    if (record) outlet = describeRecord(record, index, date);
  } catch {
    // A page without a parsable URL has no outlet card.
  }
  const { text: _text, ...meta } = article;
  return { article: meta, quotes, entities, reported, claims, checks, cards, outlet, datasetAsOf: index.asOf };
}
