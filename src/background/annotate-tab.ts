/** The toolbar click: inject the content script, which extracts the article and asks for annotations. */
import { browser } from '../platform/browser-api.js';
import { getDataset } from './dataset-loader.js';
import { inTabOrder } from './tab-order.js';
import type { TabState } from '../shared/messages.js';
import { clearTabState, setTabState } from './tab-state.js';

const BADGE_COLOUR = '#0f766e';

export async function annotateTab(tabId: number, force: boolean): Promise<void> {
  // Load the dataset while the page is being read: a woken worker has it ready when the article arrives.
  void getDataset().catch(() => undefined);
  try {
    // Independent steps run together: each is a round trip to the browser.
    const state = setTabState(tabId, { status: 'annotating', url: '', message: null, result: null, updatedAt: Date.now() });
    const css = browser.scripting.insertCSS({ target: { tabId }, files: ['highlights.css'] });
    if (force) {
      await browser.scripting.executeScript({
        target: { tabId },
        func: () => {
          (globalThis as { __sourceContextForce?: boolean }).__sourceContextForce = true;
        },
      });
    }
    await Promise.all([browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] }), css, state]);
  } catch (error) {
    // Browser pages, the web store and PDFs cannot be scripted.
    await showStatus(tabId, 'error', `Source Context cannot read this page (${errorText(error)}).`);
  }
}

export function showStatus(tabId: number, status: 'not-article' | 'error', message: string, url = ''): Promise<void> {
  return inTabOrder(tabId, async () => {
    await setTabState(tabId, { status, url, message, result: null, updatedAt: Date.now() });
    await setBadge(tabId, status === 'error' ? '!' : '–', message);
  });
}

/** A page's answer stored for the popup, with its badge: after any reset asked for before it. */
export function storeAnswer(tabId: number, state: TabState, badge: string, title: string): Promise<void> {
  return inTabOrder(tabId, async () => {
    await Promise.all([setTabState(tabId, state), setBadge(tabId, badge, title)]);
  });
}

export async function setBadge(tabId: number, text: string, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    browser.action.setTitle({ tabId, title }),
    // From now on a click on this tab opens the list of annotations.
    browser.action.setPopup({ tabId, popup: 'popup.html' }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

export function resetTab(tabId: number): Promise<void> {
  return inTabOrder(tabId, async () => {
    await clearTabState(tabId);
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: '' }),
      browser.action.setPopup({ tabId, popup: '' }),
      browser.action.setTitle({ tabId, title: '' }),
    ]).catch(() => undefined);
  });
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
