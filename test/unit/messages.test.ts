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
    const span = { start: 0, end: 4, text: 'Tide', prefix: '', suffix: ' rose.' };
    const note = { kind: 'claim', id: 'c1', claimId: 'claim/x', span, score: 1, stance: 'repeats', why: { entities: [], terms: ['tide'], numbers: [] } };
    expect(isAnnotateReply({ ok: true, result: { quotes: [], entities: [], claims: [note], cards: {} } })).toBe(true);
    // A claim note without its reasons, or with a stance it cannot have, is refused whole.
    expect(isAnnotateReply({ ok: true, result: { quotes: [], entities: [], claims: [{ ...note, why: undefined }], cards: {} } })).toBe(false);
    expect(isAnnotateReply({ ok: true, result: { quotes: [], entities: [], claims: [{ ...note, stance: '<b>' }], cards: {} } })).toBe(false);
    const check = { kind: 'check', id: 'k1', type: 'title', entityId: 'publication/x', span, said: 'Tides', note: 'Its title is “Tide”.', citation: { url: 'https://example.org', title: 'Example' } };
    expect(isAnnotateReply({ ok: true, result: { quotes: [], entities: [], checks: [check], cards: {} } })).toBe(true);
    expect(isAnnotateReply({ ok: true, result: { quotes: [], entities: [], checks: [{ ...check, citation: null }], cards: {} } })).toBe(false);
  });
});
