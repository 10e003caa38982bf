/** Functions run inside the page under test (serialised by puppeteer: no imports, no closures). */
import type { Page } from 'puppeteer-core';

export async function highlightedTexts(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('source-context-quote');
    return h ? [...h].map((r) => (r as Range).toString()) : null;
  });
}

export async function waitForHighlights(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('source-context-quote')?.size ?? 0) > 0, { timeout });
}

/** Centre of the first line of the highlighted range (a quote, or a claim sentence) whose text starts with `start`. */
export async function pointOnQuote(page: Page, start: string, highlight = 'source-context-quote'): Promise<{ x: number; y: number } | null> {
  return page.evaluate((start: string, highlight: string) => {
    const h = CSS.highlights.get(highlight);
    const range = h ? ([...h] as Range[]).find((r) => r.toString().startsWith(start)) : undefined;
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
  }, start, highlight);
}

/** The texts of the claim sentences highlighted, in page order. */
export async function claimHighlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('source-context-claim');
    return h ? ([...h] as Range[]).map((r) => r.toString().replace(/\s+/g, ' ')) : [];
  });
}

export async function cardSpeaker(page: Page, timeout = 10_000): Promise<string> {
  await page.waitForFunction(() => !!document.querySelector('source-context-root')?.shadowRoot?.querySelector('.card .speaker, .card .unknown'), { timeout });
  return page.evaluate(() => document.querySelector('source-context-root')!.shadowRoot!.querySelector('.card .speaker, .card .unknown')!.textContent ?? '');
}

/** Does the card cover any of the quote's own rectangles? */
export async function cardCoversQuote(page: Page, start: string): Promise<boolean> {
  return page.evaluate((start: string) => {
    const card = document.querySelector('source-context-root')?.shadowRoot?.querySelector('.card');
    const h = CSS.highlights.get('source-context-quote');
    const range = h ? ([...h] as Range[]).find((r) => r.toString().startsWith(start)) : undefined;
    if (!card || !range) return false;
    const c = card.getBoundingClientRect();
    return [...range.getClientRects()].some((r) => r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top);
  }, start);
}

export async function hasOverlay(page: Page): Promise<boolean> {
  return page.evaluate(() => !!document.querySelector('source-context-root'));
}

/** The card's citation links (every fact shown cites its source). */
export async function cardCitations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(document.querySelector('source-context-root')?.shadowRoot?.querySelectorAll('.card .cite a') ?? [])].map((a) => (a as HTMLAnchorElement).href));
}

/** Points the mouse at a highlighted quote the way a reader does (two moves, after the scroll settles). */
export async function hoverQuote(page: Page, start: string, highlight = 'source-context-quote'): Promise<void> {
  const point = await pointOnQuote(page, start, highlight);
  if (!point) throw new Error(`no highlighted ${highlight} starts with ${start}`);
  await new Promise((r) => setTimeout(r, 200)); // let the scroll settle before pointing
  await page.mouse.move(point.x - 5, point.y);
  await page.mouse.move(point.x, point.y);
}
