/**
 * Every message between the extension's contexts: one contract per
 * direction, request and reply types together, each with a runtime guard.
 * A message is checked where it arrives; what fails a guard is dropped.
 */
import type { RecordCard } from '../core/dataset/describe-record.js';
import type { AnchorSpan, Article, CheckAnnotation, ClaimAnnotation, EntityAnnotation, QuoteAnnotation, ReportedAnnotation } from '../core/types.js';
// From core, not from the extractor: importing that module would put Readability in the worker.
import { MAX_ARTICLE_CHARS } from '../core/types.js';

/** What the worker computed for a page: all the content script and popup need. */
export interface PageAnnotations {
  article: Omit<Article, 'text'>;
  quotes: QuoteAnnotation[];
  entities: EntityAnnotation[];
  /** Reported speech without quotation marks, listed in the popup (not highlighted). */
  reported: ReportedAnnotation[];
  /** Sentences that repeat or dispute a known claim (absent in results stored by an older version). */
  claims?: ClaimAnnotation[];
  /** Notes where the article contradicts a named source's record (absent in older stored results). */
  checks?: CheckAnnotation[];
  /** Dataset cards by record id, for every entity, linked speaker and matched claim. */
  cards: Record<string, RecordCard>;
  /** The card for the site itself, found by its domain. */
  outlet: RecordCard | null;
  datasetAsOf: string;
}

export type TabStatus = 'annotating' | 'done' | 'not-article' | 'error';

export interface TabState {
  status: TabStatus;
  url: string;
  /** For not-article and error: a sentence for the reader. */
  message: string | null;
  result: PageAnnotations | null;
  updatedAt: number;
}

// ---- content script -> background -------------------------------------------------------------

export type ContentToBackground =
  | { type: 'annotate-article'; article: Article }
  | { type: 'report-status'; status: 'not-article' | 'error'; message: string };

export type AnnotateReply = { ok: true; result: PageAnnotations } | { ok: false; error: string };

// ---- popup -> background ----------------------------------------------------------------------

export type PopupToBackground =
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'annotate-tab'; tabId: number; force: boolean }
  /** Sent after the popup saved settings; answered once automatic annotation matches them. */
  | { type: 'apply-settings' };

// ---- popup -> content script ------------------------------------------------------------------

export type PopupToContent = { type: 'reveal-annotation'; annotationId: string };

// ---- guards -----------------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const isStrOrNull = (v: unknown, max = 10_000): v is string | null => v === null || isStr(v, max);
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function isArticle(v: unknown): v is Article {
  return (
    isObj(v) &&
    isStr(v.url, 8_192) &&
    isStr(v.title, 2_000) &&
    isStrOrNull(v.byline) &&
    isStrOrNull(v.siteName) &&
    isStrOrNull(v.publishedTime, 64) &&
    isStrOrNull(v.lang, 64) &&
    isStr(v.text, MAX_ARTICLE_CHARS)
  );
}

export function isContentToBackground(v: unknown): v is ContentToBackground {
  if (!isObj(v)) return false;
  if (v.type === 'annotate-article') return isArticle(v.article);
  if (v.type === 'report-status') return (v.status === 'not-article' || v.status === 'error') && isStr(v.message, 1_000);
  return false;
}

export function isPopupToBackground(v: unknown): v is PopupToBackground {
  if (!isObj(v)) return false;
  if (v.type === 'get-tab-state') return isTabId(v.tabId);
  if (v.type === 'annotate-tab') return isTabId(v.tabId) && typeof v.force === 'boolean';
  if (v.type === 'apply-settings') return true;
  return false;
}

export function isPopupToContent(v: unknown): v is PopupToContent {
  return isObj(v) && v.type === 'reveal-annotation' && isStr(v.annotationId, 64);
}

function isAnchorSpan(v: unknown): v is AnchorSpan {
  return isObj(v) && typeof v.start === 'number' && typeof v.end === 'number' && isStr(v.text, MAX_ARTICLE_CHARS) && isStr(v.prefix) && isStr(v.suffix);
}

const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => isStr(x, 500));

function isClaimNote(c: unknown): boolean {
  if (!isObj(c) || c.kind !== 'claim' || !isStr(c.id, 64) || !isStr(c.claimId, 200) || !isAnchorSpan(c.span)) return false;
  if (c.stance !== 'repeats' && c.stance !== 'disputes') return false;
  const why = c.why;
  return isObj(why) && isStrArray(why.entities) && isStrArray(why.terms) && Array.isArray(why.numbers) && why.numbers.every((n) => typeof n === 'number');
}

function isCheck(c: unknown): boolean {
  return (
    isObj(c) && c.kind === 'check' && isStr(c.id, 64) && isStr(c.entityId, 200) && isStr(c.said, 500) && isStr(c.note) && isAnchorSpan(c.span) &&
    isObj(c.citation) && isStr(c.citation.url, 2_000) && isStr(c.citation.title, 500)
  );
}

/** The content script checks the worker's reply too: a bad one is an error, never a half-drawn page. */
export function isAnnotateReply(v: unknown): v is AnnotateReply {
  if (!isObj(v)) return false;
  if (v.ok === false) return isStr(v.error);
  if (v.ok !== true || !isObj(v.result)) return false;
  const r = v.result;
  return (
    Array.isArray(r.quotes) &&
    r.quotes.every((q) => isObj(q) && q.kind === 'quote' && isStr(q.id, 64) && Array.isArray(q.spans) && q.spans.every(isAnchorSpan)) &&
    Array.isArray(r.entities) &&
    r.entities.every((e) => isObj(e) && e.kind === 'entity' && isStr(e.entityId, 200) && Array.isArray(e.spans) && e.spans.every(isAnchorSpan)) &&
    (r.checks === undefined || (Array.isArray(r.checks) && r.checks.every(isCheck))) &&
    (r.claims === undefined || (Array.isArray(r.claims) && r.claims.every(isClaimNote))) &&
    isObj(r.cards)
  );
}
