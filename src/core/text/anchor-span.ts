import type { AnchorSpan } from '../types.js';

/** Characters of context kept on each side of a span for anchoring it in the live page. */
const ANCHOR_CONTEXT_CHARS = 32;

/** A span of the article with the text around it, so the content script can find it in the live page. */
export function anchorSpan(text: string, start: number, end: number): AnchorSpan {
  return {
    start,
    end,
    text: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT_CHARS),
  };
}
