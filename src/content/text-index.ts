/**
 * The live page's text as one string (white space collapsed, as in the
 * article text) with a map from each character back to its DOM text node
 * and offset: anchoring works on strings, highlighting needs Ranges.
 */
import { normaliseWhitespace } from '../core/text/match-quote.js';

// NodeFilter's constants by value, so this module also runs where NodeFilter is no global (jsdom in Node).
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'SOURCE-CONTEXT-ROOT']);

export interface TextIndex {
  text: string;
  /** Range over normalised offsets [start, end). */
  range(start: number, end: number): Range | null;
}

export function buildTextIndex(root: Node, doc: Document): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  // Rejecting an element skips its whole subtree, so each node is visited once.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) return FILTER_ACCEPT;
      return SKIP.has(node.nodeName.toUpperCase()) ? FILTER_REJECT : FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(length);
    parts.push((n as Text).data);
    length += (n as Text).data.length;
  }
  const raw = parts.join('');
  const { text, offsets } = normaliseWhitespace(raw);

  const locate = (rawOffset: number): { node: Text; offset: number } | null => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= rawOffset) lo = mid;
      else hi = mid - 1;
    }
    const node = nodes[lo];
    if (!node) return null;
    return { node, offset: Math.min(rawOffset - starts[lo]!, node.data.length) };
  };

  return {
    text,
    range(start, end) {
      if (end <= start || end > text.length) return null;
      const a = locate(offsets[start]!);
      // The end is just after the last character: locate that character, then step past it.
      const lastRaw = offsets[end - 1]!;
      const b = locate(lastRaw);
      if (!a || !b) return null;
      const r = doc.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, Math.min(b.offset + 1, b.node.data.length));
      return r;
    },
  };
}
