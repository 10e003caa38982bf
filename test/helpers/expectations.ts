/** What the core says a page should show, computed in Node from the same file the browser loads. */
import { readFileSync } from 'node:fs';
import { annotateArticle, type AnnotateResult } from '../../src/core/annotate.js';
import { SPEAKER_CONFIDENCE_THRESHOLD } from '../../src/core/types.js';
import { articleFromHtml } from '../../src/cli/page-article.js';
import { bundledDataset } from './dataset.js';
import { SEED_DIR } from './shared-material.js';
import { join } from 'node:path';

const SEED_PAGE = join(SEED_DIR, 'seed-article.html');

export interface ExpectedQuote {
  parts: string[];
  speaker: string | null;
  /** Dataset id of the speaker, when linked: the card then shows cited facts. */
  entityId: string | null;
}

/** The core's result for a saved page, as the browser would get it for `url`. */
function annotateFile(file: string, url: string): AnnotateResult {
  const outcome = articleFromHtml(readFileSync(file, 'utf8'), url);
  if (outcome.status !== 'ok') throw new Error(`${file}: ${outcome.reason}`);
  return annotateArticle(outcome.article, bundledDataset());
}

function quotesOf(result: AnnotateResult): ExpectedQuote[] {
  return result.quotes.map((q) => ({
    parts: q.spans.map((s) => s.text),
    speaker: q.speaker && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker.name : null,
    entityId: q.speaker && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker.entityId : null,
  }));
}

export function expectedQuotes(file: string, url: string): ExpectedQuote[] {
  return quotesOf(annotateFile(file, url));
}

export interface ExpectedClaim {
  claimId: string;
  /** The sentence the note sits on. */
  sentence: string;
}

export interface ExpectedCheck {
  type: string;
  entityId: string;
}

/** Everything the end-to-end scenario checks on a page, from one run of the core. */
export interface ExpectedPage {
  quotes: ExpectedQuote[];
  claims: ExpectedClaim[];
  checks: ExpectedCheck[];
}

export function expectedPage(file: string, url: string): ExpectedPage {
  const result = annotateFile(file, url);
  return {
    quotes: quotesOf(result),
    claims: result.claims.map((c) => ({ claimId: c.claimId, sentence: c.span.text })),
    checks: result.checks.map((c) => ({ type: c.type, entityId: c.entityId })),
  };
}

/** The seed page's expectations, after checking its claims are the two the seed README names. */
export function seedPage(url: string): ExpectedPage {
  const page = expectedPage(SEED_PAGE, url);
  const ids = page.claims.map((c) => c.claimId).sort();
  if (ids.join() !== 'claim/congress-found-russia-allegations-baseless,claim/trump-putin-calls-after-presidency') throw new Error(`seed claims: ${ids.join(', ')}`);
  return page;
}
