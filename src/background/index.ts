/**
 * The background worker. Every listener is registered synchronously at top
 * level, so a worker that the browser stopped wakes up for any event; all
 * state it needs lives in storage (see tab-state.ts), none only in memory.
 */
import { browser } from '../platform/browser-api.js';
import { watchSettings } from '../platform/settings-store.js';
import { annotateTab, resetTab } from './annotate-tab.js';
import { routeMessage } from './router.js';
import { syncAutoAnnotate } from './auto-annotate.js';
import { clearTabState } from './tab-state.js';

browser.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) void annotateTab(tab.id, false);
});

browser.runtime.onMessage.addListener(routeMessage);

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document replaces the old one and its annotations.
  if (change.status === 'loading') void resetTab(tabId);
});

browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

browser.runtime.onInstalled.addListener(() => void syncAutoAnnotate());
browser.runtime.onStartup.addListener(() => void syncAutoAnnotate());
browser.permissions.onRemoved.addListener(() => void syncAutoAnnotate());
watchSettings(() => void syncAutoAnnotate());
