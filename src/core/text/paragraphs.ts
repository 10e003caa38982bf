/**
 * Paragraphs. Any newline ends one: an article's text separates its paragraphs by a blank line
 * and collapses whitespace inside them, and texts from elsewhere (the CLI, the evaluation corpus)
 * may use a single newline. Every stage asks here, so they all agree on where a paragraph ends.
 */
import type { Span } from '../types.js';

/** The paragraphs' spans, without the whitespace around them. Linear: each character is seen once or twice. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  // "\n" then what whitespace follows, never whitespace before it: a regex starting with \s* would
  // rescan a long run of spaces from every position in it.
  const separator = /\n\s*/g;
  let start = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    pushTrimmed(text, spans, start, m.index);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, spans, start, text.length);
  return spans;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Offset of the first paragraph break at or after `from`, or -1 when none follows. */
export function nextParagraphBreak(text: string, from: number): number {
  return text.indexOf('\n', from);
}
