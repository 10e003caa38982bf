/**
 * Where the hover card goes: below the quote when there is room, else above
 * it, never over it, and always inside the viewport. Pure geometry, tested
 * without a browser.
 */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const GAP = 8;
const MARGIN = 8;

/** `anchor` is the hovered line's box; `quote` the box of the whole quote, which the card must not cover. */
export function placeCard(anchor: Box, quote: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number } {
  const below = quote.top + quote.height + GAP;
  const above = quote.top - GAP - card.height;
  let top: number;
  if (below + card.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else {
    // No room above or below the whole quote: sit beside the hovered line, on the roomier side.
    const roomBelow = viewport.height - (anchor.top + anchor.height);
    top = roomBelow >= anchor.top ? anchor.top + anchor.height + GAP : Math.max(MARGIN, anchor.top - GAP - card.height);
  }
  const maxLeft = Math.max(MARGIN, viewport.width - card.width - MARGIN);
  const left = Math.min(Math.max(MARGIN, anchor.left), maxLeft);
  return { top: Math.round(top), left: Math.round(left) };
}
