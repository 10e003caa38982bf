/**
 * Dataset packs the reader imported, in storage.local, in the compiled form the worker loads.
 * A pack is validated completely before it is written, so what is stored is always usable; a
 * damaged entry is skipped with a warning.
 */
import { isCompiledIndex, type CompiledIndex } from '../core/dataset/compiled-index.js';
import { browser } from './browser-api.js';

export const PACKS_KEY = 'packs';

export interface StoredPack {
  name: string;
  importedAt: string;
  index: CompiledIndex;
}

function isStoredPack(v: unknown): v is StoredPack {
  return typeof v === 'object' && v !== null && typeof (v as StoredPack).name === 'string' && isCompiledIndex((v as StoredPack).index);
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
