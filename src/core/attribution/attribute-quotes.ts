/**
 * Decides who said each quotation. Stages, in order, per quote:
 *  1. a cue before it whose reported clause holds the quote (X said the plan was “…”);
 *  2. the words right after it: “…,” Putin said / “…,” said Putin / “…” Putin said on Twitter.;
 *  3. the words right before it: Putin told NBC: “…” / According to Putin, “…”; then a subject
 *     and colon (X turned to the crowd: “…”), a colon-led paragraph, a short cue sentence before
 *     it (X agreed. “…”), or an attribution ending the sentence (“…” that …, said X.);
 *  4. a quote split around its attribution (“…,” she said, “…”) is merged, and so is a further
 *     quote in the same reported clause;
 *  5. no attribution: the previous speaker continues, if nobody else was named since;
 *  6. short quotes (a few words) are speech only when attributed, when they go on from the same
 *     speaker, or when the sentence's subject is "calling" or judging something that: otherwise
 *     they are scare quotes or titles, and are dropped.
 * Pronouns and bare surnames resolve to the fullest earlier name. Each decision carries a
 * confidence; ambiguity lowers it rather than guessing, and a pronoun whose referent is unclear
 * stays as written ('unresolved') instead of becoming someone's name.
 */
import type { DatasetIndex } from '../dataset/dataset-index.js';
import type { Mention } from '../entities/link-mentions.js';
import { breakAtOrAfter, paragraphBreaks } from '../text/paragraphs.js';
import { sentenceEnds } from '../text/sentences.js';
import { partitionPoint } from '../text/sorted-search.js';
import { isCapitalised, type Token } from '../text/tokens.js';
import { SPEAKER_CONFIDENCE_THRESHOLD, type Span, type Speaker, type SpeakerResolution, type TextSpan } from '../types.js';
import { ADDRESSEE_CUES, ADJUNCT_STARTS, BE_FORMS, CLAUSE_OPENER, DETERMINERS, EVALUATIVE_VERBS, FRACTION_WORDS, IRREGULAR_PAST, ISSUING_VERBS, NAMING_VERBS, NEXT_STATEMENT_VERBS, NOT_NAMES, NOUN_LIKE_CUES, NUMBER_WORDS, OPENING_ADVERBS, PARTICIPLE_CUES, PLAIN_VERBS, POSSESSIVES, PREPOSITIONS, PRONOUNS, RETORT_VERBS, ROLE_NOUNS, SHARE_LEAD_WORDS, SPEAKER_CUE_FILLERS, SPEAKING_MANNER_VERBS, SPEECH_VERBS, STANCE_VERBS, STATEMENT_NOUNS, THINKING_VERBS, VAGUE_SOURCES } from './cues.js';
import type { FoundQuote, QuotePart } from './find-quotes.js';
import { isNameToken, phraseBetween, phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from './speaker-phrase.js';
import { NameTracker, type NamedPerson } from './name-tracker.js';

export interface AttributedQuote {
  parts: QuotePart[];
  speaker: Speaker | null;
  cue: TextSpan | null;
  confidence: number;
  /**
   * The reported content when it is more than the quoted words: a mixed quote's whole clause
   * (Brooks said the tone of the debate “was …”). Highlights stay on the quoted words.
   */
  content: Span | null;
}

/** Words that continue a sentence after a quote rather than name its source. */
const CLAUSE_WORDS = new Set('with in on at for from to by of as and but or that which who after before because while when if than about into over under'.split(' '));

/** Words between a cue and the clause it reports ("told reporters he", "warned of a"). */
const CLAUSE_LEAD_WORDS = new Set('reporters journalists him her me us them of about by saying on'.split(' '));


/** A determiner within three words before it ("the states", "the coastal states", "the March states"). */
function nounAfterDeterminer(tokens: readonly Token[], c: number, lo: number): boolean {
  for (let d = c - 1; d >= lo && c - d <= 3; d--) if (DETERMINERS.has(tokens[d]!.text)) return true;
  return false;
}

/** How far back a sentence's subject is looked for. */
const MAX_SENTENCE_CHARS = 600;

/** Quotes of at most this many words are scare quotes unless something says otherwise. */
const SHORT_QUOTE_WORDS = 4;
/** How many words may stand between a cue and the quote it introduces ("told reporters in Kazan on Friday:"). */
const MAX_WORDS_CUE_TO_QUOTE = 16;
/** The most words in a "Name:" label ("Sen. Ada M. Berg:"). */
const MAX_LABEL_WORDS = 4;
/** How far back from a sentence's end its trailing attribution may start, apposition included. */
const MAX_TAIL_WORDS = 30;

interface Window {
  from: number;
  to: number;
}

export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  found: readonly FoundQuote[],
  /** Sentence ends outside quotations (`sentenceEndsOutsideQuotes`). */
  ends: readonly number[],
  mentions: readonly Mention[],
  index: DatasetIndex,
): AttributedQuote[] {
  const names = new NameTracker(text, tokens, mentions, index, found);
  const breaks = paragraphBreaks(text);
  const results: AttributedQuote[] = [];
  let previous: { quote: AttributedQuote; end: number; paragraph: number } | null = null;

  for (let q = 0; q < found.length; q++) {
    // “”, “?”, "--": marks with no word between them quote nothing anyone said (skipped before any
    // window is read, so that a run of them costs nothing).
    if (countWords(text, found[q]!.parts) === 0) continue;
    const parts = [...found[q]!.parts];
    const first = parts[0]!;
    let last = parts[parts.length - 1]!;
    const nextStart = found[q + 1]?.parts[0]?.start ?? Infinity;
    const prevEnd: number = previous && previous.paragraph === first.paragraph ? previous.end : -1;
    const paragraphEnd = paragraphEndOf(text, breaks, last);
    names.advanceTo(first.start);

    const leader: Window = { from: Math.max(first.paragraph, prevEnd, lastBefore(ends, first.start)), to: first.start };
    const trailer: Window = { from: last.end, to: Math.min(paragraphEnd, nextStart, firstAfter(ends, last.end)) };
    const endsSentence = lastBefore(ends, last.end) === last.end;
    // "“Why?” Lichtman said about …": after a question or an exclamation, the name and cue that
    // follow attribute it whatever comes next, unless a cue before it already does ("Ek asked: “…?”").
    const before = fromLeader(text, tokens, leader);
    const strictTrailer = endsSentence && (before !== null || !/[?!]\s*\S$/u.test(text.slice(last.start, last.end)));

    // A quote inside a reported clause ("X admitted that they had “…,” he claimed …") belongs to
    // the cue before it; otherwise the words right after a quote are its attribution.
    let explicit: ExplicitAttribution | null =
      (before?.clauseStart !== undefined ? before : null) ?? fromTrailer(text, tokens, trailer, strictTrailer) ?? before ?? (endsSentence ? null : fromSentenceTail(text, tokens, trailer)) ?? fromSubjectColon(text, tokens, leader) ?? fromColonParagraph(text, tokens, ends, first, prevEnd) ?? fromCueSentence(text, tokens, ends, first, leader, prevEnd) ?? fromSignatureLine(text, tokens, first, last, paragraphEnd, nextStart);
    let confidence = 0;
    let speaker: Speaker | null = null;
    let cue: TextSpan | null = null;
    let continued = false;

    // A label must be, as written, the name or surname of one person the article names elsewhere,
    // or the full name of a person the dataset knows ("Dear Ada Berg:", "Attacks Jon Ek:" and
    // "Breaking News:" are neither).
    if (explicit?.label) {
      const named = names.personNamedElsewhere(tokens[explicit.phrase.last]!.text, tokens[explicit.phrase.first]!.start)?.person;
      const written = text.slice(tokens[explicit.phrase.nameFirst]!.start, tokens[explicit.phrase.last]!.end);
      const known = names.knownPersonExactly(tokens[explicit.phrase.first]!.start, tokens[explicit.phrase.last]!.end);
      // A full name after a capitalised heading and a dash, as poll round-ups print their sources
      // ("TURNOUT WAS HIGH - Ada Berg: “…”"), is a byline, whoever else the article names.
      const byline = explicit.phrase.last > explicit.phrase.nameFirst && HEADING_BEFORE_LABEL.test(text.slice(Math.max(first.paragraph, tokens[explicit.phrase.first]!.start - 200), tokens[explicit.phrase.first]!.start));
      if (!known && !byline && (!named || (written !== named.name && !named.name.endsWith(` ${written}`)))) explicit = null;
      // "- Associated Press.": a label or signature naming an organisation or outlet credits, it does not quote.
      else if (names.linkedNonPersonAt(tokens[explicit.phrase.nameFirst]!.start, tokens[explicit.phrase.last]!.end)) explicit = null;
    }
    if (explicit) {
      const resolved = resolvePhrase(text, tokens, explicit.phrase, names, first.start);
      if (resolved) ({ speaker, confidence } = resolved);
      // ", who said “…”": the pronoun as written, the person before it as the one speaking.
      if (speaker && explicit.relative !== undefined) {
        speaker = { ...speaker, mention: spanOf(text, tokens, explicit.relative, explicit.relative) };
        confidence = Math.min(confidence, 0.8);
      }
      cue = explicit.cue;
      // “First half,” she said, “second half.”: the next quote is the same statement.
      const next = found[q + 1];
      if (
        explicit.where === 'trailer' &&
        next &&
        next.parts[0]!.paragraph === last.paragraph &&
        /^[\s,]*$/.test(text.slice(explicit.end, next.parts[0]!.start)) &&
        /[,\u2014\-]\s*.$/u.test(text.slice(last.start, last.end))
      ) {
        parts.push(...next.parts);
        last = parts[parts.length - 1]!;
        q++;
      }
    }

    // "X said Bush is “like a child” and “not smart” because …": a further quote in the same
    // reported clause is part of the same statement.
    if (!explicit && previous?.quote.content && previous.quote.speaker && previous.paragraph === first.paragraph && !NEW_STATEMENT.test(text.slice(previous.end, first.start)) && lastBefore(ends, first.start) <= previous.quote.parts[0]!.start && !looksLikeTitle(text, parts)) {
      previous.quote.parts.push(...parts);
      previous.quote.content = { start: previous.quote.content.start, end: clauseEnd(text, last, trailer.to) };
      previous.end = last.end;
      continue;
    }
    const words = countWords(text, parts);
    // “Fox and Friends”, “The Art of the Deal”; but “Safety,” said Grimm is speech, its comma inside,
    // unless what precedes names a title ("on ABC’s “This Week,”", "the pseudonym “…,”").
    if (words <= 8 && !spokenNotTitle(text, ends, first, last, explicit !== null) && looksLikeTitle(text, parts)) continue;
    // A short full sentence right after the same speaker's quote in its paragraph (“…,” Lee said.
    // “He was charming.”) goes on with it; other short quotes need a cue of their own.
    let thatClause: { phrase: SpeakerPhrase; clauseStart: number | undefined } | null = null;
    // The sentence up to this quote, found once for the rules that read its subject.
    const lead = explicit ? null : sentenceLead(tokens, ends, first, leader);
    const shortContinuation = !explicit && previous?.quote.speaker && previous.paragraph === first.paragraph && isFullSentence(text, parts);
    if (!explicit && words <= SHORT_QUOTE_WORDS && !shortContinuation) {
      const calling = sentenceSubjectCalling(text, tokens, lead!);
      thatClause = calling ?? thatClauseSubject(text, tokens, lead!);
      const subject = thatClause?.phrase;
      if (!subject) continue; // a scare quote or a title, not speech
      const resolved = resolvePhrase(text, tokens, subject, names, first.start);
      if (!resolved) continue;
      speaker = { ...resolved.speaker, resolution: 'sentence-subject' };
      // Only a known person (a full name, or one the dataset knows) is trusted as the subject;
      // a lone capitalised word at a sentence's start is too often not a name at all.
      const known = resolved.speaker.entityId !== null || resolved.speaker.name.includes(' ');
      confidence = known ? Math.min(resolved.confidence, 0.65) : 0.45;
    } else if (!explicit && !shortContinuation && (thatClause = thatClauseSubject(text, tokens, lead!) ?? subjectVerbQuote(text, tokens, lead!, leader, first, found[q - 1]))) {
      // "He anticipated that the hardest part would be “…”": the subject of the verb before "that".
      const resolved = resolvePhrase(text, tokens, thatClause.phrase, names, first.start);
      if (resolved) {
        speaker = resolved.speaker.resolution === 'unresolved' ? resolved.speaker : { ...resolved.speaker, resolution: 'sentence-subject' };
        const known = resolved.speaker.entityId !== null || resolved.speaker.name.includes(' ') || thatClause.phrase.kind === 'pronoun';
        confidence = known ? Math.min(resolved.confidence, 0.65) : 0.45;
      }
    } else if (!explicit && previous?.quote.speaker) {
      const sameParagraph = previous.paragraph === first.paragraph;
      const startsParagraph = first.start === first.paragraph;
      // "“…,” an angry Hollande retaliated.": someone else named right after the quote, with a verb
      // no lexicon knows, is more likely its speaker than the previous one going on.
      const namedAfter = /[,?!\u2014-]\s*.$/u.test(text.slice(last.start, last.end)) && nameOpensTrailer(text, tokens, trailer) && names.othersBetween(last.end, trailer.to, previous.quote.speaker.name).length > 0;
      // "“…,” said undecided voter Ada Hooton": a cue right after the quote is an attribution of its
      // own, even one whose source was not read; the previous speaker does not go on.
      const ownCue = cueOpensTrailer(text, tokens, trailer);
      if (!namedAfter && !ownCue && (sameParagraph || (startsParagraph && isPreviousParagraph(text, breaks, previous.paragraph, first.paragraph)))) {
        const others = names.othersBetween(previous.end, first.start, previous.quote.speaker.name);
        speaker = { ...previous.quote.speaker, resolution: previous.quote.speaker.resolution === 'unresolved' ? 'unresolved' : 'continuing' };
        continued = true;
        confidence = others.length > 0 ? 0.4 : sameParagraph ? 0.75 : 0.65;
      }
    }

    // The same speaker going on (“…,” Putin remarked. “…”, or in the next paragraph) is one
    // statement in several parts, as newsrooms and annotators count it.
    if (previous && continued && confidence >= SPEAKER_CONFIDENCE_THRESHOLD) {
      previous.quote.parts.push(...parts);
      previous.end = last.end;
      previous.paragraph = last.paragraph;
      continue;
    }
    const ownClauseStart = explicit?.clauseStart ?? (speaker ? thatClause?.clauseStart : undefined);
    // A clause never reaches back over the previous quote ("called it “A” and said “B”": B's clause starts at B).
    const clauseStart = ownClauseStart !== undefined && previous && previous.end > ownClauseStart ? first.start : ownClauseStart;
    let content = clauseStart !== undefined ? { start: Math.min(clauseStart, first.start), end: explicit?.clauseEnd ?? clauseEnd(text, last, trailer.to) } : null;
    // "He was a “respected manager,” the mayor said.": the words before the quote in its sentence
    // are part of what was said.
    if (!content && explicit?.where === 'trailer') {
      const sentenceStart = Math.max(first.paragraph, lastBefore(ends, first.start));
      const lead = text.slice(sentenceStart, first.start);
      if (leader.from === sentenceStart && /\p{L}/u.test(lead) && !/[\u201C\u201D"]|''/u.test(lead)) content = { start: sentenceStart + (lead.length - lead.trimStart().length), end: last.end };
    }
    const result: AttributedQuote = { parts, speaker, cue, confidence: speaker ? confidence : 0, content };
    results.push(result);
    // The writer ("I asked") is no antecedent for a later "he".
    if (speaker && speaker.resolution !== 'sentence-subject' && speaker.resolution !== 'unresolved' && speaker.resolution !== 'writer') names.noteSpeaker(speaker, speaker.mention.end);
    // Names in the rest of a trailing attribution ("Calderon told CNBC on Saturday.") are whom it
    // was said to, not new speakers: the continuation check starts after them.
    // Not past a cue of someone else's, though ("…,” Cruz said as the heckler yelled: “…”").
    const trailerCue = explicit?.where === 'trailer' && Number.isFinite(trailer.to) && cueLeadsNext(text, tokens, { from: explicit.end, to: trailer.to });
    const attributionEnd = explicit?.where === 'trailer' && Number.isFinite(trailer.to) && !trailerCue ? Math.max(explicit.end, trailer.to) : explicit ? explicit.end : last.end;
    previous = { quote: result, end: Math.max(last.end, attributionEnd), paragraph: last.paragraph };
  }
  return results;
}

/** A heading in capitals (twelve characters at least, no lower-case letter) ending in a dash. */
const HEADING_BEFORE_LABEL = /(?:^|\n)[^\p{Ll}\n]{12,}\s[-\u2013\u2014]\s*$/u;

interface ExplicitAttribution {
  phrase: SpeakerPhrase;
  cue: TextSpan;
  where: 'leader' | 'trailer';
  /** Offset just after the attribution's last word. */
  end: number;
  /** For a cue before the quote with words in between: where the reported clause starts. */
  clauseStart?: number;
  /** Where the reported clause ends, when the attribution follows it in the same sentence. */
  clauseEnd?: number;
  /** A bare "Name:" label; a lone surname is trusted only for someone the article names elsewhere. */
  label?: true;
  /** ", who said “…”": the token of the relative pronoun, the source as written (the phrase is whom it stands for). */
  relative?: number;
}

/** The tokens wholly inside a window, [lo, hi] (hi < lo when none), by two binary searches. */
export function tokensIn(tokens: readonly Token[], w: Window): { lo: number; hi: number } {
  const lo = partitionPoint(tokens.length, (i) => tokens[i]!.start < w.from);
  // Token ends rise with their starts: the first token ending after w.to bounds the window.
  return { lo, hi: partitionPoint(tokens.length, (i) => tokens[i]!.end <= w.to, lo) - 1 };
}

export function isCue(word: string): boolean {
  return SPEECH_VERBS.has(word) || SPEAKING_MANNER_VERBS.has(word);
}

/**
 * "Trump is insisting that …", "Sanders is pledging to “…”": a verb of saying in the progressive,
 * the way live news blogs report, before a clause ("that", "to", a personal pronoun) or the quote
 * itself; "was reading from a letter" is none. Its past form must be a listed cue ("insisted").
 */
export function progressiveCue(text: string, tokens: readonly Token[], c: number): boolean {
  const word = tokens[c]!.text;
  if (!/^[a-z]{4,}ing$/.test(word) || !/^(?:is|are|was|were)$/.test(tokens[c - 1]?.text ?? '')) return false;
  const next = tokens[c + 1]?.text ?? '';
  // "to" only after verbs that take an infinitive ("is pledging to"), not "is writing to the board".
  const infinitive = next === 'to' && /^(?:pledg|vow|promis|threaten)/.test(word);
  if (!CLAUSE_OPENER.test(next) && !infinitive && !/^[\s,:]*["\u201C\u2018\u00AB\u201E]/u.test(text.slice(tokens[c]!.end))) return false;
  const stem = word.slice(0, -3);
  return [`${stem}ed`, `${stem}d`, `${stem}s`, `${stem}es`].some((form) => SPEECH_VERBS.has(form));
}

/**
 * Does token c follow a possessive ("Putin’s remarks", "officials’ comments")? Then it is a noun.
 * The apostrophe must be attached to the word before: a '' quotation mark after a comma is none.
 */
export function afterPossessive(text: string, tokens: readonly Token[], c: number): boolean {
  return c > 0 && /^['\u2019]s?\s/.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start + 1));
}

export function cueSpan(tokens: readonly Token[], from: number, to: number, text: string): TextSpan {
  return spanOf(text, tokens, from, to);
}

/**
 * “…,” Putin said / “…,” said Putin / “…,” according to Putin. `strict` after a quote that ended
 * its sentence: only a short attribution standing as its own sentence is read.
 */
function fromTrailer(text: string, tokens: readonly Token[], w: Window, strict: boolean): ExplicitAttribution | null {
  const { lo, hi } = tokensIn(tokens, w);
  if (lo > hi) return null;
  if (!/^[\s,]*$/.test(text.slice(w.from, tokens[lo]!.start))) return null;
  const word = tokens[lo]!.text;
  if (!strict && isCue(word)) {
    const phrase = phraseStartingAt(text, tokens, lo + 1, hi);
    // "said Jon Ek and Ada Berg": several speakers, none of them alone.
    if (phrase && phrase.last < hi && jointSubject(text, tokens, phrase.last + 1)) return null;
    if (phrase) return { phrase, cue: cueSpan(tokens, lo, lo, text), where: 'trailer', end: tokens[phrase.last]!.end };
  }
  if (!strict && word.toLowerCase() === 'according' && tokens[lo + 1]?.text === 'to') {
    const phrase = phraseStartingAt(text, tokens, lo + 2, hi);
    if (phrase) return { phrase, cue: cueSpan(tokens, lo, lo + 1, text), where: 'trailer', end: tokens[phrase.last]!.end };
  }
  // “…,” [source] [cue]: the first cue within a few words, everything before it the source. A
  // phrase opening with a preposition or conjunction, or holding a relative clause, is the
  // sentence going on ("“…” with Sen. X, in a race that he said …"), not a source.
  if (CLAUSE_WORDS.has(tokens[lo]!.text.toLowerCase())) return null;
  let c = lo;
  while (c <= hi && c - lo <= 10 && !cueAfterSource(tokens, c)) c++;
  let phrase: SpeakerPhrase | null = null;
  // "“…,” Jon Ek and Ada Berg said": several speakers, none of them alone.
  for (let k = lo; k < Math.min(c, hi); k++) if (jointSubject(text, tokens, k)) return null;
  if (c <= hi && c > lo && cueAfterSource(tokens, c) && !/\b(that|which|who|whom|whose)\b/.test(text.slice(tokens[lo]!.start, tokens[c]!.start))) {
    let last = c - 1;
    while (last > lo && SPEAKER_CUE_FILLERS.has(tokens[last]!.text)) last--;
    phrase = phraseBetween(text, tokens, lo, last);
  }
  if (!phrase) {
    const described = namedApposition(text, tokens, lo, hi);
    if (!described) return null;
    ({ phrase, cue: c } = described);
  }
  // After a quote that ended its sentence, accept only a short attribution standing as its own
  // sentence: "Putin said." / "Trump said on Twitter." / "she wrote in an email to staff." Words
  // after the cue that open a clause ("Putin said the talks …") make it a new statement.
  if (strict) {
    if (/,/.test(text.slice(tokens[lo]!.start, tokens[c]!.start))) return null;
    const endsAtCue = c === hi || /^\s*\./.test(text.slice(tokens[c]!.end, tokens[c + 1]?.start ?? w.to));
    if (!endsAtCue) {
      // "told Harbour Radio in an interview": whom it was told may follow "told".
      const told = /^(told|tells)$/.test(tokens[c]!.text);
      if (hi - c > (told ? 10 : 8) || (!told && !ADJUNCT_STARTS.has(tokens[c + 1]!.text))) return null;
      for (let k = c + 1; k <= hi; k++) if (tokens[k]!.text === 'that' || isCue(tokens[k]!.text)) return null;
    }
  }
  return { phrase, cue: cueSpan(tokens, c, c, text), where: 'trailer', end: tokens[c]!.end };
}

/**
 * “Safety,” said Grimm: a short attributed quote opening its sentence with its comma (or "?", "!")
 * inside is speech, unless what precedes names a title ("on ABC’s “This Week,”", "the pseudonym “…,”").
 */
function spokenNotTitle(text: string, ends: readonly number[], first: QuotePart, last: QuotePart, attributed: boolean): boolean {
  if (!attributed || !/[,?!]\s*\S$/u.test(text.slice(last.start, last.end))) return false;
  if (text.slice(Math.max(first.paragraph, lastBefore(ends, first.start)), first.start).trim() !== '') return false;
  return !/(?:\b(?:on|in|of|under|called|titled|named|dubbed|pseudonym|the)|['\u2019]s)\s*$/iu.test(text.slice(Math.max(0, first.start - 24), first.start));
}

/**
 * The window ends in someone else's finite cue, right before the next quote ("…,” Cruz said as the
 * heckler yelled: “…”), not in the speaker's ", adding" nor a report of the whole (", reports USA Today").
 */
function cueLeadsNext(text: string, tokens: readonly Token[], w: Window): boolean {
  const { lo, hi } = tokensIn(tokens, w);
  if (hi < Math.max(lo, 1) || !/^\s*[:,]?\s*$/.test(text.slice(tokens[hi]!.end, w.to))) return false;
  const word = tokens[hi]!.text;
  return isCue(word) && !word.endsWith('ing') && !/,/.test(text.slice(tokens[hi - 1]!.end, tokens[hi]!.start));
}

/** A cue within the first words after a quote, in its sentence ("said …", "Ek, a pilot, said"). */
function cueOpensTrailer(text: string, tokens: readonly Token[], w: Window): boolean {
  const { lo, hi } = tokensIn(tokens, { from: w.from, to: Number.isFinite(w.to) ? w.to : text.length });
  if (lo > hi || !/^[\s,]*$/.test(text.slice(w.from, tokens[lo]!.start))) return false;
  for (let k = lo; k <= hi && k - lo < MAX_TAIL_WORDS; k++) {
    // The gap before the first word starts after the quote's own closing "?”".
    if (/[.;:!?]/.test(text.slice(Math.max(tokens[k - 1]?.end ?? w.from, w.from), tokens[k]!.start))) return false;
    if (cueAfterSource(tokens, k) || (k === lo && isCue(tokens[k]!.text))) return true;
  }
  return false;
}

/** The words after a quote open with a name, perhaps after a determiner and one adjective ("an angry Hollande"). */
function nameOpensTrailer(text: string, tokens: readonly Token[], w: Window): boolean {
  if (!Number.isFinite(w.to)) return false;
  const { lo, hi } = tokensIn(tokens, w);
  if (lo > hi || !/^[\s,]*$/.test(text.slice(w.from, tokens[lo]!.start))) return false;
  let k = lo;
  if (DETERMINERS.has(tokens[k]!.text.toLowerCase())) k++;
  if (k <= hi && !isCapitalised(tokens[k]!.text)) k++;
  return k < hi && isCapitalised(tokens[k]!.text) && !NOT_NAMES.has(tokens[k]!.text);
}

/** Token c joins another person to the subject: "and" before a name, or "all"/"both" after a comma. */
function jointSubject(text: string, tokens: readonly Token[], c: number): boolean {
  const word = tokens[c]!.text;
  return (word === 'and' && isCapitalised(tokens[c + 1]?.text ?? '')) || (/^(?:all|both)$/.test(word) && /,/.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start)));
}

/** A cue word ending a source before it; after a preposition or article ("secretary of state") it is a noun. */
function cueAfterSource(tokens: readonly Token[], c: number): boolean {
  return isCue(tokens[c]!.text) && !CLAUSE_WORDS.has(tokens[c - 1]!.text) && !/^(?:the|a|an)$/i.test(tokens[c - 1]!.text);
}

/**
 * "“…,” Jon Ek, 30, a pilot who has crossed the strait for decades, said.": a name, then an
 * apposition closed by a comma right before the cue, relative clauses and inner commas allowed.
 */
export function namedApposition(text: string, tokens: readonly Token[], lo: number, hi: number): { phrase: SpeakerPhrase; cue: number } | null {
  const phrase = phraseStartingAt(text, tokens, lo, hi);
  // A person's name, not "the … Club": determiner-led names are more often places and bodies.
  if (phrase?.kind !== 'name' || DETERMINERS.has(tokens[lo]!.text.toLowerCase()) || phrase.last >= hi || !/^\s*,\s*$/.test(text.slice(tokens[phrase.last]!.end, tokens[phrase.last + 1]!.start))) return null;
  for (let c = phrase.last + 2; c <= hi && c - lo <= MAX_TAIL_WORDS; c++) {
    if (/[“”"«»;:]/u.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start))) return null;
    // "Jon Ek, the mayor, and Ada Berg, his deputy, said", "…, all pilots, said": several speakers.
    if (jointSubject(text, tokens, c)) return null;
    if (!cueAfterSource(tokens, c)) continue;
    return /,/.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start)) ? { phrase, cue: c } : null;
  }
  return null;
}

/**
 * A quotation opening its paragraph after one that ends "<speaker> <cue>:" ("Breitbart News
 * responded:" then the quote as a block): the last sentence of that paragraph leads the quote.
 */
function fromColonParagraph(text: string, tokens: readonly Token[], ends: readonly number[], first: FoundQuote['parts'][number], prevEnd: number): ExplicitAttribution | null {
  if (!/^[\s"'\u201C\u2018\u00AB\u201E]*$/u.test(text.slice(first.paragraph, first.start))) return null;
  const before = text.slice(0, first.paragraph).trimEnd();
  if (!before.endsWith(':')) return null;
  const colon = before.length - 1;
  const paragraphStart = before.lastIndexOf('\n') + 1;
  const from = Math.max(paragraphStart, lastBefore(ends, colon), prevEnd);
  return fromLeader(text, tokens, { from, to: colon + 1 });
}

/**
 * A paragraph that is only a quote, then one that is only "- Sanders." or "—Ada Berg, Visby.": a
 * signature line under the quote names its speaker.
 */
function fromSignatureLine(text: string, tokens: readonly Token[], first: QuotePart, last: QuotePart, paragraphEnd: number, nextStart: number): ExplicitAttribution | null {
  // The paragraph is the quote alone: "…called him “…”.\n\n- Reuters." credits the story, not the words.
  if (paragraphEnd >= text.length || !/^[\s.,!?]*$/.test(text.slice(last.end, paragraphEnd)) || text.slice(first.paragraph, first.start).trim() !== '') return null;
  const line = SIGNATURE_LINE.exec(text.slice(paragraphEnd, paragraphEnd + 120));
  if (!line) return null;
  const dash = paragraphEnd + line[1]!.length;
  const nameEnd = dash + line[2]!.length + line[3]!.length;
  if (nameEnd > nextStart) return null;
  const { lo, hi } = tokensIn(tokens, { from: dash, to: nameEnd });
  const phrase = lo <= hi ? phraseStartingAt(text, tokens, lo, hi) : null;
  if (!phrase || phrase.kind !== 'name' || phrase.last !== hi) return null;
  // "- Tomas Berg, the mayor, disagreed.": a verb after the name makes the line a sentence, not a signature.
  const rest = tokensIn(tokens, { from: nameEnd, to: paragraphEnd + line[0].length });
  for (let k = rest.lo; k <= rest.hi; k++) if (readsAsVerb(tokens[k]!.text)) return null;
  // Checked as a label is: a person the article names elsewhere, or one the dataset knows.
  return { phrase, cue: { start: dash, end: dash + line[2]!.length, text: line[2]!.trim() }, where: 'trailer', end: tokens[hi]!.end, label: true };
}

/** A paragraph break, a dash (any: "-", "—", "―"), a name of up to five words, then at most a place or title after a comma. */
const SIGNATURE_LINE = /^(\s*\n\s*)(\p{Pd}\s*)(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,4})(?:,[^\n]{1,60})?\.?[ \t]*(?:\n|$)/u;

/**
 * "Professor Ines Moll agreed. “…”": a quote opening its sentence right after a short sentence that
 * is only a source and a cue takes that source.
 */
function fromCueSentence(text: string, tokens: readonly Token[], ends: readonly number[], first: QuotePart, leader: Window, prevEnd: number): ExplicitAttribution | null {
  if (text.slice(leader.from, first.start).trim() !== '' || leader.from <= first.paragraph) return null;
  const from = Math.max(first.paragraph, prevEnd, lastBefore(ends, leader.from - 1));
  const { lo, hi } = tokensIn(tokens, { from, to: leader.from });
  if (lo > hi || hi - lo > 8 || !isCue(tokens[hi]!.text) || !/^\s*\.\s*$/.test(text.slice(tokens[hi]!.end, first.start))) return null;
  let last = hi - 1;
  while (last > lo && SPEAKER_CUE_FILLERS.has(tokens[last]!.text)) last--;
  const phrase = phraseBetween(text, tokens, lo, last);
  return phrase && phrase.kind !== 'description' ? { phrase, cue: cueSpan(tokens, hi, hi, text), where: 'leader', end: tokens[hi]!.end } : null;
}

/**
 * "“It seems unlikely” that the ferry returns, said Jon Ek.": the sentence holding the quote ends
 * in its own attribution after a comma, the words in between being the rest of the statement.
 */
function fromSentenceTail(text: string, tokens: readonly Token[], w: Window): ExplicitAttribution | null {
  if (!Number.isFinite(w.to)) return null;
  const { lo, hi } = tokensIn(tokens, w);
  if (lo > hi) return null;
  for (let k = hi - 1; k >= lo && hi - k <= MAX_TAIL_WORDS; k--) {
    if (!/,/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) continue;
    const tail = k + 1;
    if (/[“”"«»]/u.test(text.slice(tokens[tail]!.start, tokens[hi]!.end))) return null;
    let c = tail;
    while (c <= hi && c - tail <= 8 && !isCue(tokens[c]!.text)) c++;
    // "…, said Jon Ek, a ferry pilot from Visby.": a comma with no cue after it may close an
    // apposition; the attribution is before it.
    if (c > hi || !isCue(tokens[c]!.text)) continue;
    const phrase = c === tail ? phraseStartingAt(text, tokens, c + 1, hi) : phraseBetween(text, tokens, tail, c - 1);
    if (!phrase || phrase.kind === 'description') return null;
    // Nothing but a time or place may follow ("…, said Jon Ek on Monday."), or, after a name, an
    // apposition of its own.
    const after = (c === tail ? phrase.last : c) + 1;
    const apposition = c === tail && phrase.kind === 'name' && after <= hi && /^\s*,\s*$/.test(text.slice(tokens[phrase.last]!.end, tokens[after]!.start));
    if (after <= hi && !apposition && (!ADJUNCT_STARTS.has(tokens[after]!.text) || hi - after > 6)) return null;
    if (apposition && tokens.slice(after, hi + 1).some((t, i) => isCue(t.text) || t.text === 'that' || jointSubject(text, tokens, after + i))) return null;
    return { phrase, cue: cueSpan(tokens, c, c, text), where: 'trailer', end: tokens[hi]!.end, clauseStart: w.from, clauseEnd: tokens[k]!.end };
  }
  return null;
}


/**
 * "She then addressed the crowd again: “…”" / "Trump issued a statement, “…”": a sentence whose
 * subject opens it and that ends in a colon (or a comma after a statement noun) leads a quote
 * said by that subject, whatever its verb.
 */
function fromSubjectColon(text: string, tokens: readonly Token[], w: Window): ExplicitAttribution | null {
  const { lo, hi } = tokensIn(tokens, w);
  if (lo > hi) return null;
  const tail = text.slice(tokens[hi]!.end, w.to);
  const colon = /^\s*:\s*$/.test(tail);
  if (!colon && !(/^\s*,\s*$/.test(tail) && STATEMENT_NOUNS.has(tokens[hi]!.text))) return null;
  if (hi - lo > 14) return null;
  if (colon) {
    // "Clinton: “…”", "… - Jeffrey M. Jones: “…”": a name alone before the colon labels the quote.
    const lead = text.slice(tokens[lo]!.start, tokens[hi]!.start);
    const dash = tokens[lo]!.start + Math.max(lead.lastIndexOf(' - '), lead.lastIndexOf('\u2014'));
    let from = lo;
    while (from < hi && tokens[from]!.start < dash) from++;
    const label = NOT_NAMES.has(tokens[from]!.text) ? null : phraseStartingAt(text, tokens, from, hi);
    const nameOnly = hi - from < MAX_LABEL_WORDS && tokens.slice(from, hi + 1).every((t) => isCapitalised(t.text) && !NOT_NAMES.has(t.text));
    if (label?.kind === 'name' && label.last === hi && nameOnly) return { phrase: label, cue: { start: tokens[hi]!.end, end: tokens[hi]!.end + 1, text: ':' }, where: 'leader', end: tokens[hi]!.end, label: true };
  }
  if (lo === hi) return null;
  const subject = openingSubject(text, tokens, lo, hi);
  if (!subject || quotesSomeoneElse(text.slice(tokens[subject.last]!.end, tokens[hi]!.end))) return null;
  // "Berg was told: “…”", "Ek was asked:": what follows was said to the subject.
  if (BE_FORMS.test(tokens[subject.last + 1]?.text ?? '') && /^(?:told|asked|warned|informed|described|called)$/.test(tokens[subject.last + 2]?.text ?? '')) return null;
  return { phrase: subject, cue: cueSpan(tokens, subject.last + 1, hi, text), where: 'leader', end: tokens[hi]!.end };
}

/** Putin told NBC: “…” / Putin said that “…” / According to Putin, “…”. */
function fromLeader(text: string, tokens: readonly Token[], w: Window): ExplicitAttribution | null {
  const { lo, hi } = tokensIn(tokens, w);
  if (lo > hi) return null;
  if (tokens[lo]!.text.toLowerCase() === 'according' && tokens[lo + 1]?.text === 'to') {
    const phrase = phraseStartingAt(text, tokens, lo + 2, hi);
    if (phrase) return { phrase, cue: cueSpan(tokens, lo, lo + 1, text), where: 'leader', end: tokens[phrase.last]!.end };
  }
  const tail = text.slice(tokens[hi]!.end, w.to);
  for (let c = hi; c >= lo && hi - c <= MAX_WORDS_CUE_TO_QUOTE; c--) {
    // "Said Comey, “…”": a cue may open the sentence, capitalised.
    const word = c === lo ? tokens[c]!.text.toLowerCase() : tokens[c]!.text;
    const thinking = THINKING_VERBS.has(word) && (tokens[c + 1]?.text === 'that' || /:\s*$/.test(tail));
    // "Trump called them “fools”": a naming verb right before the quote's clause is a cue too.
    const naming = NAMING_VERBS.has(word) && word !== 'saying' && hi - c <= 3;
    // "shot back “…”", "fired back: “…”": a verb of retort with "back".
    const retort = RETORT_VERBS.has(word) && tokens[c + 1]?.text === 'back';
    if (!isCue(word) && !thinking && !naming && !retort && !progressiveCue(text, tokens, c)) continue;
    // "Berg was described by critics as “…”", "Berg was told: “…”": in the passive the subject is
    // not the one speaking ("is insisting", a progressive, is no passive).
    if (c > lo && !/ing$/.test(word) && BE_FORMS.test(tokens[c - 1]!.text)) return null;
    // "Clinton's remarks", "Trump's comments": after a possessive the word is a noun, not a cue.
    if (c > lo && afterPossessive(text, tokens, c)) continue;
    // "the March states account for …": a word that is also a plural noun, after a determiner, is one.
    // ("The mayor states that …" keeps its verb: a following "that" or colon makes it one.)
    if (NOUN_LIKE_CUES.has(word) && tokens[c + 1]?.text !== 'that' && !/^\s*:/.test(text.slice(tokens[c]!.end)) && nounAfterDeterminer(tokens, c, lo)) continue;
    // "…, said Jon Ek, who added that the pier was “…”": the name before ", who" speaks.
    const relative = word.endsWith('ing') ? null : relativeSubject(text, tokens, c, lo);
    if (relative) {
      const between = text.slice(tokens[c]!.end, w.to);
      if (/\b(who|which|whom|whose)\b/.test(between)) return null;
      const clauseStart = naming ? namedObjectStart(tokens, c, hi, between) : reportedClauseStart(tokens, c, hi, between);
      return { phrase: relative.antecedent, cue: cueSpan(tokens, c, c, text), where: 'leader', end: tokens[c]!.end, clauseStart, relative: relative.who };
    }
    // ", calling the claims “…”": a participle after a comma belongs to the sentence's subject,
    // not to the noun before the comma; the short-quote rule below handles it.
    if ((naming || isCue(word)) && /ing$/.test(word) && /,/.test(text.slice(tokens[c - 1]?.end ?? w.from, tokens[c]!.start))) {
      // "Bolton spoke on Monday, saying “…”": the sentence's opening name or pronoun is the one saying.
      if (naming && !SPEECH_VERBS.has(word)) return null;
      let subject: SpeakerPhrase | null = PRONOUNS.has(tokens[lo]!.text) || (isCapitalised(tokens[lo]!.text) && !NOT_NAMES.has(tokens[lo]!.text)) ? phraseStartingAt(text, tokens, lo, c - 1) : null;
      // "The mayor met voters, saying …": a description ends before the sentence's verb.
      if (subject?.kind === 'description') subject = descriptionBeforeVerb(text, tokens, subject);
      // "WASHINGTON — …", "WASHINGTON, Dec. 8 (UPI) — …": a dateline, not the sentence's subject.
      if (subject && /[\u2014\u2013(]|\s-\s/u.test(text.slice(tokens[subject.last]!.end, tokens[subject.last + 1]?.start ?? tokens[subject.last]!.end))) return null;
      if (subject && /^[\p{Lu}\s.-]{3,}$/u.test(text.slice(tokens[subject.first]!.start, tokens[subject.last]!.end)) && /^\s*,/.test(text.slice(tokens[subject.last]!.end))) return null;
      // A description only when it names a speaker ("The billionaire businessman, saying …").
      const usable = subject && (subject.kind !== 'description' || isSpeakerDescription(text.slice(tokens[subject.first]!.start, tokens[subject.last]!.end)));
      return subject && usable ? { phrase: subject, cue: cueSpan(tokens, c, c, text), where: 'leader', end: tokens[c]!.end } : null;
    }
    // Words may stand between the cue and the quote ("said the tone of the debate “…”"), but not a
    // relative clause, whose verb belongs to someone else ("Clinton responded to Trump, who called her “…”").
    const between = text.slice(tokens[c]!.end, w.to);
    if (/\b(who|which|whom|whose)\b/.test(between)) return null;
    // "Lazar said he welcomed it and added, “…”": the subject of the coordinated verb is the earlier one's.
    const coordinator = tokens[c - 1]?.text;
    if (coordinator === 'and' || coordinator === 'but') {
      for (let e = c - 2; e >= lo; e--) {
        if (!isCue(tokens[e]!.text)) continue;
        const subject = phraseEndingAt(text, tokens, e - 1, lo);
        if (subject) return { phrase: subject, cue: cueSpan(tokens, c, c, text), where: 'leader', end: tokens[c]!.end };
        break;
      }
      // "Wilson praised the plan and said the senator can “…”": the sentence's opening name or
      // pronoun is the subject of both verbs, unless a relative clause brings in someone else.
      // "but" itself is no subordinate clause: the subject's words end before it.
      const subject = openingSubject(text, tokens, lo, coordinator === 'but' ? c - 2 : c - 1);
      if (!subject) return null;
      return { phrase: subject, cue: cueSpan(tokens, c, c, text), where: 'leader', end: tokens[c]!.end, clauseStart: reportedClauseStart(tokens, c, hi, between) };
    }
    const clauseStart = naming ? namedObjectStart(tokens, c, hi, between) : reportedClauseStart(tokens, c, hi, between);
    const before = phraseEndingAt(text, tokens, c - 1, lo);
    // "His office put out a statement saying …": whoever put out the statement says it.
    const issuing = before ? (tokens[before.first - 1]?.text === 'out' ? tokens[before.first - 2] : tokens[before.first - 1]) : undefined;
    if (before?.kind === 'description' && STATEMENT_NOUNS.has(tokens[before.last]!.text) && PARTICIPLE_CUES.has(word) && before.first > lo && issuing && ISSUING_VERBS.has(issuing.text)) {
      const issuer = openingSubject(text, tokens, lo, before.first - 1, true);
      if (issuer) return { phrase: issuer, cue: cueSpan(tokens, c, c, text), where: 'leader', end: tokens[c]!.end, clauseStart };
    }
    if (before) return { phrase: before, cue: cueSpan(tokens, c, c, text), where: 'leader', end: tokens[c]!.end, clauseStart };
    // "said Putin: “…”": a source after the cue only when nothing but a comma or colon follows it;
    // after "told" or "asked" it is whom they spoke to ("… told Fox News: “…”").
    // After a naming verb with nothing between, it is whom they named ("called the chief “unfit”").
    const after = ADDRESSEE_CUES.has(word) ? null : phraseStartingAt(text, tokens, c + 1, hi);
    const punctuated = /^\s*[,:]/.test(text.slice(tokens[hi]!.end, w.to));
    if (after && after.last === hi && (punctuated || !naming) && /^[\s,:]*["'\u201C\u2018\u00AB\u201E]?\s*$/u.test(text.slice(tokens[hi]!.end, w.to))) {
      return { phrase: after, cue: cueSpan(tokens, c, c, text), where: 'leader', end: tokens[after.last]!.end };
    }
    return null;
  }
  return null;
}




const MAX_APPOSITION_WORDS = 12;

/**
 * ", who (has/previously) said": the relative pronoun right before the cue, after a comma, and the
 * name before that comma (not after a preposition: "a spokesman for Ek, who said" is the spokesman's).
 */
function relativeSubject(text: string, tokens: readonly Token[], c: number, lo: number): { antecedent: SpeakerPhrase; who: number } | null {
  let k = c - 1;
  while (k > lo && c - k <= 3 && RELATIVE_FILLERS.test(tokens[k]!.text)) k--;
  if (k <= lo || tokens[k]!.text !== 'who' || !/^,\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
  // The name's own words only: "…, said Ada Berg, who …" must not reach back to the cue before it.
  let from = k - 1;
  while (from > lo && k - from < 5 && isNameToken(tokens[from - 1]!) && /^\s+$/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
  const antecedent = phraseEndingAt(text, tokens, k - 1, from);
  // Not after a preposition, a determiner ("the Wisconsin Republican, who …" is a description; "on
  // the Senate committee, who …" is whoever sits on it) or "and" ("Bush and Christie, who say …").
  const before = tokens[(antecedent?.first ?? 0) - 1]?.text ?? '';
  if (!antecedent || antecedent.kind !== 'name' || PREPOSITIONS.has(before) || DETERMINERS.has(before.toLowerCase()) || /^(?:and|or|&)$/.test(before)) return null;
  return { antecedent, who: k };
}

const RELATIVE_FILLERS = /^(?:[a-z]+ly|has|had|have|also|often|long|then|later|once|since|previously|again)$/;

/**
 * A description cut before the sentence's verb ("The mayor | met voters", "The head of the port
 * authority | toured …"); whether what is left names a speaker is `isSpeakerDescription`'s call
 * ("The mayor's rival" does not, and names no mayor). Null when the verb follows no plain space.
 */
function descriptionBeforeVerb(text: string, tokens: readonly Token[], phrase: SpeakerPhrase): SpeakerPhrase | null {
  for (let k = phrase.first + 1; k <= phrase.last; k++) {
    if (!readsAsVerb(tokens[k]!.text) && !IRREGULAR_PAST.has(tokens[k]!.text)) continue;
    return /^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) ? { ...phrase, last: k - 1 } : null;
  }
  return phrase;
}

/** A lower-case word that reads as a verb: a past tense, a reporting verb or a common irregular one. */
export function readsAsVerb(word: string): boolean {
  return /^[a-z]{3,}ed$/.test(word) || SPEECH_VERBS.has(word) || PLAIN_VERBS.has(word);
}

/**
 * The name or pronoun opening a sentence, followed by its lower-case verb ("Wilson praised …"),
 * when nothing up to token `to` opens a relative or subordinate clause (or a ; or : clause).
 * An opening adverb or age ("Later,", "17-year-old") is skipped, and a set-off apposition may
 * stand between the name and its verb. With `allowDescription`, a description that names a
 * speaker ("A spokesman for the mayor") may be the subject too, cut before its verb.
 */
export function openingSubject(text: string, tokens: readonly Token[], lo: number, to: number, allowDescription = false): SpeakerPhrase | null {
  // "Later, Ms. Ruiz shot back", "17-year-old Tom Reyes echoed": a sentence adverb or an age before the subject.
  const age = /^\d+-year-old\s/.exec(text.slice(tokens[lo]!.start, tokens[lo]!.start + 16));
  if (age || OPENING_ADVERBS.has(tokens[lo]!.text)) {
    const end = tokens[lo]!.start + (age ? age[0].length : 1);
    while (lo < to && tokens[lo]!.start < end) lo++;
    if (lo >= to) return null;
  }
  const first = tokens[lo]!.text;
  const described = allowDescription && DETERMINERS.has(first.toLowerCase());
  if (!described && !PRONOUNS.has(first) && (!isCapitalised(first) || NOT_NAMES.has(first))) return null;
  let phrase = phraseStartingAt(text, tokens, lo, to);
  if (!phrase || (phrase.kind === 'description' && !described)) return null;
  if (phrase.kind === 'description') {
    // "A spokesman for the mayor defended …", "The office put out …": after its head, the
    // description ends at its verb.
    let head = -1;
    for (let k = phrase.first; k <= phrase.last; k++) {
      if (ROLE_NOUNS.has(tokens[k]!.text)) head = k;
      else if (head !== -1 && readsAsVerb(tokens[k]!.text)) {
        phrase = { ...phrase, last: k - 1 };
        break;
      }
    }
    if (head === -1) return null;
  }
  if (phrase.last >= to) return null;
  let verbAt = phrase.last + 1;
  // "Tom Reyes, a young voter, echoed": a set-off apposition between the name and its verb.
  if (phrase.kind === 'name' && /^,\s+$/.test(text.slice(tokens[phrase.last]!.end, tokens[verbAt]!.start))) {
    let k = verbAt;
    while (k < to && k - verbAt < MAX_APPOSITION_WORDS && !/[,;:.\u2014\u2013(]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) k++;
    if (k >= to || !/^,\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return null;
    verbAt = k + 1;
  }
  const verb = tokens[verbAt]!;
  if (!/^[a-z]+$/.test(verb.text) || (verbAt === phrase.last + 1 && /[,;:\u2014\u2013(]/u.test(text.slice(tokens[phrase.last]!.end, verb.start)))) return null;
  const rest = text.slice(verb.start, tokens[to]!.end);
  if (/\b(who|which|whom|whose|while|when|after|before|because|but|if|as)\b|[;:]/.test(rest)) return null;
  return phrase;
}

/** The sentence before a quote: where it starts, and its tokens up to the quote. */
interface SentenceLead {
  start: number;
  lo: number;
  hi: number;
}

function sentenceLead(tokens: readonly Token[], ends: readonly number[], first: QuotePart, leader: Window): SentenceLead {
  // Bounded: a "sentence" with no end in sight (a list, a hostile page) must not make this quadratic.
  const start = Math.max(first.paragraph, lastBefore(ends, first.start), first.start - MAX_SENTENCE_CHARS);
  return { start, ...tokensIn(tokens, { from: start, to: leader.to }) };
}

/**
 * "She is sure that keeping him in jail will make “a monster”": a quote inside a that-clause whose
 * verb follows the sentence's opening name or pronoun belongs to that subject.
 */
function thatClauseSubject(text: string, tokens: readonly Token[], { lo, hi }: SentenceLead): { phrase: SpeakerPhrase; clauseStart: number } | null {
  if (lo > hi) return null;
  for (let k = hi; k > lo + 1 && hi - k <= MAX_THAT_CLAUSE_WORDS; k--) {
    if (tokens[k]!.text !== 'that') continue;
    // The word before "that" is a verb of saying, thinking or stance, or another past tense
    // ("anticipated"); "the claim that" is a noun's clause, not the subject's statement.
    const verb = tokens[k - 1]!;
    const verbLike = SPEECH_VERBS.has(verb.text) || THINKING_VERBS.has(verb.text) || STANCE_VERBS.has(verb.text) || /^[a-z]{3,}ed$/.test(verb.text);
    if (!verbLike || /[,;:]/.test(text.slice(verb.end, tokens[k]!.start))) return null;
    const subject = openingSubject(text, tokens, lo, k - 1);
    return subject ? { phrase: subject, clauseStart: tokens[k]!.start } : null;
  }
  return null;
}

const MAX_THAT_CLAUSE_WORDS = 30;
const MAX_WORDS_VERB_TO_QUOTE = 4;

/** Someone else's words: "quoted …", "read from …", "cited", a title ("called", "titled") or a possessive before the quote. */
function quotesSomeoneElse(lead: string): boolean {
  return /\b(quot\w*|read|reads|reading|recit\w*|cit\w*)\b|\b(from|by|of|titled|called|named|dubbed)\s*[:,]?\s*$|['’]s?\s+\w+\s*$/u.test(lead);
}

/**
 * "Toomey fumed “…”", "Hollande condemned the “attack …”": a named subject opening the sentence and
 * its verb, with the quote in the same clause, are its speaker when no cue says otherwise.
 */
function subjectVerbQuote(text: string, tokens: readonly Token[], { start, lo, hi }: SentenceLead, leader: Window, first: QuotePart, prior: FoundQuote | undefined): { phrase: SpeakerPhrase; clauseStart: number } | null {
  // A second quote in the sentence goes on from the first ("“…,” he said, “and …”"); this rule is for the first.
  if (prior && prior.parts[prior.parts.length - 1]!.end > start) return null;
  if (lo > hi || hi - lo > MAX_THAT_CLAUSE_WORDS) return null;
  const subject = openingSubject(text, tokens, lo, hi);
  // A name in capitals is a headline's run-in ("CROWS REMEMBER Crows …"), not a subject.
  if (!subject || subject.kind !== 'name' || /^[A-Z]{2,}$/.test(tokens[subject.first]!.text)) return null;
  // Only a verb of speaking, with the quote right after it: "Berg sponsored the “… Act”" or
  // "Berg ridiculed the slogan “…”" are no statements of Berg's.
  const verb = tokens[subject.last + 1]!.text;
  const speaking = isCue(verb) || (RETORT_VERBS.has(verb) && tokens[subject.last + 2]?.text === 'back');
  if (!speaking || hi - (subject.last + 1) > MAX_WORDS_VERB_TO_QUOTE) return null;
  // "Berg mocked the slogan “…”": an object before the quote makes the quote what the verb is about.
  if (tokens.slice(subject.last + 2, hi + 1).some((t) => DETERMINERS.has(t.text) || POSSESSIVES.has(t.text))) return null;
  if (quotesSomeoneElse(text.slice(tokens[subject.last]!.end, leader.to))) return null;
  return { phrase: subject, clauseStart: first.start };
}

/** After a naming verb, what it names is part of what was said ("called him a “…”": "him a “…”"). */
function namedObjectStart(tokens: readonly Token[], c: number, hi: number, between: string): number | undefined {
  if (/[:,]\s*$/.test(between) || c + 1 > hi) return undefined;
  // "referred to Rubio as “…”": the preposition of the verb stays with it.
  const k = c + (tokens[c + 1]!.text === 'to' && /^refer/.test(tokens[c]!.text) ? 2 : 1);
  return k <= hi ? tokens[k]!.start : undefined;
}

/**
 * For a short quote: the sentence's subject, when the sentence "calls" something by the quoted
 * words; what was said starts after the last such verb ("called him a “…”": "him a “…”").
 */
function sentenceSubjectCalling(text: string, tokens: readonly Token[], { lo, hi }: SentenceLead): { phrase: SpeakerPhrase; clauseStart: number | undefined } | null {
  if (lo > hi) return null;
  let verb = -1;
  // Not in the passive ("being dubbed the “…”"): whoever did the naming is not the subject.
  const passive = (i: number) => i > lo && /^(?:be|been|being|is|was|were|are|get|got|gets|getting)$/.test(tokens[i - 1]!.text);
  for (let i = lo; i <= hi; i++) if ((NAMING_VERBS.has(tokens[i]!.text) || EVALUATIVE_VERBS.has(tokens[i]!.text)) && !passive(i)) verb = i;
  if (verb === -1) return null;
  // A name right before the verb is its subject ("Speaking to MSNBC on Monday, Bush referred to …").
  // Not a place or a thing after a preposition or an article ("in New Hampshire called …"), not the
  // object before a participle ("went after Bush, calling him …"), not inside a relative clause
  // ("whom Obama referred to …") and not a possessive ("Trump's view").
  const adjacent = verb > lo ? phraseEndingAt(text, tokens, verb - 1, lo) : null;
  const ahead = adjacent ? tokens[adjacent.first - 1]?.text.toLowerCase() ?? '' : '';
  const gap = adjacent ? text.slice(tokens[adjacent.last]!.end, tokens[verb]!.start) : '';
  if (adjacent?.kind === 'name' && !PREPOSITIONS.has(ahead) && !DETERMINERS.has(ahead) && !/^(?:who|whom|whose|which|that)$/.test(ahead) && !/[;:,]|^['\u2019]/u.test(gap)) {
    return { phrase: adjacent, clauseStart: namedObjectStart(tokens, verb, hi, '') };
  }
  // Otherwise the subject is the first capitalised run of the sentence, titles and all.
  for (let i = lo; i <= Math.min(hi, lo + 3); i++) {
    if (!isCapitalised(tokens[i]!.text) || NOT_NAMES.has(tokens[i]!.text)) continue;
    const phrase = phraseStartingAt(text, tokens, i, hi);
    if (!phrase || phrase.kind !== 'name') return null;
    return { phrase, clauseStart: namedObjectStart(tokens, verb, hi, '') };
  }
  return null;
}

export function resolvePhrase(
  text: string,
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
  names: NameTracker,
  at: number,
): { speaker: Speaker; confidence: number } | null {
  const mention = spanOf(text, tokens, phrase.kind === 'name' ? phrase.nameFirst : phrase.first, phrase.last);
  const make = (person: NamedPerson, resolution: SpeakerResolution, confidence: number) => ({
    speaker: { mention, name: person.name, entityId: person.entityId, resolution },
    confidence,
  });
  if (phrase.kind === 'name') {
    const person = names.resolveName(mention);
    if (!person) return null;
    return make(person, 'explicit', person.certain ? 0.9 : 0.7);
  }
  if (phrase.kind === 'pronoun' && VAGUE_SOURCES.has(mention.text)) {
    // "I said" outside a quotation is the writer; "it" and "another" name no one the card could show.
    if (mention.text === 'I') return { speaker: { mention, name: 'the writer', entityId: null, resolution: 'writer' }, confidence: 0.65 };
    return { speaker: { mention, name: mention.text, entityId: null, resolution: 'unresolved' }, confidence: SPEAKER_CONFIDENCE_THRESHOLD };
  }
  if (phrase.kind === 'pronoun') {
    const antecedent = names.resolvePronoun(at, mention.text);
    if (antecedent && antecedent.confidence >= SPEAKER_CONFIDENCE_THRESHOLD) return make(antecedent.person, 'pronoun', antecedent.confidence);
    // The attribution to "he" can be sure while its referent is not (several people named, or
    // none yet): keep the words as written rather than guess a person (shown as such, never as a name).
    return { speaker: { mention, name: mention.text, entityId: null, resolution: 'unresolved' }, confidence: SPEAKER_CONFIDENCE_THRESHOLD };
  }
  const described = names.resolveDescription(mention.text);
  if (described) return make(described, 'explicit', 0.7);
  // "the judge", "a campaign spokeswoman", "the statement": a determiner and a head noun that
  // names a speaker (ROLE_NOUNS) make a description worth showing; anything else stays hidden.
  const shown = isSpeakerDescription(mention.text);
  return { speaker: { mention, name: mention.text, entityId: null, resolution: 'explicit' }, confidence: shown ? 0.65 : 0.5 };
}

const DESCRIPTION = /^(?:(?:the|a|an|one|another|two|three|four|five|several|some|many|most|few|both|other|those|these|his|her|their|its|our|[\p{Lu}][\p{L}.-]*['’]s?)\s+)?(?:[\p{Ll}\p{Lu}\d][\p{L}\d'’-]*\s+){0,4}([\p{Ll}][\p{L}-]*)$/u;

/** What may follow the head noun of a description: "the secretary of state", "a source close to the campaign". */
const POST_MODIFIER = /\s+(?:of|for|to|at|with|in|from|on|like|close to|familiar with|involved in|who|whose|which|that)\s.*$/su;

/** "28 percent of voters", "about half of the delegates": a share of a group of speakers. */
const SHARE_OF_GROUP = /^(?:[\p{L}\d.,]+\s+){0,3}(?:percent|half|third|quarter|majority|most|many|some)\s+of\s+(?:[\p{L}'’-]+\s+){0,4}([\p{Ll}][\p{L}-]*)$/u;

/** "22 percent", "nearly three in five", "almost half", "two-thirds": a poll's share of its respondents. */
const SHARE = `(?:(?:${SHARE_LEAD_WORDS})\\s+)*(?:(?:[\\d.,]+|(?:(?:${NUMBER_WORDS})[-\\s]?)+)\\s+percent|(?:\\d+|${NUMBER_WORDS})\\s+in\\s+(?:\\d+|${NUMBER_WORDS})|(?:(?:${NUMBER_WORDS})[-\\s])?(?:${FRACTION_WORDS}))`;
const BARE_SHARE = new RegExp(`^${SHARE}$`, 'iu');
/** "Six in 10 island voters": a share before the group it counts. */
const SHARE_BEFORE_GROUP = new RegExp(`^${SHARE}\\s+(?=\\S)`, 'iu');

/** "the 46-year-old", "a 19-year-old from Lund": a person by their age. */
const AGED_PERSON = /^(?:the|a|an|one|another)\s+(?:[\p{L}-]+\s+)?\d+-year-old$/iu;

export function isSpeakerDescription(written: string): boolean {
  // Single spaces first: the patterns below look for words after a run of white space, and a long
  // run would be rescanned from each of its positions.
  const phrase = written.replace(/\s+/gu, ' ');
  if (BARE_SHARE.test(phrase.trim()) || AGED_PERSON.test(phrase.trim())) return true;
  // "A …", "The …": a sentence-initial determiner is still one.
  const trimmed = phrase.trim().replace(/[,;]$/, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  // "the Ohio senator and presidential candidate": either head of a coordinated description will do.
  const first = trimmed.replace(/\s+and\s.*$/su, '');
  const group = SHARE_BEFORE_GROUP.test(trimmed) ? DESCRIPTION.exec(trimmed.replace(SHARE_BEFORE_GROUP, 'the ').replace(POST_MODIFIER, '')) : null;
  const heads = [DESCRIPTION.exec(trimmed), SHARE_OF_GROUP.exec(trimmed), DESCRIPTION.exec(trimmed.replace(POST_MODIFIER, '')), DESCRIPTION.exec(first.replace(POST_MODIFIER, '')), group];
  return heads.some((m) => !!m && ROLE_NOUNS.has(m[1]!.toLowerCase()));
}

/** The text of tokens first..last, with its offsets. */
export function spanOf(text: string, tokens: readonly Token[], first: number, last: number): TextSpan {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, text: text.slice(start, end) };
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by']);

/** Every word capitalised and no sentence-final mark: the name of a show, book or event, not speech. */
function looksLikeTitle(text: string, parts: readonly Span[]): boolean {
  const inner = innerText(text, parts);
  if (/[.!?]\s*$/.test(inner)) return false;
  const words = inner.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.length > 0 && words.every((w, i) => isCapitalised(w) || /^\d/.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/**
 * Where a mixed quote's reported clause starts: at "that" when the cue has one ("told Fox on
 * Sunday that he …"), else right after the cue. None when the quote follows a colon or comma.
 */
function reportedClauseStart(tokens: readonly Token[], c: number, hi: number, between: string): number | undefined {
  if (/[:,]\s*$/.test(between) || c + 1 > hi) return undefined;
  for (let k = c + 1; k <= hi && k - c <= 8; k++) if (tokens[k]!.text === 'that') return tokens[k]!.start;
  // "told reporters he …", "warned of a …", "by saying Japan …": whom it was told and linking words
  // come before the reported clause.
  let k = c + 1;
  while (k < hi && k - c <= 3 && CLAUSE_LEAD_WORDS.has(tokens[k]!.text)) k++;
  return tokens[k]!.start;
}

/**
 * A second verb of the speaker's (", adding that", "— asserting", "but argues") starts a new statement.
 * Runs of white space are matched up to three long: a pattern with an open-ended run would rescan a
 * page's long run of spaces from each of its positions.
 */
const NEW_STATEMENT = new RegExp(String.raw`\s[\u2014\u2013]\s|(?:^|,)\s{1,3}(?:adding|saying|noting|arguing|asserting|claiming|referring|calling|while|but|since|although|though)\b|\s{1,3}as\s{1,3}(?:he|she|they|it)\s|,\s{1,3}in\s{1,3}(?:a|an)\s|\s{1,3}on\s{1,3}[\p{Lu}][\p{L}]*['\u2019]s\s|,\s{1,3}and\s{1,3}(?!that\b)|\s{1,3}(?:before|after)\s{1,3}(?:claiming|saying|adding|noting)\b|\s{1,3}(?:but|and)\s{1,3}(?:also\s{1,3})?(?:${NEXT_STATEMENT_VERBS})\b|\s{1,3}and\s{1,3}\p{Lu}\p{Ll}+(?:\s{1,3}\p{Lu}\p{Ll}+){0,2}\s{1,3}[a-z]+ing\b|(?:^|,)\s{1,3}[a-z]+ing\b|\s{1,3}(?:before|after|despite|while)\s{1,3}[a-z]+ing\b|\s{1,3}(?:in\s{1,3}a\s{1,3}(?:tweet|statement|interview)|on\s{1,3}Twitter)\b|,?\s{1,3}which\b`, 'u');

/** A mixed quote's clause runs on to its sentence's end (without the final period) unless another quote comes first. */
function clauseEnd(text: string, last: QuotePart, windowEnd: number): number {
  if (!Number.isFinite(windowEnd) || windowEnd <= last.end) return last.end;
  // “… for the nomination.” ends its sentence inside the marks.
  if (/[.!?]['"\u201D\u2019]{0,3}$/u.test(text.slice(last.start, last.end))) return last.end;
  const rest = text.slice(last.end, windowEnd);
  const stop = NEW_STATEMENT.exec(rest);
  const trimmed = trimEnd(stop ? rest.slice(0, stop.index) : rest);
  return trimmed.length === 0 || /[\u201C"«]/.test(trimmed) ? last.end : last.end + trimmed.length;
}

/** Without final spaces, periods and commas (a loop: /[\s.,]+$/ rescans a long run from each of its positions). */
function trimEnd(clause: string): string {
  let end = clause.length;
  while (end > 0 && /[\s.,]/u.test(clause[end - 1]!)) end--;
  return clause.slice(0, end);
}

/** A quotation that is a sentence of its own: a capital after the mark, a final mark before the close. */
function isFullSentence(text: string, parts: readonly Span[]): boolean {
  const inner = innerText(text, parts);
  return /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner);
}

/** The quoted words without their marks, whatever the marks' length ('' is two characters). */
function innerText(text: string, parts: readonly Span[]): string {
  return parts.map((p) => trimMarks(text.slice(p.start, p.end))).join(' ');
}

const OPENING_MARKS = new Set(['\'', '"', '\u201C', '\u2018', '\u00AB', '\u201E', '\u300C', '\u300E', '\u201F']);
const CLOSING_MARKS = new Set(['\'', '"', '\u201D', '\u2019', '\u00BB', '\u201C', '\u300D', '\u300F']);

/** Without its opening and closing marks; a loop, since /['"]+$/ rescans a long run of marks from each of its positions. */
function trimMarks(quoted: string): string {
  let start = 0;
  let end = quoted.length;
  while (start < end && OPENING_MARKS.has(quoted[start]!)) start++;
  while (end > start && CLOSING_MARKS.has(quoted[end - 1]!)) end--;
  return quoted.slice(start, end);
}

function countWords(text: string, parts: readonly Span[]): number {
  let n = 0;
  for (const p of parts) n += (text.slice(p.start, p.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return n;
}

export function sentenceEndsOutsideQuotes(text: string, found: readonly FoundQuote[]): number[] {
  const all = sentenceEnds(text);
  const parts = found.flatMap((q) => q.parts);
  const out: number[] = [];
  let p = 0;
  for (const end of all) {
    while (p < parts.length && parts[p]!.end < end) p++;
    const part = parts[p];
    if (part && end > part.start && end < part.end) continue;
    out.push(end);
  }
  return out;
}

function paragraphEndOf(text: string, breaks: readonly number[], part: QuotePart): number {
  const n = endsUpTo(breaks, part.end - 1);
  return n < breaks.length ? breaks[n]! : text.length;
}

function isPreviousParagraph(text: string, breaks: readonly number[], previousStart: number, start: number): boolean {
  const nextBreak = breakAtOrAfter(breaks, previousStart);
  return nextBreak !== -1 && text.slice(nextBreak, start).trim() === '';
}

/** How many sentence ends are <= offset (ends are sorted). */
function endsUpTo(ends: readonly number[], offset: number): number {
  return partitionPoint(ends.length, (i) => ends[i]! <= offset);
}

/** The greatest sentence end <= offset, or 0. */
function lastBefore(ends: readonly number[], offset: number): number {
  const n = endsUpTo(ends, offset);
  return n > 0 ? ends[n - 1]! : 0;
}

/** The smallest sentence end > offset, or Infinity. */
function firstAfter(ends: readonly number[], offset: number): number {
  const n = endsUpTo(ends, offset);
  return n < ends.length ? ends[n]! : Infinity;
}
