// Claim notes and notes on named sources across the saved real pages (../shared/pages): every
// note attached must be one a person reviewed and found correct. The reviewed list (page and id) lives in
// test/fixtures/corpus-claim-notes.json; a new note fails here until someone checks it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/core/annotate.js';
import { articleFromHtml } from '../../src/cli/page-article.js';
import { bundledDataset } from '../helpers/dataset.js';
import { corpusPages } from '../helpers/pages-corpus.js';
import { PAGES_DIR, PROJECT_ROOT, skipMessage } from '../helpers/shared-material.js';

const pages = corpusPages();

describe.skipIf(pages.length === 0)('claim notes on the saved real pages', () => {
  if (pages.length === 0) it.skip(skipMessage('the claim-notes corpus check'), () => {});

  it('attaches only reviewed notes', { timeout: 180_000 }, () => {
    const index = bundledDataset();
    const found: string[] = [];
    for (const name of pages) {
      const outcome = articleFromHtml(readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8'), `http://127.0.0.1/pages/${name}.html`);
      if (outcome.status !== 'ok') continue;
      const result = annotateArticle(outcome.article, index);
      for (const c of result.claims) {
        found.push(`${name} ${c.claimId}`);
        console.log(`claim note: ${name}: ${c.claimId} (${c.stance}, ${c.score}) on: ${c.span.text.slice(0, 160)}`);
      }
      for (const c of result.checks) {
        found.push(`${name} ${c.type} ${c.entityId}`);
        console.log(`source note: ${name}: ${c.type} ${c.entityId}: said “${c.said}”; ${c.note} [${outcome.article.publishedTime ?? 'no date'}]`);
      }
    }
    const reviewed = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'corpus-claim-notes.json'), 'utf8')) as { correct: string[] };
    console.log(`claim and source notes on ${pages.length} saved pages: ${found.length}`);
    expect(found.sort()).toEqual([...reviewed.correct].sort());
  });
});
