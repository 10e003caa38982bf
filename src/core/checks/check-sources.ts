/**
 * Checks on named sources: where the article states something about a linked publication or
 * person that the record contradicts, a gentle note with the record's citation.
 *
 * - title: the article uses a known wrong title ("Wars" for Woodward's "War");
 * - author: "<Person>'s book <Title>" or "<Title> by <Person>" names someone the record does not
 *   list as an author;
 * - date: "<year> book/report <Title>" or "<Title> (<year>)" gives a year the record does not;
 * - role: "former President X" while X held that office at the article's date, or "President X"
 *   when every term of X's in that office ended well before it.
 *
 * Each rule reads only a few tokens right next to the mention, so a note appears only where the
 * article plainly states the fact; anything looser would risk a wrong note.
 */
import { isNationalityWord } from '../attribution/speaker-phrase.js';
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
  { words: ['President'], role: /^(?!.*\bVice[- ]President\b).*\bPresident\b/i, head: true },
  { words: ['Prime', 'Minister'], role: /\bPrime Minister\b/i, head: true },
  { words: ['Chancellor'], role: /\bChancellor\b/i, head: true },
  { words: ['Secretary', 'of', 'State'], role: /\bSecretary of State\b/i, head: false },
  { words: ['Senator'], role: /\bSenator\b/i, head: false },
  { words: ['Sen'], role: /\bSenator\b/i, head: false },
  { words: ['Governor'], role: /\bGovernor\b/i, head: false },
  { words: ['Gov'], role: /\bGovernor\b/i, head: false },
];

/** Days either side of a term's end or start when a title is still or already used loosely. */
const TRANSITION_DAYS = 90;
const PUBLICATION_WORDS = new Set(['book', 'memoir', 'report', 'study', 'paper', 'novel', 'biography']);

export function checkSources(text: string, tokens: readonly Token[], mentions: readonly Mention[], index: DatasetIndex, articleDate: string | null): SourceCheck[] {
  const checks: SourceCheck[] = [];
  const byToken = new Map<number, Mention>();
  for (const m of mentions) byToken.set(m.token, m);
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
      const author = authorNamed(tokens, byToken, m, endToken(m), text);
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
      if (!stated || (stated.former && !stated.head)) continue;
      const problem = roleProblem(record, stated.role, stated.former, articleDate);
      if (problem) add({ type: 'role', entityId: record.id, start: m.start, end: m.end, said: stated.said, note: problem.note, citation: record.citations[problem.cite] ?? cite });
    }
  }
  return checks;
}

function authorNames(record: PublicationRecord, index: DatasetIndex): string {
  return record.authors.map((a) => index.get(a)?.name ?? a).join(' and ');
}

/** "<Person>'s (new) book <Title>" just before, or "<Title> by <Person>" just after. */
function authorNamed(tokens: readonly Token[], byToken: ReadonlyMap<number, Mention>, m: Mention, last: number, text: string): Mention | null {
  // Before: look back over at most four tokens for a publication word, then a person's possessive.
  for (let t = m.token - 1; t >= Math.max(0, m.token - 4); t--) {
    if (!PUBLICATION_WORDS.has(tokens[t]!.text.toLowerCase())) continue;
    for (let p = t - 1; p >= Math.max(0, t - 3); p--) {
      const person = [...byToken.values()].find((x) => x.end === tokens[p]!.end && x.entityId.startsWith('person/'));
      if (person && /^['\u2019]s\b/.test(text.slice(tokens[p]!.end, tokens[p]!.end + 3))) return person;
    }
    break;
  }
  const by = tokens[last + 1];
  if (by?.text === 'by') {
    const person = byToken.get(last + 2);
    if (person?.entityId.startsWith('person/')) return person;
  }
  return null;
}

/** "<year> book <Title>" or "<Title> (<year>)". */
function yearStated(text: string, tokens: readonly Token[], m: Mention, last: number): string | null {
  for (let t = m.token - 1; t >= Math.max(0, m.token - 3); t--) {
    if (!PUBLICATION_WORDS.has(tokens[t]!.text.toLowerCase())) continue;
    const year = tokens[t - 1];
    if (year && /^(19|20)\d\d$/.test(year.text)) return year.text;
    break;
  }
  const after = /^\s*\(((?:19|20)\d\d)\)/.exec(text.slice(tokens[last]!.end, tokens[last]!.end + 10));
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
  if (held) return null;
  // A title the person only takes up after the date means the date is wrong (a page's creation
  // date, say), not the article: say nothing. Otherwise a note only when every term ended well before.
  if (matching.some((r) => padDate(r.from) > date)) return null;
  if (matching.some((r) => r.to !== undefined && daysBetween(r.to, date) < TRANSITION_DAYS)) return null;
  const spans = matching.map((r) => `${r.title} ${r.to ? `${r.from} to ${r.to}` : `from ${r.from}`}`).join('; ');
  return { note: `At the article's date (${date}) ${record.name} did not hold this office (${spans}).`, cite: matching[0]!.cite };
}
