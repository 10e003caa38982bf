/**
 * Checks on named sources: where the article states something about a linked publication or
 * person that the record contradicts, a gentle note with the record's citation.
 *
 * - title: the article uses a known wrong title ("Wars" for Woodward's "War");
 * - author: "<Person>'s book <Title>" or "<Title> by <Person>" names someone the record does not
 *   list as an author;
 * - date: "<year> book/report <Title>" or "<Title> (<year>)" gives a year the record does not;
 * - role: "former President X" while X held that office at the article's date. (A plain "President
 *   X" for someone out of office is left alone: "In 2012, President Obama signed …" is right.)
 *
 * Each rule reads only a few tokens right next to the mention, so a note appears only where the
 * article plainly states the fact; anything looser would risk a wrong note.
 */
import { isNationalityWord } from '../text/place-words.js';
import type { DatasetIndex } from '../dataset/dataset-index.js';
import { padDate, roleHeldOn } from '../dataset/roles.js';
import type { Citation, PersonRecord, PublicationRecord } from '../dataset/types.js';
import type { Mention } from '../entities/link-mentions.js';
import type { Token } from '../text/tokens.js';

export type CheckType = 'title' | 'author' | 'date' | 'role';

export interface SourceCheck {
  type: CheckType;
  entityId: string;
  /** The mention the note is about. */
  start: number;
  end: number;
  /** What the article says ("Wars", "2023", "former President"). */
  said: string;
  /** What the record says, as a sentence. */
  note: string;
  citation: Citation;
}

// Titles an article puts before a name, with the role titles each stands for.
// `head`: heads of state and government, whose terms the dataset records most completely; only
// these are checked for a wrong "former" (a stale open-ended role elsewhere would give a wrong note).
const TITLES: { words: string[]; role: RegExp; head: boolean }[] = [
  { words: ['Vice', 'President'], role: /\bVice[- ]President\b/i, head: false },
  { words: ['President'], role: office('President'), head: true },
  { words: ['Prime', 'Minister'], role: office('Prime Minister'), head: true },
  { words: ['Chancellor'], role: office('Chancellor'), head: true },
  { words: ['Secretary', 'of', 'State'], role: /\bSecretary of State\b/i, head: false },
  { words: ['Senator'], role: /\bSenator\b/i, head: false },
  { words: ['Sen'], role: /\bSenator\b/i, head: false },
  { words: ['Governor'], role: /\bGovernor\b/i, head: false },
  { words: ['Gov'], role: /\bGovernor\b/i, head: false },
];

/** A role title naming the office itself, not a deputy's ("Deputy President", "Vice-Chancellor"). */
function office(name: string): RegExp {
  return new RegExp(`(?<!\\b(?:Deputy|Vice|Acting|Assistant|Associate|Under|Lord|Pro)[- ])\\b${name}\\b(?! pro tempore)`, 'i');
}

/** Days either side of a term's end or start when a title is still or already used loosely. */
const TRANSITION_DAYS = 90;
const PUBLICATION_WORDS = new Set(['book', 'memoir', 'report', 'study', 'paper', 'novel', 'biography']);

export function checkSources(text: string, tokens: readonly Token[], mentions: readonly Mention[], index: DatasetIndex, articleDate: string | null): SourceCheck[] {
  const checks: SourceCheck[] = [];
  const byToken = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    byToken.set(m.token, m);
    byEnd.set(m.end, m);
  }
  const endToken = (m: Mention) => {
    let t = m.token;
    while (t + 1 < tokens.length && tokens[t + 1]!.end <= m.end) t++;
    return t;
  };
  // A mention found again later says the same; one note per record and type.
  const seen = new Set<string>();
  const add = (check: SourceCheck) => {
    const key = `${check.entityId} ${check.type}`;
    if (seen.has(key)) return;
    seen.add(key);
    checks.push(check);
  };

  for (const m of mentions) {
    const record = index.get(m.entityId);
    if (!record) continue;
    const cite = record.citations[0]!;
    if (record.kind === 'publication') {
      if (m.misTitle) add({ type: 'title', entityId: record.id, start: m.start, end: m.end, said: m.misTitle, note: `Its title is “${record.name}”.`, citation: cite });
      // Only when every author is a record: a plain name may be the very person linked.
      const authorsKnown = record.authors.length > 0 && record.authors.every((a) => index.get(a) !== undefined);
      const author = authorsKnown ? authorNamed(text, tokens, byToken, byEnd, m, endToken(m)) : null;
      if (author && !record.authors.includes(author.entityId)) {
        const named = index.get(author.entityId)?.name ?? author.entityId;
        add({ type: 'author', entityId: record.id, start: m.start, end: m.end, said: named, note: `The record lists ${authorNames(record, index)} as its author${record.authors.length > 1 ? 's' : ''}, not ${named}.`, citation: cite });
      }
      const year = yearStated(text, tokens, m, endToken(m));
      if (year && year !== record.date.slice(0, 4)) {
        add({ type: 'date', entityId: record.id, start: m.start, end: m.end, said: year, note: `It was published in ${record.date.slice(0, 4)} (${record.date}).`, citation: cite });
      }
    }
    if (record.kind === 'person' && articleDate) {
      const stated = titleBefore(text, tokens, m.token);
      if (!stated || !stated.former || !stated.head) continue;
      const problem = roleProblem(record, stated.role, stated.former, articleDate);
      if (problem) add({ type: 'role', entityId: record.id, start: m.start, end: m.end, said: stated.said, note: problem.note, citation: record.citations[problem.cite] ?? cite });
    }
  }
  return checks;
}

function authorNames(record: PublicationRecord, index: DatasetIndex): string {
  return record.authors.map((a) => index.get(a)?.name ?? a).join(' and ');
}

/** Only white space (and at most the word "new") between two tokens: no clause break. */
function adjacent(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  return b === a + 1 && /^\s+$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
}

/** The publication word right before a title ("book War", "new book War"), or -1. */
function publicationWordBefore(text: string, tokens: readonly Token[], title: number): number {
  const t = title - 1;
  if (t < 0 || !adjacent(text, tokens, t, title)) return -1;
  if (PUBLICATION_WORDS.has(tokens[t]!.text.toLowerCase())) return t;
  return -1;
}

/** "<Person>'s (new) book <Title>", or "book <Title> by <Person>": the person named as author. */
function authorNamed(text: string, tokens: readonly Token[], byToken: ReadonlyMap<number, Mention>, byEnd: ReadonlyMap<number, Mention>, m: Mention, last: number): Mention | null {
  const word = publicationWordBefore(text, tokens, m.token);
  if (word < 0) return null;
  let p = word - 1;
  if (p >= 0 && tokens[p]!.text === 'new' && adjacent(text, tokens, p, word)) p--;
  if (p >= 0) {
    const person = byEnd.get(tokens[p]!.end);
    const possessive = /^['\u2019]s\s/.test(text.slice(tokens[p]!.end, tokens[p]!.end + 3));
    if (person?.entityId.startsWith('person/') && possessive) return person;
  }
  const by = tokens[last + 1];
  if (by?.text === 'by' && adjacent(text, tokens, last, last + 1)) {
    const person = byToken.get(last + 2);
    // "by Osric Vane's own account" is not a byline.
    if (person?.entityId.startsWith('person/') && adjacent(text, tokens, last + 1, last + 2) && !/^['\u2019]s\b/.test(text.slice(person.end, person.end + 2))) return person;
  }
  return null;
}

/** "<year> book <Title>" (the year right before the word) or "<Title> (<year>)". */
function yearStated(text: string, tokens: readonly Token[], m: Mention, last: number): string | null {
  const word = publicationWordBefore(text, tokens, m.token);
  const year = word > 0 ? tokens[word - 1] : undefined;
  if (year && /^(19|20)\d\d$/.test(year.text) && adjacent(text, tokens, word - 1, word)) return year.text;
  const after = /^ \(((?:19|20)\d\d)\)/.exec(text.slice(tokens[last]!.end, tokens[last]!.end + 8));
  return after ? after[1]! : null;
}

/** The title right before a person's name, with "former" and country words ("former U.S. President"). */
function titleBefore(text: string, tokens: readonly Token[], first: number): { role: RegExp; former: boolean; head: boolean; said: string } | null {
  for (const title of TITLES) {
    const n = title.words.length;
    const start = first - n;
    if (start < 0) continue;
    if (!title.words.every((w, k) => tokens[start + k]!.text === w)) continue;
    // Words of a title sit together: no sentence or clause break inside it or before the name.
    if (/[.;:!?"“”]/.test(text.slice(tokens[start]!.end, tokens[first]!.start).replace(/^\.(?=\s)/, ''))) continue;
    let k = start - 1;
    while (k >= 0 && k >= start - 2 && isNationalityWord(tokens[k]!.text)) k--;
    const former = k >= 0 && /^(former|ex)$/i.test(tokens[k]!.text);
    // "Vice President" read as "President": the longer title is listed first, so skip the shorter one.
    if (title.words[0] === 'President' && tokens[start - 1]?.text === 'Vice') continue;
    const from = former ? tokens[k]!.start : tokens[start]!.start;
    return { role: title.role, former, head: title.head, said: text.slice(from, tokens[first]!.start).trim() };
  }
  return null;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${padDate(a)}T00:00:00Z`) - Date.parse(`${padDate(b)}T00:00:00Z`)) / 86_400_000;
}

function roleProblem(record: PersonRecord, title: RegExp, former: boolean, date: string): { note: string; cite: number } | null {
  const matching = record.roles.filter((r) => title.test(r.title));
  if (matching.length === 0) return null; // the dataset does not know this office for them: say nothing
  const held = matching.find((r) => roleHeldOn(r, date));
  if (former) {
    // "former President X" while X holds it (a second term, say). Near a start date, let it pass.
    if (!held || daysBetween(held.from, date) < TRANSITION_DAYS) return null;
    return { note: `At the article's date (${date}) ${record.name} held this office: ${held.title} since ${held.from}.`, cite: held.cite };
  }
  return null;
}
