/**
 * Paints highlights with the CSS Custom Highlight API: the page's DOM is not
 * rewritten, so its scripts and layout are untouched. Styles come from
 * highlights.css, which the worker inserts without adding elements.
 */
const QUOTE = 'source-context-quote';
/** Claims get their own highlight (a dotted underline), so they read differently from quotes. */
const CLAIM = 'source-context-claim';
const ACTIVE = 'source-context-active';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private ranges: Range[] = [];

  show(quotes: Range[], claims: Range[] = []): void {
    this.ranges = [...quotes, ...claims];
    if (!highlightsSupported()) return;
    CSS.highlights.set(QUOTE, new Highlight(...quotes));
    if (claims.length > 0) CSS.highlights.set(CLAIM, new Highlight(...claims));
    else CSS.highlights.delete(CLAIM);
  }

  setActive(ranges: Range[] | null): void {
    if (!highlightsSupported()) return;
    if (ranges && ranges.length > 0) CSS.highlights.set(ACTIVE, new Highlight(...ranges));
    else CSS.highlights.delete(ACTIVE);
  }

  clear(): void {
    this.ranges = [];
    if (!highlightsSupported()) return;
    CSS.highlights.delete(QUOTE);
    CSS.highlights.delete(CLAIM);
    CSS.highlights.delete(ACTIVE);
  }

  get shown(): readonly Range[] {
    return this.ranges;
  }
}
