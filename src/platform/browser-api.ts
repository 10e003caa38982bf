/**
 * The only module that touches the WebExtension API. The polyfill gives
 * Chrome the promise-based `browser.*` that Firefox has; everything else
 * imports `browser` from here, so tests have one seam to replace.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
