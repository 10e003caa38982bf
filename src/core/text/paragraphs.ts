/**
 * Paragraphs. Any newline ends one: an article's text separates its paragraphs by a blank line
 * and collapses whitespace inside them, and texts from elsewhere (the CLI, the evaluation corpus)
 * may use a single newline. Every stage asks here, so they all agree on where a paragraph ends.
 */
import type { Span } from '../types.js';
import { partitionPoint } from './sorted-search.js';

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

/** Offsets of every paragraph break, ascending: found once, then searched by `breakAtOrAfter`. */
export function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/**
 * The first break at or after `from`, or -1 when none follows. A binary search: scanning the text
 * for the next newline from every sentence is quadratic in a long paragraph.
 */
export function breakAtOrAfter(breaks: readonly number[], from: number): number {
  const k = partitionPoint(breaks.length, (i) => breaks[i]! < from);
  return k < breaks.length ? breaks[k]! : -1;
}
