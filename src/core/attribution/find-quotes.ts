/**
 * Finds quotations: text between matching quotation marks, in one pass
 * over the text (linear, whatever the marks). A quotation left open at the
 * end of a paragraph continues when the next paragraph opens with the same
 * mark (the newsroom convention for multi-paragraph quotes); otherwise the
 * opening mark was stray and is dropped.
 */
import { paragraphSpans } from '../text/paragraphs.js';
import { closersFor, isOpeningStraightQuote } from '../text/quote-marks.js';
import type { Span } from '../types.js';

export interface QuotePart extends Span {
  /** Offset of the paragraph that holds this part. */
  paragraph: number;
  /** True when the part has its closing mark (the last part of a quote always does). */
  closed: boolean;
}

export interface FoundQuote {
  /** One part per paragraph; most quotes have one. */
  parts: QuotePart[];
}

// '' is the New York Times house style for double quotation marks.
const OPENERS = /''|["\u201C\u201E\u00AB\u00BB\u300C\u300E\u201F]/gu;
const TWO_APOSTROPHES = "''";
/** No opener left in the text. */
const NO_OPENER = Object.assign([''], { index: Infinity, input: '' }) as RegExpExecArray;

export function findQuotes(text: string, lang: string | null = null): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  const paragraphs = paragraphSpans(text);
  // A quote still open at the end of the previous paragraph, with its opening mark.
  let carried: { quote: FoundQuote; opener: string } | null = null;

  let nextOpener: RegExpExecArray | null = null;
  for (const para of paragraphs) {
    let pos = para.start;
    if (carried) {
      if (text.startsWith(carried.opener, para.start)) {
        pos = continueQuote(text, para, carried.quote, carried.opener, lang);
        const last = carried.quote.parts[carried.quote.parts.length - 1];
        if (!last?.closed) continue; // still open: the quote runs on into the next paragraph
        quotes.push(carried.quote);
        carried = null;
      } else {
        carried = null; // never closed: not a quotation we can trust
      }
    }
    while (pos < para.end) {
      // The next opener in the text, found once: a scan that ran past this paragraph's end is kept
      // for the paragraphs it skipped (else many paragraphs without quotes make this quadratic).
      if (!nextOpener || nextOpener.index < pos) {
        OPENERS.lastIndex = pos;
        nextOpener = OPENERS.exec(text) ?? NO_OPENER;
      }
      const m = nextOpener;
      if (m === NO_OPENER || m.index >= para.end) break;
      const opener = m[0];
      const closers = opener === TWO_APOSTROPHES ? opener : closersFor(opener, lang);
      if (!closers || ((opener === '"' || opener === TWO_APOSTROPHES) && !isOpeningStraightQuote(text, m.index))) {
        pos = m.index + opener.length;
        continue;
      }
      const close = findClose(text, m.index + opener.length, para.end, opener, closers);
      if (close === -1) {
        // Open to the end of the paragraph: may continue in the next one.
        const quote: FoundQuote = { parts: [{ start: m.index, end: para.end, paragraph: para.start, closed: false }] };
        carried = { quote, opener };
        break;
      }
      if (close === -2) {
        pos = m.index + 1; // the same opening mark again before a close: this one was stray
        continue;
      }
      const end = close + closeLength(opener);
      quotes.push({ parts: [{ start: m.index, end, paragraph: para.start, closed: true }] });
      pos = end;
    }
  }
  return quotes;
}

/**
 * Index of the closing mark, -1 if the paragraph ends first, -2 if the same
 * opening mark appears again first (a curly opener cannot nest in itself).
 */
function findClose(text: string, from: number, to: number, opener: string, closers: string): number {
  if (opener === TWO_APOSTROPHES) return findApostrophesClose(text, from, to);
  // Mixed marks are common typos in copy-edited news: “…," or “…,“ closes a curly quote, "…” a
  // straight one. A straight pair opened inside a curly quote ("fake news") is nested, not a close.
  let innerStraight = false;
  for (let i = from; i < to; i++) {
    const ch = text[i] ?? '';
    if (closers.includes(ch)) return i;
    if (opener === '\u201C' && (ch === '"' || ch === opener)) {
      const closing = isClosingPosition(text, i, to);
      if (ch === '"' && !closing && isOpeningStraightQuote(text, i)) innerStraight = true;
      else if (ch === '"' && innerStraight) innerStraight = false;
      else if (closing) return i;
      else if (ch === opener) return -2;
      continue;
    }
    if (opener === '"' && ch === '\u201D') return i;
    if (ch === opener && opener !== '"' && !closers.includes(ch)) return -2;
  }
  return -1;
}

/** A mark right after a word or punctuation and before a space or the paragraph's end. */
function isClosingPosition(text: string, i: number, to: number): boolean {
  return /[\p{L}\p{N}.,!?;…'’\u2014-]/u.test(text[i - 1] ?? '') && (i + 1 >= to || /[\s.,;:!?)\u2014]/u.test(text[i + 1] ?? ''));
}

function continueQuote(
  text: string,
  para: Span,
  quote: FoundQuote,
  opener: string,
  lang: string | null,
): number {
  const closers = closersFor(opener, lang) ?? '';
  const close = findClose(text, para.start + opener.length, para.end, opener, opener === TWO_APOSTROPHES ? opener : closers);
  if (close < 0) {
    quote.parts.push({ start: para.start, end: para.end, paragraph: para.start, closed: false });
    return para.end;
  }
  const end = close + closeLength(opener);
  quote.parts.push({ start: para.start, end, paragraph: para.start, closed: true });
  return end;
}

function closeLength(opener: string): number {
  return opener === TWO_APOSTROPHES ? 2 : 1;
}

/** The closing '' after a word or punctuation; -2 if another opening '' comes first. */
function findApostrophesClose(text: string, from: number, to: number): number {
  const i = text.indexOf(TWO_APOSTROPHES, from);
  if (i === -1 || i + 1 >= to) return -1;
  return /\S/.test(text[i - 1] ?? ' ') ? i : -2;
}
