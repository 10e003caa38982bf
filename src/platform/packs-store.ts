/**
 * Dataset packs the reader imported, in storage.local. A pack is validated completely before it
 * is written, so what is stored is always usable; a damaged entry is skipped with a warning.
 */
import type { StoredPack } from '../core/dataset/merge-packs.js';
import { browser } from './browser-api.js';

export const PACKS_KEY = 'packs';

function isStoredPack(v: unknown): v is StoredPack {
  return typeof v === 'object' && v !== null && typeof (v as StoredPack).name === 'string' && Array.isArray((v as StoredPack).records);
}

export async function loadPacks(): Promise<StoredPack[]> {
  const stored = (await browser.storage.local.get(PACKS_KEY))[PACKS_KEY];
  if (!Array.isArray(stored)) return [];
  const packs = stored.filter(isStoredPack);
  if (packs.length !== stored.length) console.warn('Source Context: skipped a damaged dataset pack in storage');
  return packs;
}

export async function savePacks(packs: StoredPack[]): Promise<void> {
  await browser.storage.local.set({ [PACKS_KEY]: packs });
}
