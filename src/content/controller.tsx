/**
 * The content script's work on one page: extract the article, ask the
 * worker for annotations, anchor them in the live page, highlight quotes,
 * and show cards on hover. Every listener is tied to one AbortController,
 * so `destroy` leaves the page as it was.
 */
import { render, type VNode } from 'preact';
import type { RecordCard } from '../core/dataset/describe-record.js';
import { matchQuote } from '../core/text/match-quote.js';
import type { AnchorSpan } from '../core/types.js';
import { extractArticle } from '../extract/extract-article.js';
import { browser } from '../platform/browser-api.js';
import { loadSettings, watchSettings } from '../platform/settings-store.js';
import { isAnnotateReply, isPopupToContent, type ContentToBackground, type PageAnnotations } from '../shared/messages.js';
import { siteSettings } from '../shared/settings.js';
import { CARD_CSS } from './card-styles.js';
import { Highlighter } from './highlighter.js';
import { HoverState } from './hover.js';
import { createOverlay, type Overlay } from './overlay.js';
import { placeCard, type Box } from './place-card.js';
import { ClaimCard, type ClaimNoteProps } from './ClaimCard.js';
import { QuoteCard } from './QuoteCard.js';
import { buildTextIndex, type TextIndex } from './text-index.js';

export class ContentController {
  private abort = new AbortController();
  private overlay: Overlay | null = null;
  private readonly highlighter = new Highlighter();
  private quoteRanges = new Map<string, Range[]>();
  private claimRanges = new Map<string, Range[]>();
  private result: PageAnnotations | null = null;
  private textIndex: TextIndex | null = null;
  private highlightsOn = true;
  private readonly hover = new HoverState({ show: (id) => this.showCard(id), hide: () => this.hideCard() });
  private unwatch: (() => void) | null = null;

  async run(force: boolean): Promise<void> {
    this.destroy();
    this.abort = new AbortController();
    performance.mark('source-context:start');
    let status = 'error';
    try {
      const settings = loadSettings(); // read while the article is analysed
      // The reader clicked, or enabled this site: the parse is wanted, so it comes before the quick check.
      const outcome = extractArticle(document, location.href, { force, parseFirst: true });
      performance.mark('source-context:extracted');
      if (outcome.status !== 'ok') {
        status = 'not-article';
        await this.send({ type: 'report-status', status: 'not-article', message: outcome.reason });
        return;
      }
      const reply: unknown = await browser.runtime.sendMessage({ type: 'annotate-article', article: outcome.article } satisfies ContentToBackground);
      performance.mark('source-context:replied');
      if (!isAnnotateReply(reply)) throw new Error('unexpected reply from the extension');
      if (!reply.ok) return; // the worker recorded the error for the popup
      this.result = reply.result;
      this.anchorAnnotations(reply.result);
      performance.mark('source-context:anchored');
      this.highlightsOn = siteSettings(await settings, location.hostname).highlights;
      this.overlay = createOverlay(document, CARD_CSS);
      this.listen();
      this.paint();
      status = 'done';
      // Wait for the frame that shows the highlights, so the mark below means "painted".
      await new Promise((resolve) => requestAnimationFrame(resolve));
    } catch (error) {
      await this.send({ type: 'report-status', status: 'error', message: `Annotating failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      // User-timing marks let the benchmark and the corpus test see when and how a run ended.
      performance.mark(`source-context:end:${status}`);
    }
  }

  destroy(): void {
    this.abort.abort();
    this.unwatch?.();
    this.unwatch = null;
    this.hover.close();
    this.highlighter.clear();
    this.overlay?.destroy();
    this.overlay = null;
    this.quoteRanges.clear();
    this.claimRanges.clear();
  }

  private async send(message: ContentToBackground): Promise<void> {
    await browser.runtime.sendMessage(message).catch(() => undefined);
  }

  private anchorAnnotations(result: PageAnnotations): void {
    this.textIndex = buildTextIndex(document.body, document);
    for (const quote of result.quotes) {
      const ranges = quote.spans.flatMap((span) => this.anchor(span));
      if (ranges.length > 0) this.quoteRanges.set(quote.id, ranges);
    }
    for (const claim of result.claims ?? []) {
      const ranges = this.anchor(claim.span);
      if (ranges.length > 0) this.claimRanges.set(claim.id, ranges);
    }
  }

  private anchor(span: AnchorSpan): Range[] {
    if (!this.textIndex) return [];
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    const match = matchQuote(this.textIndex.text, { exact: norm(span.text), prefix: norm(span.prefix), suffix: norm(span.suffix) });
    const range = match ? this.textIndex.range(match.start, match.end) : null;
    return range ? [range] : [];
  }

  private paint(): void {
    if (this.highlightsOn) this.highlighter.show([...this.quoteRanges.values()].flat(), [...this.claimRanges.values()].flat());
    else {
      this.hover.close();
      this.highlighter.clear();
    }
  }

  private listen(): void {
    const signal = this.abort.signal;
    let frame = 0;
    document.addEventListener(
      'pointermove',
      (event) => {
        if (!this.highlightsOn) return;
        if (event.composedPath().some((n) => n instanceof Element && n.localName === 'source-context-root')) return;
        const { clientX, clientY } = event;
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => this.hover.pointerAt(this.annotationAt(clientX, clientY)));
      },
      { passive: true, signal },
    );
    document.addEventListener('keydown', (event) => event.key === 'Escape' && this.hover.close(), { signal });
    // Keyboard readers: a caret placed inside a quote (caret browsing) opens its card.
    document.addEventListener(
      'selectionchange',
      () => {
        const sel = document.getSelection();
        if (!this.highlightsOn || !sel || !sel.isCollapsed || !sel.anchorNode) return;
        const id = this.annotationContaining(sel.anchorNode, sel.anchorOffset);
        if (id) this.hover.open(id);
      },
      { signal },
    );
    window.addEventListener('scroll', () => this.hover.closeShown(), { passive: true, signal });
    this.unwatch = watchSettings((settings) => {
      this.highlightsOn = siteSettings(settings, location.hostname).highlights;
      this.paint();
    });
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isPopupToContent(message)) return undefined;
      return Promise.resolve(this.reveal(message.annotationId));
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  }

  /** Scrolls an annotation into view and, for a quote or a claim, opens its card: the popup's "show me". */
  private reveal(id: string): boolean {
    const quoteRanges = this.quoteRanges.get(id) ?? this.claimRanges.get(id);
    const entity = this.result?.entities.find((e) => e.id === id);
    const ranges = quoteRanges ?? (entity ? entity.spans.slice(0, 1).flatMap((s) => this.anchor(s)) : []);
    const first = ranges[0];
    if (!first) return false;
    const target = first.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.highlighter.setActive(ranges);
    if (quoteRanges && this.highlightsOn) requestAnimationFrame(() => this.hover.open(id));
    return true;
  }

  private rangesOf(id: string): Range[] | undefined {
    return this.quoteRanges.get(id) ?? this.claimRanges.get(id);
  }

  private annotationAt(x: number, y: number): string | null {
    const caret = caretAt(x, y);
    if (!caret) return null;
    const id = this.annotationContaining(caret.node, caret.offset);
    if (!id) return null;
    // The caret snaps to the nearest text; make sure the pointer is really over the annotation.
    const inside = this.rangesOf(id)!.some((r) => [...r.getClientRects()].some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom));
    return inside ? id : null;
  }

  /** A quote wins over a claim sentence around it: the quote's card carries the claim note too. */
  private annotationContaining(node: Node, offset: number): string | null {
    for (const map of [this.quoteRanges, this.claimRanges]) {
      for (const [id, ranges] of map) {
        for (const r of ranges) {
          try {
            if (r.isPointInRange(node, offset)) return id;
          } catch {
            // A node from another document or a removed one: not ours.
          }
        }
      }
    }
    return null;
  }

  /** Claim notes for the claims matched in a sentence overlapping these article offsets. */
  private claimNotes(spans: readonly { start: number; end: number }[]): ClaimNoteProps[] {
    const result = this.result;
    if (!result) return [];
    const names: Record<string, string> = {};
    for (const [id, card] of Object.entries(result.cards)) names[id] = card.name;
    return (result.claims ?? []).flatMap((note) => {
      const card = result.cards[note.claimId];
      const overlaps = spans.some((s) => s.start < note.span.end && note.span.start < s.end);
      return card && overlaps ? [{ note, card, names }] : [];
    });
  }

  private showCard(id: string): void {
    const ranges = this.rangesOf(id);
    if (!ranges || !this.overlay) return;
    const handlers = { onPointerEnter: () => this.hover.cardEntered(), onPointerLeave: () => this.hover.cardLeft() };
    let draw: (position: { top: number; left: number } | null) => VNode;
    const quote = this.result?.quotes.find((q) => q.id === id);
    const claim = this.result?.claims?.find((c) => c.id === id);
    if (quote) {
      const card: RecordCard | null = quote.speaker?.entityId ? this.result?.cards[quote.speaker.entityId] ?? null : null;
      const claims = this.claimNotes(quote.spans);
      draw = (position) => <QuoteCard quote={quote} card={card} claims={claims} position={position} {...handlers} />;
    } else if (claim) {
      const note = this.claimNotes([claim.span]).find((n) => n.note.id === id);
      if (!note) return;
      draw = (position) => <ClaimCard {...note} position={position} {...handlers} />;
    } else return;
    this.highlighter.setActive(ranges);
    const container = this.cardContainer();
    render(draw(null), container);
    const el = container.querySelector('.card');
    if (!el) return;
    const size = el.getBoundingClientRect();
    const rects = ranges.flatMap((r) => [...r.getClientRects()]);
    const quoteBox = union(rects);
    const anchor = rects[0] ?? quoteBox;
    const position = placeCard(toBox(anchor), quoteBox, size, { width: window.innerWidth, height: window.innerHeight });
    render(draw(position), container);
  }

  private hideCard(): void {
    this.highlighter.setActive(null);
    const container = this.overlay?.root.querySelector('.card-container');
    if (container) render(null, container);
  }

  private cardContainer(): Element {
    const root = this.overlay!.root;
    let container = root.querySelector('.card-container');
    if (!container) {
      container = document.createElement('div');
      container.className = 'card-container';
      root.append(container);
    }
    return container;
  }
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function toBox(r: DOMRect | Box): Box {
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

function union(rects: DOMRect[]): Box {
  if (rects.length === 0) return { top: 0, left: 0, width: 0, height: 0 };
  const top = Math.min(...rects.map((r) => r.top));
  const left = Math.min(...rects.map((r) => r.left));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const right = Math.max(...rects.map((r) => r.right));
  return { top, left, width: right - left, height: bottom - top };
}
