/**
 * Per-tab results, kept in storage.session so that they survive the worker
 * being stopped and restarted at any moment (nothing lives only in memory).
 */
import { browser } from '../platform/browser-api.js';
import type { TabState } from '../shared/messages.js';

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const value = stored[key(tabId)] as TabState | undefined;
  return value ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
