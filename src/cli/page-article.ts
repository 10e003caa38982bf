/** A saved HTML page -> Article, through jsdom and the same extraction the content script runs. */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractOutcome } from '../extract/extract-article.js';

export function articleFromHtml(html: string, url: string, force = false): ExtractOutcome {
  // No scripts, no sub-resources, and the page's console kept quiet: we only read the markup.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return extractArticle(dom.window.document, url, { force });
  } finally {
    dom.window.close();
  }
}

export function articleFromFile(path: string, force = false): ExtractOutcome {
  return articleFromHtml(readFileSync(path, 'utf8'), pathToFileURL(path).href, force);
}
