// The reference page: every Putin quote attributed to him, the named sources linked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/core/annotate.js';
import { SPEAKER_CONFIDENCE_THRESHOLD } from '../../src/core/types.js';
import { articleFromHtml } from '../../src/cli/page-article.js';
import { bundledDataset } from '../helpers/dataset.js';
import { SEED_DIR, hasSeed, skipMessage } from '../helpers/shared-material.js';

describe.skipIf(!hasSeed)('seed article (../shared/seed)', () => {
  if (!hasSeed) it.skip(skipMessage('the seed article check'), () => {});
  const html = hasSeed ? readFileSync(join(SEED_DIR, 'seed-article.html'), 'utf8') : '';

  it('extracts the article with its date and paragraphs', () => {
    const outcome = articleFromHtml(html, 'http://127.0.0.1/seed-article.html');
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.article.publishedTime?.slice(0, 10)).toBe('2024-10-25');
    expect(outcome.article.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
  });

  it('attributes every quote to Vladimir Putin', () => {
    const outcome = articleFromHtml(html, 'http://127.0.0.1/seed-article.html');
    if (outcome.status !== 'ok') throw new Error('not extracted');
    const { quotes } = annotateArticle(outcome.article, bundledDataset());
    const texts = quotes.map((q) => q.spans.map((s) => s.text).join(' '));
    // Four quotations, the short "complete nonsense." among them; the last two are one statement
    // in two parts (the same speaker goes on in the same paragraph).
    expect(quotes.flatMap((q) => q.spans)).toHaveLength(4);
    expect(quotes).toHaveLength(3);
    expect(quotes[2]!.spans).toHaveLength(2);
    expect(texts.some((t) => /complete nonsense\.”$/.test(t) && t.split(' ').length <= 3)).toBe(true);
    for (const q of quotes) {
      expect(q.speaker?.entityId, q.spans[0]?.text).toBe('person/vladimir-putin');
      expect(q.confidence).toBeGreaterThanOrEqual(SPEAKER_CONFIDENCE_THRESHOLD);
    }
    expect(quotes.map((q) => q.cue?.text ?? null)).toContain('asserted');
    expect(quotes.map((q) => q.cue?.text ?? null)).toContain('remarked');
  });

  it('links Putin, Trump, Woodward, Biden, NBC, Congress, the BRICS summit and the book, noting its wrong title', () => {
    const outcome = articleFromHtml(html, 'http://127.0.0.1/seed-article.html');
    if (outcome.status !== 'ok') throw new Error('not extracted');
    const { entities } = annotateArticle(outcome.article, bundledDataset());
    const ids = entities.map((e) => e.entityId);
    for (const id of [
      'person/vladimir-putin', 'person/donald-trump', 'person/bob-woodward', 'person/joe-biden', 'outlet/nbc-news',
      'organisation/us-congress', 'event/16th-brics-summit', 'publication/war-woodward-2024',
    ]) expect(ids).toContain(id);
    // The article gives Woodward's book a wrong title; the link keeps the words it used for a note.
    expect(entities.find((e) => e.entityId === 'publication/war-woodward-2024')?.misTitles).toEqual(['Wars']);
    // Every mention's text is what the text says at its offsets.
    for (const e of entities) for (const s of e.spans) expect(outcome.article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('matches both of its claims with context, each cited, and no other', () => {
    const outcome = articleFromHtml(html, 'http://127.0.0.1/seed-article.html');
    if (outcome.status !== 'ok') throw new Error('not extracted');
    const { claims } = annotateArticle(outcome.article, bundledDataset());
    expect(claims.map((c) => c.claimId).sort()).toEqual(['claim/congress-found-russia-allegations-baseless', 'claim/trump-putin-calls-after-presidency']);
    const calls = claims.find((c) => c.claimId === 'claim/trump-putin-calls-after-presidency')!;
    // The note sits on the sentence that reports the calls, and says why it matched.
    expect(calls.span.text).toMatch(/seven times/);
    expect(calls.why.entities).toEqual(['person/donald-trump', 'person/vladimir-putin']);
    expect(calls.why.numbers).toEqual([7]);
    const congress = claims.find((c) => c.claimId === 'claim/congress-found-russia-allegations-baseless')!;
    expect(congress.span.text.startsWith("“Congress")).toBe(true);
    expect(congress.span.text).toContain("concluded");
    for (const c of claims) expect(outcome.article.text.slice(c.span.start, c.span.end)).toBe(c.span.text);
  });

  it('notes the book title mismatch, and nothing else about its named sources', () => {
    const outcome = articleFromHtml(html, 'http://127.0.0.1/seed-article.html');
    if (outcome.status !== 'ok') throw new Error('not extracted');
    const { checks } = annotateArticle(outcome.article, bundledDataset());
    expect(checks.map((c) => [c.type, c.entityId, c.said])).toEqual([['title', 'publication/war-woodward-2024', 'Wars']]);
    expect(checks[0]!.citation.url).toMatch(/^https:\/\//);
  });
});
