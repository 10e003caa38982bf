// The DOM layers in jsdom: article text, the live-page text index, the card's escaping, hovering.
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuoteCard } from '../../src/content/QuoteCard.js';
import { DWELL_MS, GRACE_MS, HoverState } from '../../src/content/hover.js';
import { buildTextIndex } from '../../src/content/text-index.js';
import { articleText } from '../../src/extract/article-text.js';
import type { QuoteAnnotation } from '../../src/core/types.js';

const dom = (html: string) => new JSDOM(html).window.document;

describe('articleText', () => {
  it('keeps paragraphs and collapses white space inside them', () => {
    const doc = dom('<div><h2>Head</h2><p>One  <b>bold</b>\n word.</p><ul><li>A</li><li>B</li></ul><script>x()</script></div>');
    expect(articleText(doc.body)).toBe('Head\n\nOne bold word.\n\nA\n\nB');
  });

  it('survives very deep nesting', () => {
    const doc = dom(`${'<div>'.repeat(2000)}deep${'</div>'.repeat(2000)}`);
    expect(articleText(doc.body)).toBe('deep');
  });
});

describe('buildTextIndex', () => {
  it('maps normalised offsets back to ranges across element boundaries', () => {
    const doc = dom('<p>She said, <em>“we\n   stay</em> here,” loudly.</p><script>var s = "“not text”";</script>');
    const index = buildTextIndex(doc.body, doc);
    const start = index.text.indexOf('“we stay here,”');
    expect(start).toBeGreaterThan(0);
    const range = index.range(start, start + '“we stay here,”'.length);
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('“we stay here,”');
    expect(index.text).not.toContain('not text');
  });
});

describe('QuoteCard', () => {
  afterEach(() => void vi.unstubAllGlobals());

  /** Renders the card for one quote in a fresh jsdom document and returns its root. */
  function renderCard(quote: QuoteAnnotation): HTMLElement {
    const doc = dom('<div id="root"></div>');
    vi.stubGlobal('document', doc);
    vi.stubGlobal('window', doc.defaultView!);
    const root = doc.getElementById('root')!;
    render(<QuoteCard quote={quote} card={null} position={{ top: 1, left: 1 }} onPointerEnter={() => {}} onPointerLeave={() => {}} />, root);
    return root;
  }

  it('renders page text as text, never as HTML', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const root = renderCard({
      kind: 'quote',
      id: 'q1',
      spans: [{ start: 0, end: 5, text: evil, prefix: '', suffix: '' }],
      speaker: { mention: { start: 0, end: 3, text: evil }, name: evil, entityId: null, resolution: 'explicit' },
      cue: { start: 0, end: 4, text: evil },
      content: null,
      confidence: 0.9,
    });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.speaker')?.textContent).toBe(evil);
  });

  it('shows an unresolved pronoun as written, with no name and no dataset line', () => {
    const root = renderCard({
      kind: 'quote',
      id: 'q2',
      spans: [{ start: 0, end: 20, text: '“The pier will hold.”', prefix: '', suffix: '' }],
      speaker: { mention: { start: 22, end: 24, text: 'he' }, name: 'he', entityId: null, resolution: 'unresolved' },
      cue: { start: 25, end: 29, text: 'said' },
      content: null,
      confidence: 0.6,
    });
    expect(root.querySelector('.speaker')?.textContent).toBe('“he”');
    expect(root.textContent).toContain('the article does not make clear who, so no name is given');
    expect(root.textContent).not.toContain('Not in the context dataset');
  });

  it('shows "I said" as the writer, with no dataset line', () => {
    const root = renderCard({
      kind: 'quote',
      id: 'q3',
      spans: [{ start: 0, end: 20, text: '“Is the pier safe?”', prefix: '', suffix: '' }],
      speaker: { mention: { start: 21, end: 22, text: 'I' }, name: 'the writer', entityId: null, resolution: 'writer' },
      cue: { start: 23, end: 28, text: 'asked' },
      content: null,
      confidence: 0.65,
    });
    expect(root.querySelector('.speaker')?.textContent).toBe('the writer');
    expect(root.textContent).toContain('the article’s writer, speaking in the first person');
    expect(root.textContent).not.toContain('Not in the context dataset');
  });
});

describe('HoverState', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('shows after the dwell, drops a hover that moved on, hides after the grace period', () => {
    const shown: (string | null)[] = [];
    const hover = new HoverState({ show: (id) => shown.push(id), hide: () => shown.push(null) });
    hover.pointerAt('q1');
    vi.advanceTimersByTime(DWELL_MS - 50);
    hover.pointerAt('q2'); // moved on before the card appeared: q1 is stale
    vi.advanceTimersByTime(DWELL_MS);
    expect(shown).toEqual(['q2']);
    hover.pointerAt(null);
    vi.advanceTimersByTime(GRACE_MS - 50);
    hover.cardEntered(); // reached the card in time: it stays
    vi.advanceTimersByTime(GRACE_MS);
    expect(shown).toEqual(['q2']);
    hover.cardLeft();
    vi.advanceTimersByTime(GRACE_MS);
    expect(shown).toEqual(['q2', null]);
  });
});
