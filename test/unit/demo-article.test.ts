// Our own fixture article: every attribution pattern the extension promises, checked against
// the expected quotes and speakers written alongside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/core/annotate.js';
import { SPEAKER_CONFIDENCE_THRESHOLD } from '../../src/core/types.js';
import { articleFromHtml } from '../../src/cli/page-article.js';
import { bundledDataset } from '../helpers/dataset.js';
import { PROJECT_ROOT } from '../helpers/shared-material.js';

const fixtures = join(PROJECT_ROOT, 'test', 'fixtures');
const html = readFileSync(join(fixtures, 'demo-article.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(fixtures, 'demo-article.expected.json'), 'utf8')) as {
  quotes: { text: string; speaker: string | null; part?: boolean }[];
};

describe('demo article', () => {
  const outcome = articleFromHtml(html, 'http://127.0.0.1/demo-article.html');
  if (outcome.status !== 'ok') throw new Error('demo article not extracted');
  const { quotes } = annotateArticle(outcome.article, bundledDataset());
  const spans = quotes.flatMap((q) => q.spans.map((s) => ({ text: s.text, speaker: q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker?.name ?? null : null })));

  it('finds every quotation and skips the scare quote', () => {
    const speech = expected.quotes.filter((q) => q.speaker !== null).map((q) => q.text);
    expect(spans.map((s) => s.text)).toEqual(speech);
  });

  it('attributes each quotation to the right speaker', () => {
    for (const want of expected.quotes.filter((q) => q.speaker !== null)) {
      const got = spans.find((s) => s.text === want.text);
      expect(got?.speaker, want.text).toBe(want.speaker);
    }
  });
});
