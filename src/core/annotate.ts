/**
 * The core's one entry point: an article in, annotations out. Used by the
 * background worker, the CLI and the evaluation script alike.
 */
import { attributeQuotes, sentenceEndsOutsideQuotes, type AttributedQuote } from './attribution/attribute-quotes.js';
import { findReportedSpeech } from './attribution/reported-speech.js';
import { findQuotes } from './attribution/find-quotes.js';
import { matchClaims, type EntityPlacement } from './claims/match-claims.js';
import { checkSources } from './checks/check-sources.js';
import type { DatasetIndex } from './dataset/dataset-index.js';
import { linkMentions, type Mention } from './entities/link-mentions.js';
import { anchorSpan } from './text/anchor-span.js';
import { tokenize } from './text/tokens.js';
import { SPEAKER_CONFIDENCE_THRESHOLD, type Annotation, type CheckAnnotation, type ClaimAnnotation, type Article, type EntityAnnotation, type QuoteAnnotation, type ReportedAnnotation } from './types.js';

export interface AnnotateResult {
  annotations: Annotation[];
  quotes: QuoteAnnotation[];
  entities: EntityAnnotation[];
  reported: ReportedAnnotation[];
  claims: ClaimAnnotation[];
  checks: CheckAnnotation[];
}

export function annotateArticle(article: Article, index: DatasetIndex): AnnotateResult {
  const { text } = article;
  const tokens = tokenize(text);
  const articleDate = article.publishedTime ? article.publishedTime.slice(0, 10) : null;
  const mentions = linkMentions(text, tokens, index, {
    articleDate,
    tokenSet: new Set(tokens.map((t) => t.text)),
  });
  const found = findQuotes(text, article.lang);
  // Sentence ends outside quotations, found once for both the quote and the reported-speech stages.
  const ends = sentenceEndsOutsideQuotes(text, found);
  const attributed = attributeQuotes(text, tokens, found, ends, mentions, index);
  const quotes = attributed.map((q, i) => toQuoteAnnotation(text, q, i));
  const entities = groupMentions(text, mentions);
  // A sentence whose quotation already has a speaker is the quote stage's; one whose short quoted
  // words were not speech on their own ("called it “childish”") may still report what someone said.
  const attributedQuotes = attributed.filter((q) => q.speaker && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((q) => ({ parts: q.parts, contentStart: q.content?.start ?? q.parts[0]!.start, cueStart: q.cue?.start ?? null, speaker: q.speaker!, confidence: q.confidence }));
  const reported = findReportedSpeech(text, tokens, attributedQuotes, ends, mentions, index).map(
    (r, i): ReportedAnnotation => ({ kind: 'reported', id: `r${i + 1}`, content: anchorSpan(text, r.content.start, r.content.end), speaker: r.speaker, cue: r.cue, confidence: r.confidence }),
  );
  // A quote's shown speaker counts as named in every sentence of the quote (a denial quoted from them, say).
  const placements: EntityPlacement[] = [...mentions];
  for (const q of quotes) {
    const id = q.speaker?.entityId;
    if (id && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) for (const part of q.spans) placements.push({ entityId: id, start: part.start, end: part.end });
  }
  const claims = matchClaims(text, tokens, placements, index, articleDate);
  const checks = checkSources(text, tokens, mentions, index, articleDate).map(
    (c, i): CheckAnnotation => ({ kind: 'check', id: `k${i + 1}`, type: c.type, entityId: c.entityId, span: anchorSpan(text, c.start, c.end), said: c.said, note: c.note, citation: { url: c.citation.url, title: c.citation.title } }),
  );
  return { annotations: [...quotes, ...entities, ...claims], quotes, entities, reported, claims, checks };
}

function toQuoteAnnotation(text: string, q: AttributedQuote, i: number): QuoteAnnotation {
  return {
    kind: 'quote',
    id: `q${i + 1}`,
    spans: q.parts.map((p) => anchorSpan(text, p.start, p.end)),
    speaker: q.speaker,
    cue: q.cue,
    content: q.content ? { start: q.content.start, end: q.content.end, text: text.slice(q.content.start, q.content.end) } : null,
    confidence: Math.round(q.confidence * 100) / 100,
  };
}

function groupMentions(text: string, mentions: readonly Mention[]): EntityAnnotation[] {
  const byEntity = new Map<string, EntityAnnotation>();
  for (const m of mentions) {
    let group = byEntity.get(m.entityId);
    if (!group) {
      group = { kind: 'entity', id: `e${byEntity.size + 1}`, entityId: m.entityId, spans: [], misTitles: [] };
      byEntity.set(m.entityId, group);
    }
    group.spans.push(anchorSpan(text, m.start, m.end));
    if (m.misTitle && !group.misTitles.includes(m.misTitle)) group.misTitles.push(m.misTitle);
  }
  return [...byEntity.values()];
}
