/**
 * Shapes shared by every layer. The core only ever sees plain data: an
 * `Article` in, `Annotation`s out, with offsets into `Article.text`.
 */

/** What the content script (or the CLI) extracts from a page. */
export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 date or date-time, when the page states one. */
  publishedTime: string | null;
  lang: string | null;
  /** Plain text; paragraphs separated by "\n\n" (one newline is read as a break too), whitespace inside them collapsed. */
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers, so a reader of the JSON needs no offsets. */
export interface TextSpan extends Span {
  text: string;
}

/** A span plus the words around it, so the content script can find it in the live page. */
export interface AnchorSpan extends TextSpan {
  prefix: string;
  suffix: string;
}

/**
 * How a quote's speaker was found; later stages trust these differently. 'unresolved': the text
 * gives only a pronoun ("he said") and who it is is not clear enough to say; `name` is then the
 * pronoun as written, never a guess. 'writer': "I said" outside a quotation, the article's writer.
 */
export type SpeakerResolution = 'explicit' | 'pronoun' | 'continuing' | 'sentence-subject' | 'unresolved' | 'writer';

export interface Speaker {
  /** The words in the text that name the speaker ("Putin", "she"). */
  mention: TextSpan;
  /** The name the extension shows: the fullest name the article gives. */
  name: string;
  /** Dataset record id when the speaker is linked to one. */
  entityId: string | null;
  resolution: SpeakerResolution;
}

/** The speaker as shown to a reader: the name, or the pronoun as written when it is unresolved. */
export function speakerLabel(speaker: Speaker): string {
  return speaker.resolution === 'unresolved' ? `“${speaker.name}” (the article does not make clear who)` : speaker.name;
}

export interface QuoteAnnotation {
  kind: 'quote';
  id: string;
  /** The quoted words including their quotation marks; several parts when the quote is split. */
  spans: AnchorSpan[];
  speaker: Speaker | null;
  cue: TextSpan | null;
  /** The reported clause when it is more than the quoted words (a mixed quote); spans stay on the quoted words. */
  content: TextSpan | null;
  /** 0..1; the extension shows speakers only above `SPEAKER_CONFIDENCE_THRESHOLD`. */
  confidence: number;
}

export interface EntityAnnotation {
  kind: 'entity';
  id: string;
  entityId: string;
  /** Every mention of the entity, in text order. */
  spans: AnchorSpan[];
  /** Wrong titles the article gives a publication ("Wars" for "War"), for a gentle note. */
  misTitles: string[];
}

/** Reported speech without quotation marks ("The mayor said the barrier …"): listed, not highlighted. */
export interface ReportedAnnotation {
  kind: 'reported';
  id: string;
  content: AnchorSpan;
  speaker: Speaker;
  cue: TextSpan;
  confidence: number;
}

/** Why a claim note was attached: the words, names and numbers found, so a reader can judge it. */
export interface ClaimEvidence {
  /** Record ids of the named entities that matched. */
  entities: string[];
  /** The words of the passage that matched the claim's term groups, as written. */
  terms: string[];
  numbers: number[];
}

/** A sentence that asserts, reports or disputes a known claim. */
export interface ClaimAnnotation {
  kind: 'claim';
  id: string;
  claimId: string;
  /** The sentence the note belongs to. */
  span: AnchorSpan;
  /** 0..1: the share of the claim's conditions met in the sentence itself (those met only in the sentence before count half). */
  score: number;
  /** "disputes" when the sentence negates or denies the claim, as far as simple cues tell. */
  stance: 'repeats' | 'disputes';
  why: ClaimEvidence;
}

/** What the article states about a named source that its record contradicts: a gentle, cited note. */
export interface CheckAnnotation {
  kind: 'check';
  id: string;
  type: 'title' | 'author' | 'date' | 'role';
  entityId: string;
  span: AnchorSpan;
  /** What the article says. */
  said: string;
  /** What the record says, as a sentence. */
  note: string;
  citation: { url: string; title: string };
}

export type Annotation = QuoteAnnotation | EntityAnnotation | ClaimAnnotation;

/** A claim note is shown only at or above this score. */
export const CLAIM_SCORE_THRESHOLD = 0.75;

export const SPEAKER_CONFIDENCE_THRESHOLD = 0.6;

/** Longest article text we analyse; beyond this a page is not a news article we can help with. */
export const MAX_ARTICLE_CHARS = 2_000_000;
