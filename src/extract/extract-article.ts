/**
 * Runs Mozilla Readability on a page and returns the `Article` the core
 * reads. Readability mutates the document it is given, so it gets a clone;
 * the live page is never touched. DOM only, no browser API: the content
 * script and the CLI (jsdom) both call this.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { MAX_ARTICLE_CHARS, type Article } from '../core/types.js';
import { articleText } from './article-text.js';

export type ExtractOutcome =
  | { status: 'ok'; article: Article }
  | { status: 'not-article'; reason: string };

export interface ExtractOptions {
  /** Skip the quick "is this article-like?" check (the reader asked anyway). */
  force?: boolean;
  /**
   * Run Readability first and ask isProbablyReaderable only when it finds little: right after a
   * click the parse is wanted anyway, and this saves a walk over the page. Automatic runs check first.
   */
  parseFirst?: boolean;
}

const NOT_ARTICLE = 'This page does not look like an article.';

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractOutcome {
  if (!options.force && !options.parseFirst && !isProbablyReaderable(doc)) return { status: 'not-article', reason: NOT_ARTICLE };
  const outcome = parseArticle(doc, url);
  if (outcome.status === 'ok' && !options.force && options.parseFirst && !looksSubstantial(outcome.article.text) && !isProbablyReaderable(doc)) {
    return { status: 'not-article', reason: NOT_ARTICLE };
  }
  return outcome;
}

/** Several paragraphs of prose: what Readability finds on a real article. */
function looksSubstantial(text: string): boolean {
  return text.length >= 1500 && text.split('\n\n').length >= 4;
}

function parseArticle(doc: Document, url: string): ExtractOutcome {
  const clone = doc.cloneNode(true) as Document;
  // The serializer hands back Readability's element itself, saving an HTML round trip.
  const parsed = new Readability<Node>(clone, { serializer: (node: Node) => node }).parse();
  if (!parsed || !parsed.content) return { status: 'not-article', reason: 'No article text was found on this page.' };
  let text = articleText(parsed.content);
  if (text.length < 200) return { status: 'not-article', reason: 'The article text found here is too short to annotate.' };
  if (text.length > MAX_ARTICLE_CHARS) text = text.slice(0, MAX_ARTICLE_CHARS);
  return {
    status: 'ok',
    article: {
      url,
      title: clean(parsed.title) ?? clean(doc.title) ?? '',
      byline: clean(parsed.byline),
      siteName: clean(parsed.siteName),
      publishedTime: validDate(parsed.publishedTime),
      lang: clean(parsed.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
      text,
    },
  };
}

function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const v = value.replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, 500) : null;
}

function validDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
