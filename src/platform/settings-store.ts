/** Settings in storage.local, always read through `readSettings` so corrupt data never escapes. */
import { readSettings, SETTINGS_KEY, type Settings } from '../shared/settings.js';
import { browser } from './browser-api.js';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, problems } = readSettings(stored[SETTINGS_KEY]);
  for (const p of problems) console.warn(`Source Context settings: ${p}`);
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with fresh settings whenever they change; returns a function that stops it. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    listener(readSettings(changes[SETTINGS_KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
