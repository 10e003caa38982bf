import { describe, expect, it } from 'vitest';
import { isAnnotateReply, isContentToBackground, isPopupToBackground, isPopupToContent } from '../../src/shared/messages.js';

const article = { url: 'https://news.example/a', title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', text: 'Body.' };

describe('message guards', () => {
  it('accept well-formed messages', () => {
    expect(isContentToBackground({ type: 'annotate-article', article })).toBe(true);
    expect(isPopupToBackground({ type: 'get-tab-state', tabId: 3 })).toBe(true);
    expect(isPopupToContent({ type: 'reveal-annotation', annotationId: 'q1' })).toBe(true);
  });

  it('reject wrong types, missing fields, unknown kinds and oversized text', () => {
    expect(isContentToBackground({ type: 'annotate-article', article: { ...article, title: 5 } })).toBe(false);
    expect(isContentToBackground({ type: 'annotate-article' })).toBe(false);
    expect(isContentToBackground({ type: 'fetch-url', url: 'https://x' })).toBe(false);
    expect(isContentToBackground({ type: 'annotate-article', article: { ...article, text: 'x'.repeat(2_000_001) } })).toBe(false);
    expect(isPopupToBackground({ type: 'get-tab-state', tabId: -1 })).toBe(false);
    expect(isPopupToBackground({ type: 'annotate-tab', tabId: 1 })).toBe(false);
    expect(isPopupToContent(null)).toBe(false);
  });

  it('checks the worker reply before the content script draws anything', () => {
    expect(isAnnotateReply({ ok: false, error: 'x' })).toBe(true);
    expect(isAnnotateReply({ ok: true, result: { quotes: [{ kind: 'quote', id: 'q1', spans: [{ start: 0 }] }], entities: [], cards: {} } })).toBe(false);
    expect(isAnnotateReply({ ok: true, result: { quotes: [], entities: [], cards: {} } })).toBe(true);
  });
});
