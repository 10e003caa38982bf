/** What the core says a page should show, computed in Node from the same file the browser loads. */
import { readFileSync } from 'node:fs';
import { annotateArticle } from '../../src/core/annotate.js';
import { SPEAKER_CONFIDENCE_THRESHOLD } from '../../src/core/types.js';
import { articleFromHtml } from '../../src/cli/page-article.js';
import { bundledDataset } from './dataset.js';

export interface ExpectedQuote {
  parts: string[];
  speaker: string | null;
  /** Dataset id of the speaker, when linked: the card then shows cited facts. */
  entityId: string | null;
}

export function expectedQuotes(file: string, url: string): ExpectedQuote[] {
  const outcome = articleFromHtml(readFileSync(file, 'utf8'), url);
  if (outcome.status !== 'ok') throw new Error(`${file}: ${outcome.reason}`);
  return annotateArticle(outcome.article, bundledDataset()).quotes.map((q) => ({
    parts: q.spans.map((s) => s.text),
    speaker: q.speaker && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker.name : null,
    entityId: q.speaker && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker.entityId : null,
  }));
}
