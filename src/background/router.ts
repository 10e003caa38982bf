/**
 * The one message listener. Each message is checked against its contract
 * before dispatch; the tab and frame come from `sender`, never the payload;
 * anything unrecognised gets no reply (fail closed).
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../platform/browser-api.js';
import {
  isContentToBackground,
  isPopupToBackground,
  type AnnotateReply,
  type ContentToBackground,
  type PopupToBackground,
  type TabState,
} from '../shared/messages.js';
import { annotatePage } from './annotate-page.js';
import { annotateTab, errorText, showStatus, storeAnswer } from './annotate-tab.js';
import { getDataset } from './dataset-loader.js';
import { getTabState } from './tab-state.js';
import { syncAutoAnnotate } from './auto-annotate.js';

const FIRST_ANSWER_START = 'source-context:first-answer-start';
const FIRST_ANSWER = 'source-context:first-answer';

function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

export function routeMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isExtensionPage(sender)) {
    return isPopupToBackground(message) ? handlePopup(message) : undefined;
  }
  const tabId = sender.tab?.id;
  // Only the top frame's content script speaks for a page.
  if (tabId === undefined || sender.frameId !== 0 || !isContentToBackground(message)) return undefined;
  return handleContent(message, tabId, sender.url ?? sender.tab?.url ?? '');
}

async function handleContent(message: ContentToBackground, tabId: number, url: string): Promise<AnnotateReply | { ok: true }> {
  if (message.type === 'report-status') {
    await showStatus(tabId, message.status, message.message, url);
    return { ok: true };
  }
  try {
    const index = await getDataset();
    const first = performance.getEntriesByName(FIRST_ANSWER).length === 0;
    if (first) performance.mark(FIRST_ANSWER_START);
    const result = annotatePage({ ...message.article, url }, index);
    // For the benchmark: the worker's first answer, in ms since this worker started (no data, stays local).
    if (first) performance.mark(FIRST_ANSWER);
    const quotes = result.quotes.length;
    const sources = result.entities.length;
    // The page gets its answer at once; the stored copy for the popup and the badge follow.
    void storeAnswer(tabId, { status: 'done', url, message: null, result, updatedAt: Date.now() }, String(quotes), `Source Context: ${quotes} quote(s), ${sources} named source(s). Click for the list.`).catch((error: unknown) =>
      console.warn('Source Context: could not store the result', error),
    );
    return { ok: true, result };
  } catch (error) {
    const text = `Annotating failed: ${errorText(error)}`;
    await showStatus(tabId, 'error', text, url);
    return { ok: false, error: text };
  }
}

async function handlePopup(message: PopupToBackground): Promise<TabState | null | { ok: true }> {
  switch (message.type) {
    case 'get-tab-state':
      return getTabState(message.tabId);
    case 'annotate-tab':
      await annotateTab(message.tabId, message.force);
      return { ok: true };
    case 'apply-settings':
      await syncAutoAnnotate();
      return { ok: true };
  }
}
