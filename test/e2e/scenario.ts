/**
 * The end-to-end scenario both browsers run: annotate, check the highlights
 * sit exactly on the quotes, hover one, read the popup, switch the site off
 * and check it stays off after a reload. Browser-specific steps (how the
 * toolbar click and the popup are reached) come in as `driver`.
 */
import type { Browser, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { ExpectedPage } from '../helpers/expectations.js';
import { cardCitations, cardCoversQuote, cardSpeaker, claimHighlightTexts, hasOverlay, highlightedTexts, hoverQuote, waitForHighlights } from '../helpers/page-probes.js';

export interface Driver {
  browser: Browser;
  /** Does what the toolbar click does, for the page's tab. */
  annotate(page: Page): Promise<void>;
  /** Opens the popup for the page's tab, after it was annotated. */
  openPopup(page: Page): Promise<Page>;
}

export async function runScenario(driver: Driver, url: string, { quotes: expected, claims, checks }: ExpectedPage): Promise<void> {
  const page = await driver.browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await driver.annotate(page);
  await waitForHighlights(page);

  // The highlights are exactly the quotations, in reading order.
  expect(await highlightedTexts(page)).toEqual(expected.flatMap((q) => q.parts));

  // Hovering a quote shows a card naming its speaker, beside the quote, not over it.
  const attributed = expected.find((q) => q.speaker !== null)!;
  const start = attributed.parts[0]!.slice(0, 24);
  await hoverQuote(page, start);
  expect(await cardSpeaker(page)).toBe(attributed.speaker);
  expect(await cardCoversQuote(page, start)).toBe(false);
  if (attributed.entityId) {
    const citations = await cardCitations(page);
    expect(citations.length).toBeGreaterThan(0);
    for (const url of citations) expect(url).toMatch(/^https?:\/\//);
  }
  await page.keyboard.press('Escape');

  // Claim sentences carry their own highlight; hovering one outside any quote shows the claim's card.
  expect(await claimHighlightTexts(page)).toEqual(claims.map((c) => c.sentence.replace(/\s+/g, ' ')));
  const quoted = (sentence: string) => expected.some((q) => q.parts.some((p) => sentence.includes(p)));
  const outside = claims.find((c) => !quoted(c.sentence));
  if (outside) {
    await page.mouse.move(1, 1);
    await hoverQuote(page, outside.sentence.slice(0, 24), 'source-context-claim');
    await page.waitForFunction((id: string) => !!document.querySelector('source-context-root')?.shadowRoot?.querySelector(`.claim-card [data-claim="${id}"]`), { timeout: 10_000 }, outside.claimId);
    const citations = await cardCitations(page);
    expect(citations.length).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
  }

  // The popup lists every quote (grouped by speaker, so compare as sets).
  const popup = await driver.openPopup(page);
  await popup.waitForSelector('button.quote', { timeout: 10_000 });
  const listed = await popup.$$eval('button.quote', (els) => els.map((e) => e.textContent ?? ''));
  expect([...listed].sort()).toEqual(expected.map((q) => q.parts.join(' … ')).sort());
  const speakers = await popup.$$eval('.speaker', (els) => els.map((e) => e.textContent ?? ''));
  for (const q of expected) if (q.speaker) expect(speakers).toContain(q.speaker);
  // ...and every claim note, with the sentence it matched.
  const listedClaims = await popup.$$eval('li.claim', (els) => els.map((e) => e.getAttribute('data-claim') ?? ''));
  expect(listedClaims).toEqual(claims.map((c) => c.claimId));
  // ...and the notes on named sources (the seed's book title), each with a citation link.
  const notes = await popup.$$eval('.note', (els) => els.map((e) => ({ type: e.getAttribute('data-note'), links: e.querySelectorAll('a[href^="http"]').length })));
  expect(notes).toEqual(checks.map((c) => ({ type: c.type, links: 1 })));

  // Switching the site off removes the highlights at once...
  const toggle = await popup.waitForSelector('.switches input[type=checkbox]');
  await toggle!.click();
  await page.waitForFunction(() => !CSS.highlights.has('source-context-quote'), { timeout: 10_000 });
  await popup.close().catch(() => undefined);

  // ...and they stay off after a reload and a new click (annotations still come).
  await page.reload({ waitUntil: 'load' });
  await driver.annotate(page);
  await page.waitForFunction(() => !!document.querySelector('source-context-root'), { timeout: 15_000 });
  expect(await hasOverlay(page)).toBe(true);
  expect(await highlightedTexts(page)).toBeNull();

  // Switching it back on brings them back.
  const again = await driver.openPopup(page);
  const toggleAgain = await again.waitForSelector('.switches input[type=checkbox]', { timeout: 10_000 });
  await toggleAgain!.click();
  await waitForHighlights(page);
  await again.close().catch(() => undefined);

  expect(pageErrors).toEqual([]);
  await page.close();
}
