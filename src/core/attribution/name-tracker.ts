/**
 * Who the article has named so far, for resolving "Putin", "he" and "the
 * mayor" to the fullest earlier name. Built in one pass over the tokens;
 * quotes are processed in text order and call `advanceTo` as they go, so
 * every lookup sees only what a reader has read by then, except
 * `personNamedElsewhere`, which asks about the whole article (a speaker
 * label may come before the person's full name).
 */
import type { DatasetIndex } from '../dataset/dataset-index.js';
import type { Mention } from '../entities/link-mentions.js';
import { isCapitalised, type Token } from '../text/tokens.js';
import { partitionPoint } from '../text/sorted-search.js';
import type { Speaker, TextSpan } from '../types.js';
import { INVERTED_CUES, NON_PERSON_HEADS, NOT_NAMES } from './cues.js';
import type { FoundQuote } from './find-quotes.js';
import { NAME_GAP, isNameToken, joinsName, nameAfterTitleOf, stripTitles } from './speaker-phrase.js';

export interface NamedPerson {
  name: string;
  entityId: string | null;
  /** False for a lone capitalised word that no earlier full name explains. */
  certain: boolean;
}

interface PersonRef extends NamedPerson {
  start: number;
  end: number;
  /** The reference opens its sentence: a likely grammatical subject. */
  sentenceInitial: boolean;
  inQuote: boolean;
  title: string | null;
}

const PRONOUN_WINDOW_CHARS = 1500;

type Gender = 'm' | 'f';
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([['he', 'm'], ['she', 'f']]);
const HONORIFIC = /\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;
/** A sentence's end and the white space after it (no quote mark: "He" must open plain prose). */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/u;

export class NameTracker {
  private readonly refs: PersonRef[] = [];
  private cursor = 0;
  private readonly bySurname = new Map<string, PersonRef>();
  private readonly byTitle = new Map<string, PersonRef>();
  private lastSpeaker: { person: NamedPerson; at: number } | null = null;
  private surnameRefs: Map<string, PersonRef[]> | null = null;
  private genders: Map<string, Gender | null> | null = null;

  constructor(
    private readonly text: string,
    tokens: readonly Token[],
    mentions: readonly Mention[],
    private readonly index: DatasetIndex,
    quotes: readonly FoundQuote[],
  ) {
    this.collect(tokens, mentions, quotes);
  }

  /** Make every reference before `offset` known to lookups. */
  advanceTo(offset: number): void {
    while (this.cursor < this.refs.length && this.refs[this.cursor]!.start < offset) {
      const ref = this.refs[this.cursor++]!;
      const words = ref.name.split(' ');
      if (words.length > 1) this.bySurname.set(words[words.length - 1]!, ref);
      if (ref.title) this.byTitle.set(ref.title, ref);
    }
  }

  resolveName(mention: TextSpan): NamedPerson | null {
    const ref = this.refAt(mention.start, mention.end);
    if (ref) return { name: ref.name, entityId: ref.entityId, certain: true };
    const words = mention.text.split(/\s+/);
    if (words.length > 1) return { name: mention.text, entityId: null, certain: true };
    const known = this.bySurname.get(mention.text);
    if (known) return { name: known.name, entityId: known.entityId, certain: true };
    return { name: mention.text, entityId: null, certain: false };
  }

  /**
   * The person whose surname is `word` ("Cruz", or "CRUZ" in a transcript) that the article names
   * other than at `except`: a speaker label must be someone the article is about. `person` is
   * null when two people share the surname; null in all when nobody has it.
   */
  personNamedElsewhere(word: string, except: number): { person: NamedPerson | null } | null {
    if (!this.surnameRefs) {
      this.surnameRefs = new Map();
      for (const ref of this.refs) {
        if (!ref.name.includes(' ') && !ref.entityId?.startsWith('person/')) continue;
        // Another title-case "Name:" label is no evidence ("Learn More:" twice in a page names
        // nobody); a transcript's capitals are ("JAKE TAPPER:", then "TAPPER:").
        if (ref.name !== ref.name.toUpperCase() && (ref.start === 0 || this.text[ref.start - 1] === '\n') && /^\s*:/.test(this.text.slice(ref.end, ref.end + 3))) continue;
        const key = lastWord(ref.name).toLowerCase();
        const known = this.surnameRefs.get(key) ?? [];
        // Per surname, two references of each of at most two people: enough to skip `except` and
        // to tell one person from two, without keeping every reference.
        const same = known.filter((k) => k.name === ref.name).length;
        const people = new Set(known.map((k) => k.name)).size;
        if (same < 2 && (same > 0 || people < 2)) known.push(ref);
        this.surnameRefs.set(key, known);
      }
    }
    const refs = (this.surnameRefs.get(word.toLowerCase()) ?? []).filter((ref) => ref.start !== except);
    if (refs.length === 0) return null;
    const names = new Set(refs.map((ref) => ref.name));
    return { person: names.size === 1 ? { name: refs[0]!.name, entityId: refs[0]!.entityId, certain: true } : null };
  }

  /** "the mayor" -> the person introduced earlier as "Mayor Jane Doe". */
  resolveDescription(description: string): NamedPerson | null {
    const words = description.toLowerCase().split(/\s+/);
    const head = words[words.length - 1] ?? '';
    const ref = this.byTitle.get(head);
    return ref ? { name: ref.name, entityId: ref.entityId, certain: true } : null;
  }

  /**
   * The person "he" or "she" at `at` refers to: the latest fitting speaker or subject (below), but
   * never one the article shows to be of the other gender ("she said" right after a man was quoted
   * names nobody).
   */
  resolvePronoun(at: number, pronoun = ''): { person: NamedPerson; confidence: number } | null {
    const found = this.resolveByRecency(at);
    const wanted = PRONOUN_GENDER.get(pronoun.toLowerCase());
    // Gender only withholds a name, never picks another one: the evidence is too thin to choose by.
    return wanted && found && this.genderOf(found.person.name) === (wanted === 'm' ? 'f' : 'm') ? null : found;
  }

  /**
   * A person's gender as the whole article shows it, or null: "Mr. Berg" / "Ms. Ek", and "He …" or
   * "She …" opening the sentence after one whose subject they are and that names nobody else. The
   * name alone says nothing (no list of given names is kept).
   */
  genderOf(name: string): Gender | null {
    this.genders ??= this.readGenders();
    return this.genders.get(name) ?? null;
  }

  private readGenders(): Map<string, Gender | null> {
    const counts = new Map<string, { m: number; f: number }>();
    const add = (name: string, g: Gender, n: number) => {
      const c = counts.get(name) ?? { m: 0, f: 0 };
      c[g] += n;
      counts.set(name, c);
    };
    // Surnames of one person only: "Obama" in an article naming Michelle Obama says nothing of Barack.
    const bySurname = new Map<string, string | null>();
    for (const ref of this.refs) {
      if (!ref.name.includes(' ')) continue;
      const surname = lastWord(ref.name);
      bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== ref.name ? null : ref.name);
    }
    for (const m of this.text.matchAll(HONORIFIC)) {
      const name = bySurname.get(m[2]!);
      if (name) add(name, /^Mr$/.test(m[1]!) ? 'm' : 'f', 1);
    }
    for (let i = 0; i < this.refs.length; i++) {
      const ref = this.refs[i]!;
      // The subject of a sentence that names nobody else ("Berg recalled the storm. He …").
      if (ref.inQuote || !ref.sentenceInitial) continue;
      if (!this.text.slice(ref.start, ref.end).includes(' ') && !bySurname.get(lastWord(ref.name))) continue;
      const end = SENTENCE_END.exec(this.text.slice(ref.end, ref.end + 300));
      if (!end) continue;
      const next = ref.end + end.index;
      const other = this.refs[i + 1];
      if (other && other.start < next && other.name !== ref.name) continue;
      const opener = /^(He|She)\b/.exec(this.text.slice(next + end[0].length, next + end[0].length + 4));
      if (opener) add(ref.name, opener[1] === 'He' ? 'm' : 'f', 1);
    }
    // Twice at least, and three to one: the "She" after a sentence about a man may be someone else.
    const genders = new Map<string, Gender | null>();
    for (const [name, { m, f }] of counts) genders.set(name, m - f >= 2 && m >= 3 * f ? 'm' : f - m >= 2 && f >= 3 * m ? 'f' : null);
    return genders;
  }

  private resolveByRecency(at: number): { person: NamedPerson; confidence: number } | null {
    // Never further back than the window: a speaker noted long ago must not make every pronoun
    // after it scan the whole text (quadratic on long articles).
    const since = Math.max(this.lastSpeaker?.at ?? 0, at - PRONOUN_WINDOW_CHARS, 0);
    const others = this.refsBetween(since, at).filter((r) => r.name !== this.lastSpeaker?.person.name);
    if (this.lastSpeaker && at - this.lastSpeaker.at < PRONOUN_WINDOW_CHARS) {
      if (others.length === 0) return { person: this.lastSpeaker.person, confidence: 0.8 };
      const latest = others[others.length - 1]!;
      const distinct = new Set(others.map((r) => r.name));
      if (distinct.size === 1 && latest.sentenceInitial) return { person: latest, confidence: 0.7 };
      // Someone else was named since, but not as a sentence's subject: the last speaker still holds
      // (right in 94% of such cases on the PolNeAR train split).
      return { person: this.lastSpeaker.person, confidence: 0.7 };
    }
    const candidates = this.refsBetween(Math.max(0, at - PRONOUN_WINDOW_CHARS), at);
    const latest = candidates[candidates.length - 1];
    if (!latest) return null;
    const distinct = new Set(candidates.map((r) => r.name));
    if (distinct.size === 1) return { person: latest, confidence: 0.7 };
    // Several people named: the latest one named as a sentence's subject, when that is the latest mention.
    const subject = [...candidates].reverse().find((r) => r.sentenceInitial);
    return { person: subject ?? latest, confidence: subject && subject.name === latest.name ? 0.65 : 0.5 };
  }

  /** Names other than `except` referred to in [from, to), outside quotations. */
  othersBetween(from: number, to: number, except: string): string[] {
    return [...new Set(this.refsBetween(from, to).map((r) => r.name))].filter((n) => n !== except);
  }

  noteSpeaker(speaker: Speaker, at: number): void {
    this.lastSpeaker = { person: { name: speaker.name, entityId: speaker.entityId, certain: true }, at };
  }

  private refsBetween(from: number, to: number): PersonRef[] {
    const lo = partitionPoint(this.refs.length, (i) => this.refs[i]!.start < from);
    const out: PersonRef[] = [];
    for (let i = lo; i < this.refs.length && this.refs[i]!.start < to; i++) if (!this.refs[i]!.inQuote) out.push(this.refs[i]!);
    return out;
  }

  /** Whether the dataset links these words to an organisation or outlet ("Associated Press"). */
  linkedNonPersonAt(start: number, end: number): boolean {
    const ref = this.refAt(start, end);
    return !!ref && ref.start === start && ref.end === end && !!ref.entityId && !ref.entityId.startsWith('person/');
  }

  /** The dataset's person named by exactly these words here ("Carl Bialik" linked to a record), if any. */
  knownPersonExactly(start: number, end: number): NamedPerson | null {
    const ref = this.refAt(start, end);
    return ref && ref.start === start && ref.end === end && ref.entityId?.startsWith('person/') ? { name: ref.name, entityId: ref.entityId, certain: true } : null;
  }

  private refAt(start: number, end: number): PersonRef | undefined {
    const ref = this.refs[partitionPoint(this.refs.length, (i) => this.refs[i]!.end <= start)];
    return ref && ref.start < end ? ref : undefined;
  }

  private collect(tokens: readonly Token[], mentions: readonly Mention[], quotes: readonly FoundQuote[]): void {
    const parts = quotes.flatMap((q) => q.parts);
    let part = 0;
    const inQuote = (offset: number): boolean => {
      while (part < parts.length && parts[part]!.end <= offset) part++;
      const p = parts[part];
      return !!p && p.start <= offset;
    };
    const surnames = new Map<string, NamedPerson>();
    let m = 0;
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i]!;
      while (m < mentions.length && mentions[m]!.start < token.start) m++;
      const mention = mentions[m];
      if (mention && mention.start === token.start) {
        let j = i;
        while (j + 1 < tokens.length && tokens[j + 1]!.end <= mention.end) j++;
        const record = this.index.get(mention.entityId);
        const title = i > 0 ? this.titleBefore(tokens, i) : null;
        if (record) {
          const ref = this.push(token.start, mention.end, record.name, record.id, inQuote(token.start), title);
          if (record.kind === 'person') surnames.set(lastWord(record.name), ref);
        }
        i = j + 1;
        continue;
      }
      if (!isCapitalised(token.text)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < tokens.length && isNameToken(tokens[j + 1]!) && joinsName(this.text, tokens, j)) {
        if (mentions[m] && mentions[m]!.start === tokens[j + 1]!.start) break;
        j++;
      }
      let first = i;
      while (first < j && NOT_NAMES.has(tokens[first]!.text)) first++;
      // "Said Comey, “…”": a cue opening the sentence before a name set off by a comma or colon is no part of it.
      const opening = tokens[first]!.start;
      if (first < j && INVERTED_CUES.has(tokens[first]!.text) && /^\s*[,:]/.test(this.text.slice(tokens[j]!.end)) && /(?:^|[.!?]["\u201D\u2019]?\s+|\n\s*)$/u.test(this.text.slice(Math.max(0, opening - 3), opening))) first++;
      const stripped = stripTitles(tokens, first, j);
      const title = stripped.title;
      const nameFirst = stripped.nameFirst === -1 ? -1 : nameAfterTitleOf(tokens, stripped.nameFirst, j);
      if (nameFirst !== -1 && !NOT_NAMES.has(tokens[nameFirst]!.text)) {
        const words = tokens.slice(nameFirst, j + 1).map((t) => t.text);
        const start = tokens[nameFirst]!.start;
        const end = tokens[j]!.end;
        if (words.length >= 2 && words.length <= 4 && !NON_PERSON_HEADS.has(words[words.length - 1]!)) {
          const ref = this.push(start, end, words.join(' '), null, inQuote(start), title);
          surnames.set(words[words.length - 1]!, ref);
        } else if (words.length === 1) {
          const known = surnames.get(words[0]!);
          if (known) this.push(start, end, known.name, known.entityId, inQuote(start), title);
        }
      }
      i = j + 1;
    }
  }

  private titleBefore(tokens: readonly Token[], i: number): string | null {
    const prev = tokens[i - 1]!;
    const { nameFirst, title } = stripTitles(tokens, i - 1, i);
    return nameFirst === i && NAME_GAP.test(this.text.slice(prev.end, tokens[i]!.start)) ? title : null;
  }

  private push(start: number, end: number, name: string, entityId: string | null, inQuote: boolean, title: string | null): PersonRef {
    // A leading newline stands for the text's start, so that ^ never matches mid-sentence.
    const before = start <= 40 ? `\n${this.text.slice(0, start)}` : this.text.slice(start - 40, start);
    const sentenceInitial = /([.?!][\u201D"\u2019)]?\s+|\n\s*)(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(before);
    const ref: PersonRef = { start, end, name, entityId, certain: true, sentenceInitial, inQuote, title };
    this.refs.push(ref);
    return ref;
  }
}

function lastWord(name: string): string {
  const words = name.split(' ');
  return words[words.length - 1] ?? name;
}
