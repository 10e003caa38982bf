/**
 * The one element the extension adds to a page: a host whose shadow root
 * holds the card and the notice, so the page's CSS cannot reach in and ours
 * cannot leak out. Removed again by `destroy`.
 */
export const HOST_TAG = 'source-context-root';

export interface Overlay {
  root: ShadowRoot;
  destroy(): void;
}

export function createOverlay(doc: Document, css: string): Overlay {
  doc.querySelector(HOST_TAG)?.remove();
  const host = doc.createElement(HOST_TAG);
  // Fixed, zero-size and on top: it never takes space in the page's layout.
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  return { root, destroy: () => host.remove() };
}
