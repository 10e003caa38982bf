/**
 * Finds a quote in a page's text, as Hypothesis anchors annotations: an
 * exact match first, the best of several decided by the words around it,
 * and an approximate match (approx-string-match, Myers' bit-parallel
 * algorithm) when the page's text differs a little from the article's.
 */
import search from 'approx-string-match';

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote is expected, as a fraction 0..1 of the text; breaks ties between repeats. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 for an exact match with matching context, lower for approximate ones. */
  score: number;
}

/** Patterns longer than this are matched approximately only by their ends (the algorithm is O(n·m/32)). */
const MAX_FUZZY_PATTERN = 256;

export function matchQuote(text: string, selector: QuoteSelector): QuoteMatch | null {
  const { exact } = selector;
  if (!exact) return null;
  const candidates: QuoteMatch[] = [];
  for (let i = text.indexOf(exact); i !== -1 && candidates.length < 200; i = text.indexOf(exact, i + 1)) {
    candidates.push({ start: i, end: i + exact.length, score: 1 });
  }
  if (candidates.length === 0) {
    if (exact.length > MAX_FUZZY_PATTERN) return matchLong(text, selector);
    const maxErrors = Math.min(32, Math.floor(exact.length / 8));
    if (maxErrors === 0) return null;
    for (const m of search(text, exact, maxErrors).slice(0, 50)) {
      candidates.push({ start: m.start, end: m.end, score: 1 - m.errors / exact.length });
    }
  }
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]!;
  let best: QuoteMatch | null = null;
  let bestRank = -Infinity;
  for (const c of candidates) {
    const rank = c.score * 50 + contextScore(text, c, selector);
    if (rank > bestRank) {
      bestRank = rank;
      best = c;
    }
  }
  return best;
}

/** How well the text around a candidate agrees with the expected prefix and suffix (0..~21). */
function contextScore(text: string, c: QuoteMatch, s: QuoteSelector): number {
  const before = text.slice(Math.max(0, c.start - s.prefix.length), c.start);
  const after = text.slice(c.end, c.end + s.suffix.length);
  let score = 10 * sharedSuffix(before, s.prefix) / Math.max(1, s.prefix.length);
  score += 10 * sharedPrefix(after, s.suffix) / Math.max(1, s.suffix.length);
  if (s.hint !== undefined && text.length > 0) score += 1 - Math.abs(c.start / text.length - s.hint);
  return score;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function sharedSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** A long quote: anchor its first and last 64 characters and take what lies between. */
function matchLong(text: string, s: QuoteSelector): QuoteMatch | null {
  const head = matchQuote(text, { exact: s.exact.slice(0, 64), prefix: s.prefix, suffix: '', hint: s.hint });
  if (!head) return null;
  const rest = text.slice(head.start);
  const tail = matchQuote(rest, { exact: s.exact.slice(-64), prefix: '', suffix: s.suffix });
  if (!tail) return null;
  const end = head.start + tail.end;
  const length = end - head.start;
  // The span must be about as long as the quote, or the two ends belong to different passages.
  if (length < s.exact.length * 0.8 || length > s.exact.length * 1.25) return null;
  return { start: head.start, end, score: Math.min(head.score, tail.score) * 0.9 };
}

/** Collapses white space as the article text does, keeping a map back to the original offsets. */
export function normaliseWhitespace(raw: string): { text: string; offsets: Int32Array } {
  const offsets = new Int32Array(raw.length + 1);
  const chunks: string[] = [];
  let n = 0;
  let runStart = 0; // start of the current run of non-space characters
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    if (isSpace(raw.charCodeAt(i))) {
      if (!inSpace) {
        chunks.push(raw.slice(runStart, i), ' ');
        offsets[n++] = i;
        inSpace = true;
      }
      runStart = i + 1;
    } else {
      inSpace = false;
      offsets[n++] = i;
    }
  }
  chunks.push(raw.slice(runStart));
  offsets[n] = raw.length;
  return { text: chunks.join(''), offsets: offsets.subarray(0, n + 1) };
}

/** The characters JavaScript's \\s matches, without a regex per character (this runs over whole pages). */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
