/**
 * Finds the sentences of an article that assert, report or dispute a known claim.
 *
 * 1. Retrieval: keys derived from the article (its words, word stems, numbers and linked
 *    entities) look up the claims posted under them (./claim-keys.ts); the rest of the dataset is
 *    never touched, so the cost does not grow with the number of claims.
 * 2. Verification: every condition of a candidate (each entity, each term group, each number)
 *    must hold in a sentence or, failing that, in the sentence just before it in the same
 *    paragraph (where "he" or "the book" get their names). At least one term group must be in
 *    the sentence itself. A claim whose rules name no entity must be met whole in one sentence
 *    of ordinary length: common words spread over a long sentence prove nothing.
 *    A claim first made well after the article's date is not looked for in it.
 * 3. Scoring: conditions met in the sentence count 1, those met only in the one before count
 *    1/2; the score is their share. Each claim gets at most one note, on its best sentence, and
 *    only at or above CLAIM_SCORE_THRESHOLD.
 *
 * Written by hand: no library does claim matching on a device; this is keyword retrieval plus
 * rule verification, with the rules in the claim records where a reviewer can read them.
 */
import type { DatasetIndex } from '../dataset/dataset-index.js';
import { padDate } from '../dataset/roles.js';
import type { ClaimRecord } from '../dataset/types.js';
import { anchorSpan } from '../text/anchor-span.js';
import { sentenceEnds } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';
import { CLAIM_SCORE_THRESHOLD, type ClaimAnnotation } from '../types.js';
import { conditionKeys, MAX_STEM, MIN_STEM, termWords } from './claim-keys.js';
import { digitNumbers, numberWord } from './numbers.js';
import { partitionPoint } from '../text/sorted-search.js';

/** A linked name or a quote's speaker, placed in the text. */
export interface EntityPlacement {
  entityId: string;
  start: number;
  end: number;
}

interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** Number of words, filled in by wordsOf. */
  words: number;
}

/** Occurrences of one term group tried per sentence when giving each group its own words. */
const MAX_OPTIONS = 6;

/** Longest sentence (in words) that may carry a claim note with no named entity in its rules. */
const MAX_UNPINNED_WORDS = 45;

interface Word {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

/** Where a condition holds: sentence index -> the words that met it there. */
type Hits = Map<number, string>;

// Negation and denial cues; the claim's own matched words ("nonsense" in a claim about calling
// something nonsense) are not counted.
const NEGATION = /\b(?:no|not|never|none|nor|deny|denies|denied|denying|denial|false|falsely|untrue|nonsense|baseless|unfounded|groundless|debunk\w*|hoax|myth|disproven|refuted?|refutes|rejected|dismissed)\b|n['\u2019]t\b/giu;

export function matchClaims(
  text: string,
  tokens: readonly Token[],
  entities: readonly EntityPlacement[],
  index: DatasetIndex,
  articleDate: string | null = null,
): ClaimAnnotation[] {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return [];
  const words = wordsOf(tokens, sentences);
  const positions = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = positions.get(w.text);
    if (list) list.push(i);
    else positions.set(w.text, [i]);
  });
  const numbers = numbersBySentence(text, sentences, words);
  const entitySentences = new Map<string, Hits>();
  for (const e of entities) {
    let hits = entitySentences.get(e.entityId);
    if (!hits) entitySentences.set(e.entityId, (hits = new Map()));
    // A quote's speaker stands in every sentence of the quote; a name in its own.
    const from = sentenceAt(sentences, e.start);
    const to = Math.max(from, sentenceAt(sentences, Math.max(e.start, e.end - 1)));
    for (let s = from; s >= 0 && s <= to; s++) if (!hits.has(s)) hits.set(s, text.slice(e.start, e.end));
  }

  const keys = articleKeys(positions, numbers, entitySentences);
  const notes: ClaimAnnotation[] = [];
  for (const id of index.claimsForKeys(keys)) {
    const record = index.get(id);
    if (record?.kind !== 'claim') continue;
    if (articleDate && predates(articleDate, record)) continue;
    // Cheap test first: every condition needs one of its keys somewhere in the article.
    if (!conditionKeys(record.match).every((options) => options.some((k) => keys.has(k)))) continue;
    const note = bestSentence(text, record, sentences, words, positions, numbers, entitySentences);
    if (!note || note.score < CLAIM_SCORE_THRESHOLD) continue;
    const sentence = sentences[note.sentence]!;
    notes.push({
      kind: 'claim',
      id: '',
      claimId: record.id,
      span: anchorSpan(text, sentence.start, sentence.end),
      score: Math.round(note.score * 100) / 100,
      stance: stanceOf(text.slice(sentence.start, sentence.end), record),
      why: note.why,
    });
  }
  notes.sort((a, b) => a.span.start - b.span.start || (a.claimId < b.claimId ? -1 : 1));
  notes.forEach((n, i) => (n.id = `c${i + 1}`));
  return notes;
}

/** Days of slack for claimant dates given only to the month or year, or slightly late. */
const CLAIM_DATE_SLACK_DAYS = 60;

/** An article published before anyone made the claim cannot be repeating it. */
function predates(articleDate: string, claim: ClaimRecord): boolean {
  const dates = claim.claimants.map((c) => Date.parse(`${padDate(c.date)}T00:00:00Z`)).filter(Number.isFinite);
  if (dates.length === 0) return false;
  const article = Date.parse(`${articleDate.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(article) && article < Math.min(...dates) - CLAIM_DATE_SLACK_DAYS * 86_400_000;
}

/** Sentences within paragraphs (lines of the article text). */
function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const lines = /[^\n]+/g;
  // Sentence ends found once for the whole text (no end spans a line break): asked line by line, a
  // scan could run on from each line to the page's next sentence end.
  const ends = sentenceEnds(text);
  let e = 0;
  for (let m = lines.exec(text); m !== null; m = lines.exec(text)) {
    const from = m.index;
    const to = m.index + m[0].length;
    let start = from;
    const cut = (end: number) => {
      const s = trimmed(text, start, end);
      if (s) out.push({ ...s, paragraph, words: 0 });
      start = end;
    };
    for (; e < ends.length && ends[e]! <= to; e++) cut(ends[e]!);
    cut(to);
    paragraph++;
  }
  return out;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  const i = partitionPoint(sentences.length, (k) => sentences[k]!.end <= offset);
  return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
}

/** Lower-case words, hyphenated tokens split, each with its sentence. */
function wordsOf(tokens: readonly Token[], sentences: Sentence[]): Word[] {
  const out: Word[] = [];
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length && token.start >= sentences[s]!.end) s++;
    if (s >= sentences.length) break;
    if (token.start < sentences[s]!.start) continue;
    sentences[s]!.words++;
    let offset = token.start;
    for (const part of token.text.split('-')) {
      if (part !== '') out.push({ text: part.toLowerCase().replace(/\u2019/g, "'"), start: offset, end: offset + part.length, sentence: s });
      offset += part.length + 1;
    }
  }
  return out;
}

function numbersBySentence(text: string, sentences: readonly Sentence[], words: readonly Word[]): Map<number, Hits> {
  const out = new Map<number, Hits>();
  const add = (value: number, sentence: number, written: string) => {
    if (sentence < 0) return;
    let hits = out.get(value);
    if (!hits) out.set(value, (hits = new Map()));
    if (!hits.has(sentence)) hits.set(sentence, written);
  };
  // One pass over the whole text: a pass per sentence would rescan the rest of a digit-free article.
  for (const n of digitNumbers(text, 0, text.length)) add(n.value, sentenceAt(sentences, n.start), text.slice(n.start, n.end));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const value = numberWord(w.text);
    if (value === undefined) continue;
    const next = words[i + 1];
    const nextValue = next && next.sentence === w.sentence ? numberWord(next.text) : undefined;
    // "seven hundred" is not seven; "twenty-five" is 25.
    if (next?.text === 'hundred' || next?.text === 'thousand') {
      i++;
      continue;
    }
    if (value >= 20 && value < 100 && value % 10 === 0 && nextValue !== undefined && nextValue >= 1 && nextValue <= 9) {
      add(value + nextValue, w.sentence, `${w.text}-${next!.text}`);
      i++;
      continue;
    }
    add(value, w.sentence, w.text);
  }
  return out;
}

function articleKeys(positions: ReadonlyMap<string, number[]>, numbers: ReadonlyMap<number, Hits>, entities: ReadonlyMap<string, Hits>): Set<string> {
  const keys = new Set<string>();
  for (const word of positions.keys()) {
    keys.add(word);
    for (let n = MIN_STEM; n <= Math.min(word.length, MAX_STEM); n++) keys.add(`~${word.slice(0, n)}`);
  }
  for (const n of numbers.keys()) keys.add(`#${n}`);
  for (const id of entities.keys()) keys.add(`@${id}`);
  return keys;
}

/** One place a term group's alternative occurs: words [from, to) of the article. */
interface Occurrence {
  from: number;
  to: number;
  text: string;
}

/** Every occurrence of a term group's alternatives, by sentence. */
function termOccurrences(text: string, group: readonly string[], words: readonly Word[], positions: ReadonlyMap<string, number[]>): Map<number, Occurrence[]> {
  const hits = new Map<number, Occurrence[]>();
  for (const alternative of group) {
    const parts = termWords(alternative);
    const first = parts[0]!;
    const starts: number[] = [];
    if (parts.length === 1 && first.endsWith('*')) {
      const stem = first.slice(0, -1);
      for (const [word, at] of positions) if (word.startsWith(stem)) for (const i of at) starts.push(i);
    } else {
      for (const i of positions.get(first) ?? []) starts.push(i);
    }
    for (const i of starts) {
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) {
        const w = words[i + k];
        const want = parts[k]!;
        // Words of a phrase follow each other with only white space or a hyphen between them.
        ok = w !== undefined && w.sentence === words[i]!.sentence && /^[\s-]*$/.test(text.slice(words[i + k - 1]!.end, w.start)) && (want.endsWith('*') ? w.text.startsWith(want.slice(0, -1)) : w.text === want);
      }
      if (!ok) continue;
      const sentence = words[i]!.sentence;
      const list = hits.get(sentence) ?? [];
      list.push({ from: i, to: i + parts.length, text: words.slice(i, i + parts.length).map((w) => w.text).join(' ') });
      hits.set(sentence, list);
    }
  }
  return hits;
}

interface Candidate {
  sentence: number;
  score: number;
  why: ClaimAnnotation['why'];
}

/**
 * Gives each term group its own words: one word cannot stand for two groups ("illegal" in
 * "illegal immigrants" is not also the "illegal" of "voted illegally"). Groups with fewer
 * choices go first; words in the sentence itself are tried before those in the one before.
 * Returns the chosen occurrence per group (in group order) or null.
 */
function assignWords(options: readonly Occurrence[][]): (Occurrence | null)[] | null {
  const order = options.map((_, g) => g).sort((a, b) => options[a]!.length - options[b]!.length);
  const chosen: (Occurrence | null)[] = options.map(() => null);
  const overlaps = (o: Occurrence) => chosen.some((c) => c !== null && c.from < o.to && o.from < c.to);
  const place = (k: number): boolean => {
    if (k === order.length) return true;
    const g = order[k]!;
    for (const o of options[g]!) {
      if (overlaps(o)) continue;
      chosen[g] = o;
      if (place(k + 1)) return true;
      chosen[g] = null;
    }
    return false;
  };
  return place(0) ? chosen : null;
}

function bestSentence(
  text: string,
  claim: ClaimRecord,
  sentences: readonly Sentence[],
  words: readonly Word[],
  positions: ReadonlyMap<string, number[]>,
  numbers: ReadonlyMap<number, Hits>,
  entities: ReadonlyMap<string, Hits>,
): Candidate | null {
  const { match } = claim;
  const entityHits = match.entities.map((id) => entities.get(id) ?? new Map<number, string>());
  if (entityHits.some((h) => h.size === 0)) return null;
  const numberHits = (match.numbers ?? []).map((n) => numbers.get(n) ?? new Map<number, string>());
  if (numberHits.some((h) => h.size === 0)) return null;
  const termGroupHits = match.terms.map((group) => termOccurrences(text, group, words, positions));
  if (termGroupHits.some((h) => h.size === 0)) return null;

  const total = entityHits.length + numberHits.length + termGroupHits.length;
  // Without a named entity to pin it, a claim must be stated whole in one sentence of ordinary length.
  const unpinned = entityHits.length === 0;
  let best: Candidate | null = null;
  // Only sentences holding a term group can carry the note.
  const places = new Set<number>();
  for (const hits of termGroupHits) for (const s of hits.keys()) places.add(s);
  for (const s of [...places].sort((a, b) => a - b)) {
    if (unpinned && sentences[s]!.words > MAX_UNPINNED_WORDS) continue;
    const before = !unpinned && s > 0 && sentences[s - 1]!.paragraph === sentences[s]!.paragraph ? s - 1 : -1;
    // A few occurrences per group are plenty; the cap keeps the assignment search small.
    const options = termGroupHits.map((hits) => [...(hits.get(s) ?? []), ...(before >= 0 ? hits.get(before) ?? [] : [])].slice(0, MAX_OPTIONS));
    if (options.some((o) => o.length === 0)) continue;
    const chosen = assignWords(options);
    if (!chosen) continue;
    let score = 0;
    let strong = 0;
    for (const o of chosen) {
      const here = words[o!.from]!.sentence === s;
      score += here ? 1 : 0.5;
      strong += here ? 1 : 0;
    }
    if (strong === 0) continue;
    let met = true;
    const weigh = (hits: Hits): boolean => {
      if (hits.has(s)) return (score += 1), true;
      if (before >= 0 && hits.has(before)) return (score += 0.5), true;
      return false;
    };
    // Numbers count only in the sentence itself: a figure in the sentence before is about something else.
    const nums: number[] = [];
    numberHits.forEach((hits, k) => (hits.has(s) ? ((score += 1), nums.push(match.numbers![k]!)) : (met = false)));
    const ents: string[] = [];
    entityHits.forEach((hits, k) => (weigh(hits) ? ents.push(match.entities[k]!) : (met = false)));
    if (!met) continue;
    const terms = [...new Set(chosen.map((o) => o!.text))];
    const candidate = { sentence: s, score: score / total, why: { entities: ents, terms, numbers: nums } };
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

function stanceOf(sentence: string, claim: ClaimRecord): ClaimAnnotation['stance'] {
  // Negations that belong to the claim itself ("not caused by humans", "no warming since 1998")
  // repeat it; only a negation outside every wording of the claim disputes it.
  const own = new Set(
    [claim.name, ...claim.variants, ...claim.match.terms.flat()].flatMap((t) => termWords(t.replace(/\*$/, ''))).map((w) => (/n['\u2019]t$/.test(w) ? "n't" : w)),
  );
  for (const m of sentence.matchAll(NEGATION)) {
    const word = m[0].toLowerCase().replace('\u2019', "'");
    if (!own.has(word)) return 'disputes';
  }
  return 'repeats';
}
