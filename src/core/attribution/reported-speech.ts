/**
 * Reported speech without quotation marks: "The mayor said the barrier would be finished by
 * 2030." / "The barrier will cost more, officials said." / "According to the council, …".
 * One pass over the sentences that hold no attributed quotation (quotes have their own stage;
 * a reported clause before a quote in its sentence is read here), matching the newsroom
 * patterns listed in docs/attribution.md; the source resolves like a quote's.
 */
import type { DatasetIndex } from '../dataset/dataset-index.js';
import type { Mention } from '../entities/link-mentions.js';
import { breakAtOrAfter, paragraphBreaks } from '../text/paragraphs.js';
import { isCapitalised, type Token } from '../text/tokens.js';
import type { Span, Speaker, TextSpan } from '../types.js';
import { afterPossessive, cueSpan, isCue, isSpeakerDescription, namedApposition, openingSubject, progressiveCue, readsAsVerb, resolvePhrase, spanOf, tokensIn } from './attribute-quotes.js';
import { ADDRESSEE_CUES, ADJUNCT_STARTS, CLAUSE_BREAKS, CLAUSE_OPENER, DETERMINERS, EVIDENCE_NOUNS, EVIDENCE_VERBS, LEADING_CONJUNCTIONS, NEXT_STATEMENT_VERBS, NOT_NAMES, NOUN_LIKE_CUES, NUMBER_WORD, PARTICIPLE_CUES, PREPOSITIONS, PRONOUNS, QUANTIFIERS, RELATIVE_OPENERS, ROLE_NOUNS, SHOW_VERBS, SPEAKER_CUE_FILLERS, SPEECH_VERBS, STANCE_VERBS, SUBORDINATE_CUES, SUBORDINATORS } from './cues.js';

const ADDRESSEES = new Set('reporters me us him her them the a an journalists supporters voters'.split(' '));
const CLAUSE_PRONOUNS = new Set('he she they it we i there'.split(' '));

import type { FoundQuote } from './find-quotes.js';
import { NameTracker } from './name-tracker.js';
import { nameAfterTitleOf, phraseBetween, phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from './speaker-phrase.js';

export interface ReportedSpeech {
  content: Span;
  speaker: Speaker;
  cue: TextSpan;
  confidence: number;
}

/** A reported clause shorter than this is too little to be a statement ("he said so"). */
const MIN_CONTENT_WORDS = 4;
/** Words allowed after a trailing attribution ("…, officials said on Tuesday in a statement."). */
const MAX_WORDS_AFTER_CUE = 6;

/** A quote the quote stage attributed, with where its reported content starts (a mixed quote's clause). */
export interface AttributedQuoteParts extends FoundQuote {
  contentStart: number;
  /** Where its cue starts, when it has one: that cue reports the quote, not a clause of its own. */
  cueStart: number | null;
  speaker: Speaker;
  confidence: number;
}

/** A part of an attributed quote, with what the statement after it needs of the quote. */
type QuotePartWithSpeaker = Span & Pick<AttributedQuoteParts, 'speaker' | 'confidence' | 'cueStart'>;

export function findReportedSpeech(
  text: string,
  tokens: readonly Token[],
  quotes: readonly AttributedQuoteParts[],
  ends: readonly number[],
  mentions: readonly Mention[],
  index: DatasetIndex,
): ReportedSpeech[] {
  const names = new NameTracker(text, tokens, mentions, index, quotes);
  const breaks = paragraphBreaks(text);
  const out: ReportedSpeech[] = [];
  const parts = quotes.flatMap((q) => q.parts.map((part, i) => ({ ...part, contentStart: i === 0 ? q.contentStart : part.start, speaker: q.speaker, confidence: q.confidence, cueStart: q.cueStart })));
  // "“Why?” Ek said of the plan, …": the sentence after a question holds the quote's own cue.
  const quoteCues = new Set(quotes.map((q) => q.cueStart).filter((c) => c !== null));
  let p = 0;
  let start = 0;
  for (const end of [...ends, text.length]) {
    for (const sentence of splitParagraphs(text, breaks, start, end)) {
      while (p < parts.length && parts[p]!.end <= sentence.start) p++;
      const part = parts[p];
      let span = sentence;
      if (part && part.start < sentence.end) {
        // "X called it “a folly” and said the rest …": after the sentence's last quote, the speaker's next statement.
        const after = statementAfterQuotes(text, tokens, parts, p, sentence);
        if (after) out.push(after);
        // Holds a quotation: the quote stage decides, except for a reported clause of its own before
        // the quote ("X said he saw no need to change, telling Y that “…”"), up to its last comma.
        const cut = part.start > sentence.start && part.contentStart >= part.start ? sentence.start + text.slice(sentence.start, part.start).lastIndexOf(',') : -1;
        // "Asked about it, Berg said, “…”": a comma right before the quote belongs to its own attribution.
        if (cut <= sentence.start || !/\p{L}+[^\p{L}]+\p{L}+/u.test(text.slice(cut + 1, part.start))) continue;
        span = { start: sentence.start, end: cut };
      }
      names.advanceTo(sentence.start);
      for (const relative of relativeAttributions(text, tokens, span)) {
        if (reportsNothing(text, relative.cue, relative.content)) continue;
        // "Cruz, who said he would use it sparingly, …": "who" as written, the person before it as the speaker.
        const person = names.resolveName(spanOf(text, tokens, relative.antecedent.nameFirst, relative.antecedent.last));
        if (!person?.certain) continue;
        const mention = spanOf(text, tokens, relative.phrase.first, relative.phrase.last);
        out.push({ content: relative.content, speaker: { mention, name: person.name, entityId: person.entityId, resolution: 'explicit' }, cue: relative.cue, confidence: 0.7 });
      }
      const found = matchSentence(text, tokens, span);
      if (!found || quoteCues.has(found.cue.start) || reportsNothing(text, found.cue, found.content)) continue;
      // A source that is a whole quotation is quoted words, not a speaker (“Safety,” said …); one
      // that opens a longer quotation may be its own nested attribution (“He told me …”).
      const before = text.slice(Math.max(0, tokens[found.phrase.first]!.start - 1), tokens[found.phrase.first]!.start);
      const after = text.slice(tokens[found.phrase.last]!.end, tokens[found.phrase.last]!.end + 2);
      if (/["\u201C\u2018\u00AB\u201E]$/u.test(before) && /^[,.!?]?["\u201D\u2019\u00BB]/u.test(after)) continue;
      const resolved = resolvePhrase(text, tokens, found.phrase, names, sentence.start);
      if (!resolved) continue;
      // "Latest: …", "Breaking: …": a label is a speaker only when the article names that person.
      if (found.label) {
        const named = names.personNamedElsewhere(tokens[found.phrase.last]!.text, resolved.speaker.mention.start);
        if (!named) continue;
        if (named.person && resolved.speaker.entityId === null) resolved.speaker = { ...resolved.speaker, name: named.person.name, entityId: named.person.entityId };
      }
      // "according to" marks its object as the source whatever it is ("a poll", "the data").
      const confidence = found.phrase.cueMarksSource && resolved.speaker.entityId === null ? Math.max(resolved.confidence, 0.65) : resolved.confidence;
      out.push({ content: found.content, speaker: resolved.speaker, cue: found.cue, confidence: Math.min(confidence, 0.8) });
      if (resolved.confidence >= 0.7) names.noteSpeaker(resolved.speaker, resolved.speaker.mention.end);
    }
    start = end;
  }
  return out;
}

/**
 * A verb of saying that, with the words after it, reports no statement: "was accused of",
 * "charged with", "declared the winner", "found himself", "adding to her lead", "maintains a lead",
 * "continues to trail", "(when) asked about", "reported from Seoul", "Headers objects have", "is
 * said to be". Each was wrong in most of its uses on the PolNeAR train split or on real pages.
 */
function reportsNothing(text: string, cue: TextSpan, content: Span): boolean {
  const verb = cue.text.toLowerCase();
  const head = text.slice(content.start, Math.min(content.end, content.start + 60));
  const [first = '', second = ''] = head.toLowerCase().split(/[^\p{L}'’-]+/u);
  // "Execution is said to be complete": a passive verb of saying gives its subject no words
  // ("was telling", "is worried that" are active; "is reported to have said that …" is X's statement).
  const haveSaid = first === 'to' && second === 'have';
  if (!/ing$|^worried$/.test(verb) && !haveSaid && /\b(?:is|are|was|were|be|been|being)\s+$/.test(text.slice(Math.max(0, cue.start - 8), cue.start))) return true;
  if (/^(?:accused|charged)$/.test(verb)) return /^(?:of|with)$/.test(first);
  if (/^declared?s?$/.test(verb)) return first === 'winner' || (first === 'the' && second === 'winner');
  if (/^(?:found|finds?)$/.test(verb)) return REFLEXIVES.has(first);
  if (/^add(?:s|ed|ing)$/.test(verb)) return first === 'to';
  // "maintains a wide lead", but "maintained the pier would hold" and "maintains his view that …".
  if (/^maintain(?:s|ed)?$/.test(verb)) return (/^(?:a|an|the)$/.test(first) || POSSESSIVE_DETERMINERS.has(first)) && STANDING_NOUNS.test(head.slice(0, 50));
  if (/^continu(?:e|es|ed)$/.test(verb)) return first === 'on' || (first === 'to' && !verbForms(second).some((form) => isCue(form) || STANCE_VERBS.has(form)) && !CONTINUED_STATEMENT_VERBS.has(second));
  if (verb === 'asked') return first === 'about' || first === 'to';
  if (/^report(?:s|ed)$/.test(verb)) return first === 'from';
  return NOUN_LIKE_CUES.has(verb) && AUXILIARIES.has(first);
}

/** "deny" -> denies, denied; "say" -> says; "insist" -> insists, insisted: the forms the cue lexicons list. */
function verbForms(base: string): string[] {
  return [base, `${base}s`, `${base}es`, `${base}d`, `${base}ed`, base.replace(/y$/, 'ies'), base.replace(/y$/, 'ied')];
}

/** What one maintains without saying anything: a lead, an edge, a pace. */
const STANDING_NOUNS = /^\S+(?:\s+\S+){0,3}?\s+(?:lead|lock|edge|advantage|margin|majority|pace|grip|presence|array|position|record|ties|relationship|control)\b/u;

const REFLEXIVES: ReadonlySet<string> = new Set('himself herself itself themselves myself ourselves yourself'.split(' '));
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set('his her their its our my your'.split(' '));
const AUXILIARIES: ReadonlySet<string> = new Set('can could will would should may might must have has had are is was were be do does did'.split(' '));
/** "continued to push for …", "continues to question …": ongoing verbs the gold counts as statements. */
const CONTINUED_STATEMENT_VERBS: ReadonlySet<string> = new Set('push press question portray refute express needle assure hammer attack criticize criticise defend call'.split(' '));

// White space runs are bounded (\s{1,3}) so that a long run of spaces is not rescanned from each position.
const NEXT_STATEMENT = new RegExp(String.raw`^[\s,.\u201D\u2019"']{0,4}?,?\s{1,3}(?:and|but)\s{1,3}(?:also\s{1,3})?(${NEXT_STATEMENT_VERBS})\s{1,3}(?:that\s{1,3})?`, 'u');

/**
 * The quoting speaker's next statement after the sentence's last quote ("Berg called it “a folly”
 * and said the pier …"), if any: only when that quote's speaker is named in the sentence right
 * before its own verb (so the subject of "and said" is the same person), never more sure than the quote.
 */
function statementAfterQuotes(text: string, tokens: readonly Token[], parts: readonly QuotePartWithSpeaker[], p: number, sentence: Span): ReportedSpeech | null {
  let last = p;
  while (last + 1 < parts.length && parts[last + 1]!.start < sentence.end) last++;
  const part = parts[last]!;
  if (part.end >= sentence.end) return null;
  // "Berg called it …", "Berg sharply criticised the plan as …": the speaker opens the words before
  // the quote, then at most an adverb, then the one verb ("Berg said the mayor had called …" has two).
  const { mention } = part.speaker;
  if (mention.start < sentence.start || mention.end > part.start) return null;
  const { lo, hi: before } = tokensIn(tokens, { from: mention.end, to: part.start });
  const verb = lo + (/^[a-z]+ly$/.test(tokens[lo]?.text ?? '') ? 1 : 0);
  if (verb > before || !readsAsVerb(tokens[verb]!.text) || /[,;:]/.test(text.slice(mention.end, part.start))) return null;
  for (let k = verb + 1; k <= before; k++) if (readsAsVerb(tokens[k]!.text) || /^(?:that|who|which)$/.test(tokens[k]!.text)) return null;
  const m = NEXT_STATEMENT.exec(text.slice(part.end, sentence.end));
  if (!m) return null;
  const content = { start: part.end + m[0].length, end: sentence.end };
  // "and said nothing about …", "and said to be fair …": no statement follows.
  if (/^(?:nothing|no|little|to)\b/iu.test(text.slice(content.start, content.end))) return null;
  const words = tokensIn(tokens, { from: content.start, to: content.end });
  if (words.hi - words.lo + 1 < MIN_CONTENT_WORDS) return null;
  const cueStart = part.end + m[0].indexOf(m[1]!, m[0].search(/\s(?:and|but)\s/u));
  return { content, speaker: part.speaker, cue: { start: cueStart, end: cueStart + m[1]!.length, text: m[1]! }, confidence: Math.min(0.7, part.confidence) };
}

function splitParagraphs(text: string, breaks: readonly number[], start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (let i = breakAtOrAfter(breaks, from); i !== -1 && i < end; i = breakAtOrAfter(breaks, from)) {
    spans.push({ start: from, end: i });
    from = i + 1;
  }
  spans.push({ start: from, end });
  return spans.map((s) => trim(text, s)).filter((s) => s.end > s.start);
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.!?]/.test(text[end - 1]!)) end--;
  return { start, end };
}

interface SentenceMatch {
  phrase: SpeakerPhrase;
  cue: TextSpan;
  content: Span;
  /** A paragraph's opening "Name:" label. */
  label?: boolean;
}

function matchSentence(text: string, tokens: readonly Token[], s: Span): SentenceMatch | null {
  const { lo, hi } = tokensIn(tokens, { from: s.start, to: s.end });
  if (hi - lo < MIN_CONTENT_WORDS + 1) return null;
  const lower = (k: number) => tokens[k]!.text.toLowerCase();
  const comma = (k: number) => /,/.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? s.end));

  // "According to the council, …" / "…, according to the council, and …" / "…, according to a poll.":
  // wherever it stands after a comma (or opens the sentence), what it names is the source.
  for (let a = lo; a < hi; a++) {
    if (lower(a) !== 'according' || tokens[a + 1]?.text !== 'to' || (a > lo && !comma(a - 1))) continue;
    if (a + 2 > hi) return null; // "…, according to" with nothing after it
    let c = a + 2;
    while (c < hi && !comma(c) && c - a < 14) c++;
    const phrase = accordingSource(text, tokens, a + 2, c);
    if (!phrase) return null;
    const cue = cueSpan(tokens, a, a + 1, text);
    if (a - lo >= MIN_CONTENT_WORDS) return { phrase, cue, content: { start: s.start, end: tokens[a - 1]!.end } };
    if (c < hi && hi - c >= MIN_CONTENT_WORDS) return { phrase, cue, content: { start: tokens[c + 1]!.start, end: s.end } };
    return null;
  }

  const labelled = speakerLabel(text, tokens, lo, hi, s) ?? headlineCue(text, tokens, lo, hi, s);
  if (labelled) return labelled;

  // "In a Des Moines poll last month, Cruz led by ten points": the poll is the source of the rest.
  if (/^in$/i.test(tokens[lo]!.text)) {
    let c = lo + 1;
    while (c < hi && c - lo < MAX_EVIDENCE_SUBJECT_WORDS && !comma(c)) c++;
    if (comma(c) && evidenceSource(tokens, lo + 1, c + 1) && DETERMINERS.has(tokens[lo + 1]!.text.toLowerCase()) && hi - c >= MIN_CONTENT_WORDS) {
      return { phrase: evidencePhrase(tokens, lo + 1, c + 1), cue: cueSpan(tokens, lo, lo, text), content: { start: tokens[c + 1]!.start, end: s.end } };
    }
  }

  // The barrier will cost more, officials said (on Tuesday). / …, according to the council.
  for (let k = hi - 1; k >= lo + MIN_CONTENT_WORDS - 1 && hi - k <= MAX_WORDS_AFTER_CUE + 10; k--) {
    if (!comma(k)) continue;
    const tail = k + 1;
    // "…, and the council responded": a coordinated clause, not an attribution of what precedes.
    if (/^(and|but|or|so|yet)$/i.test(tokens[tail]!.text)) break;
    // "…, fundraising documents show." / "…, the poll found.": evidence, with the verb ending the sentence.
    if (EVIDENCE_VERBS.has(tokens[hi]!.text) && evidenceSource(tokens, tail, hi)) {
      return { phrase: evidencePhrase(tokens, tail, hi), cue: cueSpan(tokens, hi, hi, text), content: { start: s.start, end: tokens[k]!.end } };
    }
    let c = tail;
    while (c <= hi && c - tail <= 9 && (!isCue(tokens[c]!.text) || pluralNounAt(tokens, c))) c++;
    if (c > hi || !isCue(tokens[c]!.text) || hi - c > MAX_WORDS_AFTER_CUE) break;
    // "…, saying the ferries …": a participle after a comma starts the subject's own clause.
    if (c === tail && PARTICIPLE_CUES.has(tokens[c]!.text)) break;
    // "…, Berg said the pier needs piles": words after the cue that open a clause, not a time or
    // place ("on Monday", "in a statement") or whom it was told, make it the sentence's own verb.
    if (c < hi && c > tail && !/^(told|tells)$/.test(tokens[c]!.text) && !ADJUNCT_STARTS.has(tokens[c + 1]!.text) && !isCapitalised(tokens[c + 1]!.text)) break;
    const phrase = c === tail ? phraseStartingAt(text, tokens, c + 1, hi) : phraseBetween(text, tokens, tail, c - 1);
    // "…, said the timetable is too thin": words after the cue that describe no speaker are a clause.
    if (phrase && c === tail && phrase.kind === 'description' && !isSpeakerDescription(text.slice(tokens[phrase.first]!.start, tokens[phrase.last]!.end))) break;
    // "…, said X." ends the sentence with X, or X is followed by a time, a place or an apposition;
    // "…, said the ferries would return in May" is a clause, not a source.
    if (phrase && c === tail && phrase.last < hi && !comma(phrase.last) && !ADJUNCT_STARTS.has(tokens[phrase.last + 1]!.text)) break;
    if (phrase) return { phrase, cue: cueSpan(tokens, c, c, text), content: { start: s.start, end: tokens[k]!.end } };
    break;
  }

  // The mayor said (that) the barrier would be finished by 2030. The subject opens the sentence,
  // or follows an opening phrase set off by a comma ("On Tuesday, the mayor said …").
  // Candidates: the sentence's first word, then the word after each comma in its opening words.
  const opens = [lo];
  // "But he said …", "And the FBI said …": a leading conjunction is not the subject.
  if (LEADING_CONJUNCTIONS.has(tokens[lo]!.text) && !comma(lo)) opens.push(lo + 1);
  // Only after an opening phrase ("On Tuesday," "Like other engineers …,"), not after a name and
  // its apposition, whose parts ("…, Texas, said") are no subjects.
  const opener = tokens[lo]!.text;
  const named = isCapitalised(opener) && !NOT_NAMES.has(opener) ? phraseStartingAt(text, tokens, lo, hi) : null;
  if (!(named?.kind === 'name' && named.last > lo && comma(named.last))) {
    for (let k = lo; k < Math.min(hi, lo + MAX_OPENING_WORDS); k++) {
      // "LUND (Wire) — Tomas Berg said …": a dateline's dash ends an opening too.
      if (k < lo + 8 && /^[)\s]*[\u2014\u2013]\s*$|^[)\s]*\s-\s+$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) opens.push(k + 1);
      if (!comma(k)) continue;
      opens.push(k + 1);
      // "…, and the agency said …", "…, but he said …": a new clause with its own subject.
      if (/^(and|but)$/.test(tokens[k + 1]?.text ?? '')) opens.push(k + 2);
    }
  }
  // "Barkley, who said he votes …, said one candidate …": the relative clause's cue is not the sentence's.
  if (named?.kind === 'name' && comma(named.last) && RELATIVE_OPENERS.has(tokens[named.last + 1]?.text ?? '')) {
    let k = named.last + 2;
    while (k < hi && k - named.last < 20 && !comma(k)) k++;
    const c = k + 1;
    if (comma(k) && c <= hi && isCue(tokens[c]!.text) && hi - c > MIN_CONTENT_WORDS) {
      return { phrase: named, cue: cueSpan(tokens, c, c, text), content: { start: tokens[c + 1]!.start, end: s.end } };
    }
  }
  // "Jon Ek of Visby, a pilot who has refused to back the plan, said …": past a long apposition,
  // whose own verbs ("refused", "back") are not the sentence's cue.
  // A full name only: a lone capitalised word before a comma is more often "Moreover," or a dateline.
  if (named?.kind === 'name' && named.last > named.nameFirst && comma(named.last)) {
    const described = namedApposition(text, tokens, lo, hi);
    if (described && !ADDRESSEE_CUES.has(tokens[described.cue]!.text) && hi - described.cue >= MIN_CONTENT_WORDS) {
      return { phrase: described.phrase, cue: cueSpan(tokens, described.cue, described.cue, text), content: { start: tokens[described.cue + 1]!.start, end: s.end } };
    }
  }
  // "A spokesman for the mayor defended the route and said the police …": the subject of both verbs,
  // unless a verb of saying comes first ("Berg said Moll and the council had agreed and said …" is Berg's).
  for (let c = lo + 2; c < Math.min(hi - MIN_CONTENT_WORDS, lo + 24); c++) {
    if (SPEECH_VERBS.has(tokens[c - 1]!.text)) break;
    if (!/^(?:and|but)$/.test(tokens[c - 1]!.text) || !SPEECH_VERBS.has(tokens[c]!.text) || tokens[c]!.text.endsWith('ing')) continue;
    // "but" itself is no subordinate clause for openingSubject: the subject's words end before it.
    // The subject opens the sentence or follows its opening phrase ("Last month, Ek …").
    const to = tokens[c - 1]!.text === 'but' ? c - 2 : c - 1;
    let subject: SpeakerPhrase | null = null;
    for (const open of opens) if (open < to && (subject = openingSubject(text, tokens, open, to, true))) break;
    if (subject) return { phrase: subject, cue: cueSpan(tokens, c, c, text), content: { start: tokens[c + 1]!.start, end: s.end } };
    break;
  }
  for (const open of opens) {
    const found = subjectCueClause(text, tokens, lo, open, hi, s);
    if (found) return found;
  }
  // "… was booed when she said the attack was unfair": a subordinate clause's own attribution,
  // tried after the sentence's main subject; one opening the sentence ends at its comma.
  for (let k = lo; k < hi - MIN_CONTENT_WORDS; k++) {
    if (!SUBORDINATORS.has(tokens[k]!.text.toLowerCase()) || (k > lo && tokens[k]!.text !== tokens[k]!.text.toLowerCase())) continue;
    const next = tokens[k + 1]!.text;
    if (!PRONOUNS.has(next) && !(isCapitalised(next) && !NOT_NAMES.has(next))) continue;
    const found = subjectCueClause(text, tokens, lo, k + 1, hi, s);
    // Only plain speech verbs: "as Clinton continues to lead", "since he declared for president" report nothing.
    if (!found || !SUBORDINATE_CUES.has(found.cue.text)) continue;
    if (k === lo) {
      const comma = text.slice(found.content.start, s.end).indexOf(',');
      if (comma === -1) continue;
      found.content = { start: found.content.start, end: found.content.start + comma };
    }
    return found;
  }
  return parentheticalAttribution(text, tokens, lo, hi, s) ?? participleAttribution(text, tokens, lo, hi, s, opens);
}

/** "Ek spoke on Monday, saying the ferries would return": the sentence's opening subject says it. */
function participleAttribution(text: string, tokens: readonly Token[], lo: number, hi: number, s: Span, opens: readonly number[]): SentenceMatch | null {
  for (let c = lo + 2; c < hi - MIN_CONTENT_WORDS; c++) {
    if (!PARTICIPLE_CUES.has(tokens[c]!.text) || !/,/.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start))) continue;
    // The subject opens the sentence, or follows its opening phrase ("In a speech on Tuesday, Ek …").
    let phrase: SpeakerPhrase | null = null;
    for (const open of opens) if (open < c - 1 && (phrase = openingSubject(text, tokens, open, c - 1))) break;
    if (!phrase) return null;
    return { phrase, cue: cueSpan(tokens, c, c, text), content: { start: tokens[c + 1]!.start, end: s.end } };
  }
  return null;
}

/**
 * "But the years that followed, he said, brought a shift": a source and cue set off by commas
 * inside the sentence; the content is the sentence around them.
 */
function parentheticalAttribution(text: string, tokens: readonly Token[], lo: number, hi: number, s: Span): SentenceMatch | null {
  const comma = (k: number) => /,/.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? s.end));
  // From the first word: "Otherwise, she said, countries …" has a one-word opener.
  for (let k = lo; k < hi - MIN_CONTENT_WORDS; k++) {
    if (!comma(k)) continue;
    let c = k + 1;
    while (c < hi && c - k <= 5 && !isCue(tokens[c]!.text) && !comma(c)) c++;
    if (c >= hi || c === k + 1 || !isCue(tokens[c]!.text) || !comma(c)) continue;
    const phrase = phraseBetween(text, tokens, k + 1, c - 1);
    if (!phrase) continue;
    if (hi - c < 2) return null;
    return { phrase, cue: cueSpan(tokens, c, c, text), content: { start: s.start, end: s.end } };
  }
  return null;
}

/**
 * "voters in other states", "after two claims": a cue word that is also a plural noun, after a
 * preposition or a counting word, is the noun (unless "that" follows: "the mayor states that").
 */
function pluralNounAt(tokens: readonly Token[], c: number): boolean {
  const previous = tokens[c - 1]?.text ?? '';
  return NOUN_LIKE_CUES.has(tokens[c]!.text) && tokens[c + 1]?.text !== 'that' && (PREPOSITIONS.has(previous) || QUANTIFIERS.has(previous) || previous === 'other');
}

function subjectCueClause(text: string, tokens: readonly Token[], lo: number, open: number, hi: number, s: Span): SentenceMatch | null {
  for (let c = open + 1; c <= Math.min(hi, open + MAX_EVIDENCE_SUBJECT_WORDS); c++) {
    // "A review of his filings shows …", "Exit polls taken in Ohio found that …": a poll, records or
    // a review opening the sentence, however long its description, speaks through "show" or "found".
    // A comma before the evidence noun ("Nevertheless, a survey …") means the subject starts after
    // it, at a later opening; one after it ("A review, released Monday, shows") is an apposition.
    const noun = tokens.slice(open, c).findIndex((t) => EVIDENCE_NOUNS.has(t.text.toLowerCase()));
    if (EVIDENCE_VERBS.has(tokens[c]!.text) && evidenceSource(tokens, open, c) && !/,/.test(text.slice(tokens[open]!.start, tokens[open + Math.max(noun, 0)]!.start))) {
      if (hi - c < MIN_CONTENT_WORDS) return null;
      const from = c + 1;
      return { phrase: evidencePhrase(tokens, open, c), cue: cueSpan(tokens, c, c, text), content: { start: tokens[from]!.start, end: s.end } };
    }
    // Ten words from the subject to its verb, or more past a set-off apposition ("Sanders, a senator
    // from Vermont and a self-described socialist, said").
    if (c > open + 10 && !(c <= open + MAX_OPENING_WORDS && /,/.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start)))) continue;
    // "The company shows no sign of …": "show" reports only when evidence does the showing (above).
    const stance = STANCE_VERBS.has(tokens[c]!.text) && !SHOW_VERBS.has(tokens[c]!.text);
    // In the progressive only before a clause: "is insisting that", not "is pressing Schumer" nor
    // "is charging it at cost".
    const progressive = progressiveCue(text, tokens, c) && CLAUSE_OPENER.test(tokens[c + 1]?.text ?? '');
    if ((!isCue(tokens[c]!.text) && !stance && !progressive) || tokens[c]!.text === 'according') continue;
    if (pluralNounAt(tokens, c)) continue;
    // "Putin’s remarks come …": after a possessive the word is a noun, not a reporting verb.
    if (afterPossessive(text, tokens, c)) return null;
    let phrase = phraseEndingAt(text, tokens, c - 1, open);
    // "the FBI said": a determiner before a name opens the subject too.
    if (!phrase || (phrase.first !== open && !(phrase.first === open + 1 && DETERMINERS.has(tokens[open]!.text)) && !titlePrefix(text, tokens, open, phrase))) {
      // "Aides to Clinton say", "critics like Huffman say": a speaker noun with what follows it.
      const words = text.slice(tokens[open]!.start, tokens[c - 1]!.end);
      const opener = tokens[open]!.text.toLowerCase();
      const opensPhrase = DETERMINERS.has(opener) || QUANTIFIERS.has(opener) || /^\d/.test(opener) || NUMBER_WORD.test(opener) || ROLE_NOUNS.has(opener);
      // Up to its first preposition, no verb and no name: "Tomas Berg attacked the board" is a clause.
      let head = open + 1;
      while (head < c && !PREPOSITIONS.has(tokens[head]!.text) && !/^(like|close|familiar)$/.test(tokens[head]!.text)) head++;
      const clause = tokens.slice(open + 1, head).some((t) => isCapitalised(t.text) || readsAsVerb(t.text));
      if (!opensPhrase || clause || c - open > MAX_DESCRIPTION_WORDS || /[,;:()]/.test(words) || !isSpeakerDescription(words)) return null;
      phrase = { kind: 'description', first: open, last: c - 1, nameFirst: open, title: null };
    }
    if (phrase.kind === 'name') phrase = { ...phrase, nameFirst: nameAfterTitleOf(tokens, phrase.nameFirst, phrase.last) };
    // "The years that followed, Lindqvist said, brought …": a cue set off by commas is parenthetical.
    if (open > lo && /,/.test(text.slice(tokens[open - 1]!.end, tokens[open]!.start)) && /,/.test(text.slice(tokens[c]!.end, tokens[c + 1]?.start ?? s.end))) return null;
    let from = c + 1;
    // "told reporters (that)": the person told is not the content.
    if (tokens[c]!.text === 'told' || tokens[c]!.text === 'tells') {
      // "told The Post and Courier newspaper of Charleston on Saturday that …": whom, where and when, then "that".
      while (from <= hi && from - c <= MAX_TOLD_WORDS && tokens[from]!.text !== 'that') from++;
      if (from > hi || tokens[from]!.text !== 'that') {
        // "told Harbour Radio he would stay": whom it was told (a name, "reporters"), then a
        // pronoun opening the reported clause.
        from = c + 1;
        while (from <= hi && from - c <= 6 && (isCapitalised(tokens[from]!.text) || ADDRESSEES.has(tokens[from]!.text)) && !/,/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from++;
        if (from === c + 1 || from > hi || !CLAUSE_PRONOUNS.has(tokens[from]!.text)) return null;
      }
    }
    if (hi - from + 1 < MIN_CONTENT_WORDS) return null;
    return { phrase, cue: cueSpan(tokens, c, c, text), content: { start: tokens[from]!.start, end: s.end } };
  }
  return null;
}

/**
 * "BERG: Well, the pier will hold." in a transcript, "Lindqvist: Ferries Return In May" as a
 * headline: a paragraph that opens with a name and a colon gives the name's words after it.
 */
function speakerLabel(text: string, tokens: readonly Token[], lo: number, hi: number, s: Span): SentenceMatch | null {
  // The name opens the paragraph itself: '^ "Groundhog Day: …' in a list of references is a title.
  if ((s.start > 0 && text[s.start - 1] !== '\n') || !/^(?:["\u201C]|[\u2022*\p{Pd}]\s*)?$/u.test(text.slice(s.start, tokens[lo]?.start ?? s.start))) return null;
  for (let k = lo; k <= Math.min(hi, lo + MAX_LABEL_WORDS - 1); k++) {
    const after = text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? s.end);
    if (!/^:\s+$/.test(after)) {
      if (/\S/.test(after)) return null; // punctuation before any colon: no label
      continue;
    }
    if (hi - k < MIN_LABEL_CONTENT_WORDS || !surnameShaped(tokens[k]!.text) || NOT_NAMES.has(tokens[lo]!.text)) return null;
    const phrase = phraseStartingAt(text, tokens, lo, k);
    if (!phrase || phrase.kind !== 'name' || phrase.last !== k) return null;
    return { phrase, cue: { start: tokens[k]!.end, end: tokens[k]!.end + 1, text: ':' }, content: { start: tokens[k + 1]!.start, end: s.end }, label: true };
  }
  return null;
}

/** ", who said (that) …": the relative clause's own attribution, up to the next comma or the sentence's end. */
function relativeAttributions(text: string, tokens: readonly Token[], s: Span): (SentenceMatch & { antecedent: SpeakerPhrase })[] {
  const { lo, hi } = tokensIn(tokens, { from: s.start, to: s.end });
  const out: (SentenceMatch & { antecedent: SpeakerPhrase })[] = [];
  for (let k = lo + 1; k < hi - MIN_CONTENT_WORDS; k++) {
    if (tokens[k]!.text !== 'who' || !/^,\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    let c = k + 1;
    while (c < hi && c - k <= 3 && SPEAKER_CUE_FILLERS.has(tokens[c]!.text)) c++;
    if (!SPEECH_VERBS.has(tokens[c]!.text) || PARTICIPLE_CUES.has(tokens[c]!.text)) continue;
    const antecedent = phraseEndingAt(text, tokens, k - 1, Math.max(lo, k - 8));
    // "thanked a spokesman for Tomas Berg, who said …": the name after a preposition may not be who.
    if (!antecedent || antecedent.kind !== 'name' || PREPOSITIONS.has(tokens[antecedent.first - 1]?.text ?? '')) continue;
    const from = c + 1;
    let to = from;
    while (to < hi && !/[,;:]/.test(text.slice(tokens[to]!.end, tokens[to + 1]!.start))) to++;
    if (to - from + 1 < MIN_CONTENT_WORDS) continue;
    out.push({ phrase: { kind: 'pronoun', first: k, last: k, nameFirst: k, title: null }, cue: cueSpan(tokens, c, c, text), content: { start: tokens[from]!.start, end: tokens[to]!.end }, antecedent });
  }
  return out;
}

/** "Harbour Chief Says Ferries Will Return": a title-case headline whose cue is capitalised too. */
function headlineCue(text: string, tokens: readonly Token[], lo: number, hi: number, s: Span): SentenceMatch | null {
  if ((s.start > 0 && text[s.start - 1] !== '\n') || hi - lo < MIN_CONTENT_WORDS + 2) return null;
  let capitalised = 0;
  for (let k = lo; k <= hi; k++) if (isCapitalised(tokens[k]!.text)) capitalised++;
  if (capitalised < (hi - lo + 1) * 0.7) return null;
  for (let c = lo + 1; c <= Math.min(hi - MIN_CONTENT_WORDS + 1, lo + 8); c++) {
    const word = tokens[c]!.text;
    if (!/^[A-Z][a-z]+$/.test(word) || !SPEECH_VERBS.has(word.toLowerCase())) continue;
    // "Lund Says Goodbye …" is no statement; "Board Tells Berg …" puts whom first.
    if (ADDRESSEE_CUES.has(word.toLowerCase())) return null;
    const phrase = phraseEndingAt(text, tokens, c - 1, lo);
    if (!phrase || phrase.first !== lo || phrase.kind !== 'name' || phrase.last === phrase.nameFirst) return null;
    return { phrase, cue: cueSpan(tokens, c, c, text), content: { start: tokens[c + 1]!.start, end: s.end } };
  }
  return null;
}

const MAX_LABEL_WORDS = 3;
/** A label's last word as a surname is written: "Berg", "McCain", "Lee-Hall", or a transcript's "BERG" ("APIs" is none). */
function surnameShaped(word: string): boolean {
  // Separate tests, each linear: one regex with two runs around a lower-case letter backtracked
  // quadratically on a long token ending in a digit.
  if (/^\p{Lu}['’\p{Lu}-]*\p{Lu}$/u.test(word)) return true;
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) && /\p{Ll}/u.test(word) && !/\p{Lu}{2}\p{Ll}+$/u.test(word);
}
const MAX_OPENING_WORDS = 24;
const MAX_TOLD_WORDS = 14;

/** "Palm Beach County Supervisor of Elections Susan Bucher": capitalised title words before a name. */
function titlePrefix(text: string, tokens: readonly Token[], open: number, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'name' || phrase.first - open > 6) return false;
  for (let k = open; k < phrase.first; k++) {
    if (!(isCapitalised(tokens[k]!.text) || /^(of|for|the)$/.test(tokens[k]!.text)) || NOT_NAMES.has(tokens[k]!.text)) return false;
    if (!/^\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
  }
  return true;
}
const MIN_LABEL_CONTENT_WORDS = 3;
/** The longest description opening a sentence before its cue ("The deputy head of the delegation to the forum"). */
const MAX_DESCRIPTION_WORDS = 12;

const MAX_EVIDENCE_SUBJECT_WORDS = 16;

/** Whether the words from `from` up to the verb at `verb` name evidence: a poll, records, a review. */
function evidenceSource(tokens: readonly Token[], from: number, verb: number): boolean {
  if (verb - from < 1 || verb - from > MAX_EVIDENCE_SUBJECT_WORDS) return false;
  for (let k = from; k < verb; k++) if (CLAUSE_BREAKS.has(tokens[k]!.text)) return false;
  for (let k = from; k < Math.min(verb, from + 5); k++) if (EVIDENCE_NOUNS.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}


function evidencePhrase(tokens: readonly Token[], from: number, verb: number): SpeakerPhrase {
  return { kind: 'description', first: from, last: verb - 1, nameFirst: from, title: null, cueMarksSource: true };
}

/**
 * What "according to" names, up to the next comma: a name when it ends there ("the National
 * Police Agency"), else the whole phrase as a description ("an ABC News-Washington Post poll").
 */
function accordingSource(text: string, tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  if (from > to) return null;
  const phrase = phraseStartingAt(text, tokens, from, to);
  if (phrase && phrase.kind !== 'description' && phrase.last === to) return phrase;
  if (phrase?.kind === 'pronoun') return phrase;
  return { kind: 'description', first: from, last: to, nameFirst: from, title: null, cueMarksSource: true };
}
