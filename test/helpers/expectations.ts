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

export function expectedQuotes(file: string, url: string): ExpectedQuote[] {
  return annotateFile(file, url).quotes.map((q) => ({
    parts: q.spans.map((s) => s.text),
    speaker: q.speaker && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker.name : null,
    entityId: q.speaker && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker.entityId : null,
  }));
}

export interface ExpectedClaim {
  claimId: string;
  /** The sentence the note sits on. */
  sentence: string;
}

export function expectedClaims(file: string, url: string): ExpectedClaim[] {
  return annotateFile(file, url).claims.map((c) => ({ claimId: c.claimId, sentence: c.span.text }));
}

/** The seed's claims as the core finds them, after checking they are the two the seed README names. */
export function seedClaims(url: string): ExpectedClaim[] {
  const claims = expectedClaims(SEED_PAGE, url);
  const ids = claims.map((c) => c.claimId).sort();
  if (ids.join() !== 'claim/congress-found-russia-allegations-baseless,claim/trump-putin-calls-after-presidency') throw new Error(`seed claims: ${ids.join(', ')}`);
  return claims;
}

export interface ExpectedCheck {
  type: string;
  entityId: string;
}

export function expectedChecks(file: string, url: string): ExpectedCheck[] {
  return annotateFile(file, url).checks.map((c) => ({ type: c.type, entityId: c.entityId }));
}
