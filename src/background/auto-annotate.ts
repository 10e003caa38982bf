/**
 * Sites the reader set to annotate automatically: one registered content
 * script whose matches are those sites, for which the reader granted host
 * access. Rebuilt from settings and permissions whenever either changes.
 */
import { browser } from '../platform/browser-api.js';
import { loadSettings } from '../platform/settings-store.js';

const SCRIPT_ID = 'source-context-auto';

let queue: Promise<void> = Promise.resolve();

/**
 * Runs one sync after any in flight: two interleaved runs could both unregister
 * and then both register the same id, and the second would fail.
 */
export function syncAutoAnnotate(): Promise<void> {
  queue = queue.then(syncOnce);
  return queue;
}

async function syncOnce(): Promise<void> {
  try {
    const settings = await loadSettings();
    const wanted = Object.entries(settings.sites)
      .filter(([, s]) => s.autoAnnotate)
      .flatMap(([host]) => [`https://${host}/*`, `http://${host}/*`]);
    const matches: string[] = [];
    for (const origin of wanted) if (await browser.permissions.contains({ origins: [origin] })) matches.push(origin);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length === 0) return;
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: ['content.js'], css: ['highlights.css'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } catch (error) {
    console.warn('Source Context: could not update automatic annotation', error);
  }
}
