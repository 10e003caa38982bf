/**
 * Paints highlights with the CSS Custom Highlight API: the page's DOM is not
 * rewritten, so its scripts and layout are untouched. Styles come from
 * highlights.css, which the worker inserts without adding elements.
 */
const QUOTE = 'source-context-quote';
const ACTIVE = 'source-context-active';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private ranges: Range[] = [];

  show(ranges: Range[]): void {
    this.ranges = ranges;
    if (!highlightsSupported()) return;
    CSS.highlights.set(QUOTE, new Highlight(...ranges));
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
    CSS.highlights.delete(ACTIVE);
  }

  get shown(): readonly Range[] {
    return this.ranges;
  }
}
