/**
 * Finds the dataset's people, outlets, organisations, publications and
 * events named in an article, in one pass over its tokens.
 *
 * At each token the longest alias starting there wins. A person's bare
 * surname links only after their full name (or an alias) appeared earlier
 * in the article, and only when no other person mentioned so far shares it.
 * Context-dependent aliases ("Congress", "BRICS summit") link only when
 * their condition holds. An alias that names two records links to neither:
 * wrong context is worse than none.
 */
import type { DatasetIndex } from '../dataset/dataset-index.js';
import { padDate, roleHeldOn } from '../dataset/roles.js';
import type { DatasetRecord } from '../dataset/types.js';

import { isCapitalised, type Token } from '../text/tokens.js';
import { isCountryName, isNationalityWord } from '../text/place-words.js';

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** Index of the mention's first token. */
  token: number;
  via: 'alias' | 'surname';
  /** For a publication named by a title it is often wrongly given ("Wars" for Woodward's "War"): the words used. */
  misTitle?: string;
}

export interface LinkContext {
  /** YYYY-MM-DD of the article, when known. */
  articleDate: string | null;
  /** Every token text in the article, for country hints. */
  tokenSet: ReadonlySet<string>;
}

// Tokens of an alias may be separated by white space, or by the period of an abbreviation ("U.S. Congress").
const ALIAS_GAP = /^\.?[ \t\u00A0]+$|^$/;

export function linkMentions(text: string, tokens: readonly Token[], index: DatasetIndex, context: LinkContext): Mention[] {
  const mentions: Mention[] = [];
  const personsSeen = new Set<string>();
  // Surnames the article has already given to someone the dataset does not know ("Eddie Griffin"):
  // a later bare "Griffin" is that person, never a record's namesake.
  const othersNamed = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const found = matchAliasAt(text, tokens, i, index, context) ?? matchWithMiddleInitial(text, tokens, i, index, context.articleDate);
    if (found) {
      const last = tokens[i + found.length - 1]!;
      const mention: Mention = { entityId: found.id, start: token.start, end: last.end, token: i, via: 'alias' };
      if (found.misTitle) mention.misTitle = found.misTitle;
      mentions.push(mention);
      if (found.id.startsWith('person/')) personsSeen.add(found.id);
      i += found.length;
      continue;
    }
    if (isCapitalised(token.text) && !PERSON_TITLES.has(token.text)) {
      const named = index.personsWithSurname(transcriptLabel(text, token) ?? token.text);
      const seen = named.filter((id) => personsSeen.has(id));
      const prev = tokens[i - 1];
      const afterFirstName = !!prev && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !PERSON_TITLES.has(prev.text) && /^[ \t\u00A0]+$/.test(text.slice(prev.end, token.start));
      if (named.length > 0 && afterFirstName && !isSentenceWord(text, prev)) othersNamed.add(token.text);
      if (seen.length === 1) {
        mentions.push({ entityId: seen[0]!, start: token.start, end: token.end, token: i, via: 'surname' });
      } else if (seen.length === 0 && named.length > 0 && (!othersNamed.has(token.text) || (!!prev && PERSON_TITLES.has(prev.text)))) {
        // A title that names the office still decides ("Malia Obama", then "President Obama").
        const id = bareSurname(text, tokens, i, named, index, context.articleDate, context.tokenSet);
        if (id) {
          mentions.push({ entityId: id, start: token.start, end: token.end, token: i, via: 'surname' });
          personsSeen.add(id);
        }
      }
    }
    i++;
  }
  return mentions;
}

/** Whether the record's name or alias written as `key` ends in a possessive "'s" ("Barron's"). */
function possessiveName(record: DatasetRecord, key: string): boolean {
  const names = [record.name, ...record.aliases];
  return names.some((n) => /['\u2019]s$/.test(n) && n.replace(/['\u2019]s$/, '').replace(/\./g, '') === key.replace(/\./g, ''));
}

/** A capitalised word that opens its sentence ("Later Griffin said"): no first name for certain. */
function isSentenceWord(text: string, token: Token): boolean {
  return /(?:^|[.!?:\n"\u201C]\s*)$/.test(text.slice(Math.max(0, token.start - 3), token.start)) && NOT_FIRST_NAMES.test(token.text);
}

/** Sentence openers that may stand right before a surname without being a first name. */
const NOT_FIRST_NAMES = /^(?:Then|Later|When|But|And|So|Now|Still|Yet|Also|Meanwhile|Asked|Said|Says|Earlier|Instead|Here|There)$/;

/** "PENCE:" in a transcript is the speaker Pence: the label's name in ordinary case, else null. */
function transcriptLabel(text: string, token: Token): string | null {
  if (token.text.length < 3 || !/^[A-Z'’-]+$/.test(token.text) || text[token.end] !== ':') return null;
  return token.text.charAt(0) + token.text.slice(1).toLowerCase();
}

/** Words of role titles that say nothing about which person is meant. */
const GENERIC_ROLE_WORDS = new Set(
  'United States State States President Vice Prime Minister Secretary Senator Representative Governor Member Chief Deputy Leader Speaker Chair Chairman Director General Federal National Republic Kingdom Democratic Republican Party House Senate Congress Assembly Council Committee Office Department Ministry Affairs Foreign Finance Defence Defense Interior Justice Home Health Trade Economy First Second Third District Campaign'.split(' '),
);

/** Titles that make the next capitalised word a person's surname ("Mr. Obama", "Sen. Cruz"). */
const PERSON_TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Sen', 'Senator', 'Rep', 'Representative', 'Gov', 'Governor', 'Secretary',
  'Speaker', 'Justice', 'Judge', 'Chancellor', 'Minister', 'Mayor', 'Ambassador', 'General', 'Gen', 'Prime',
]);

/**
 * What a title says about the office: "Sen. Cruz" must be a person whose role at the date is a
 * senator. "Mr." and "Ms." say nothing of the office, so they give no licence to guess.
 */
const TITLE_ROLE_WORDS: Record<string, RegExp> = {
  President: /President/, Sen: /Senator/, Senator: /Senator/, Rep: /Representative/, Representative: /Representative/,
  Gov: /Governor/, Governor: /Governor/, Secretary: /Secretary/, Speaker: /Speaker/, Chancellor: /Chancellor/,
  Minister: /Minister/, Prime: /Prime Minister/, Mayor: /Mayor/, Justice: /Justice/, Ambassador: /Ambassador/,
};

/**
 * A surname with no full name before it in the article. It links only to the one person with
 * that surname who held a role at the article's date ("Bush" in 2016 coverage is Jeb Bush, the
 * candidate, not George W. Bush), and only where it reads as a name: after a title, or inside a
 * sentence, not glued to another capitalised word ("Warren Buffett", "Brown University").
 */
function bareSurname(
  text: string,
  tokens: readonly Token[],
  i: number,
  candidates: readonly string[],
  index: DatasetIndex,
  articleDate: string | null,
  tokenSet: ReadonlySet<string>,
): string | null {
  // "Israel", "Cuban": a country or a people, not a surname, until a title or full name says otherwise.
  if (!articleDate || isNationalityWord(tokens[i]!.text) || isCountryName(tokens[i]!.text)) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const gapBefore = prev ? text.slice(prev.end, tokens[i]!.start) : '\n';
  const titled = !!prev && PERSON_TITLES.has(prev.text) && /^\.?\s+$/.test(gapBefore);
  if (next && isCapitalised(next.text) && /^\s+$/.test(text.slice(tokens[i]!.end, next.start))) return null;
  if (!titled) {
    if (prev && isCapitalised(prev.text) && /^\s+$/.test(gapBefore)) return null;
    if (!prev || /[.!?:\n"\u201C]\s*$/.test(gapBefore)) return null; // sentence-initial: may be an ordinary word
    if (candidates.length > 2) return null;
  }
  const roleWord = titled ? TITLE_ROLE_WORDS[prev.text] : undefined;
  if (titled && !roleWord) return null;
  const active = candidates.filter((id) => {
    const record = index.get(id);
    return record?.kind === 'person' && record.roles.some((r) => roleHeldOn(r, articleDate) && (!roleWord || roleWord.test(r.title)));
  });
  if (active.length !== 1) return null;
  if (titled) return active[0]!;
  // Untitled, the surname needs the article to speak of the person's place or office too
  // ("O'Neill" in a New York story is not Papua New Guinea's prime minister).
  const record = index.get(active[0]!);
  if (record?.kind !== 'person') return null;
  const evidence = record.roles
    .filter((r) => roleHeldOn(r, articleDate))
    .flatMap((r) => r.title.split(/[\s,'’()]+/))
    // Not the surname itself: "Dell" in "CEO of Dell" is the company, no evidence for Michael Dell.
    .filter((w) => /^[A-Z][a-z]{3,}/.test(w) && !GENERIC_ROLE_WORDS.has(w) && w !== tokens[i]!.text);
  // The evidence near the surname, in its paragraph (500 characters either side): a state named
  // somewhere in a campaign story says nothing about "Hudson" in "his wife in Hudson".
  const near = text.slice(Math.max(0, tokens[i]!.start - 500), tokens[i]!.end + 500);
  return evidence.some((w) => tokenSet.has(w) && new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(near)) ? active[0]! : null;
}

/**
 * "Loretta E. Lynch": a full-name alias with middle initials between its words. Initials can
 * also tell two people apart ("John F. Kennedy" is not Senator John Kennedy), so this links only
 * a person who held a role at the article's date.
 */
interface AliasMatch {
  id: string;
  length: number;
  misTitle?: string;
}

function matchWithMiddleInitial(text: string, tokens: readonly Token[], i: number, index: DatasetIndex, articleDate: string | null): AliasMatch | null {
  if (!articleDate) return null;
  const first = tokens[i]!;
  if (!isCapitalised(first.text) || index.longestAliasStartingWith(first.text) < 2) return null;
  let k = i + 1;
  while (k < tokens.length && k - i <= 2 && /^[A-Z]$/.test(tokens[k]!.text) && /^\.\s*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end))) k++;
  if (k === i + 1 || k >= tokens.length || !/^\s+$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return null;
  const targets = index.lookupAlias(`${first.text} ${tokens[k]!.text}`).filter((t) => !t.contextual);
  if (targets.length !== 1) return null;
  const record = index.get(targets[0]!.id);
  const active = record?.kind === 'person' && record.roles.some((r) => roleHeldOn(r, articleDate));
  return active ? { id: targets[0]!.id, length: k - i + 1 } : null;
}

function matchAliasAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  index: DatasetIndex,
  context: LinkContext,
): AliasMatch | null {
  const longest = Math.min(index.longestAliasStartingWith(tokens[i]!.text), tokens.length - i);
  if (longest === 0) return null;
  // Build the longest contiguous key, then try it and its prefixes from the longest down.
  const parts = [tokens[i]!.text];
  for (let k = 1; k < longest; k++) {
    const prev = tokens[i + k - 1]!;
    const next = tokens[i + k]!;
    if (!ALIAS_GAP.test(text.slice(prev.end, next.start))) break;
    parts.push(next.text);
  }
  for (let length = parts.length; length >= 1; length--) {
    const key = parts.slice(0, length).join(' ');
    const targets = index.lookupAlias(key).filter((t) => !t.contextual || contextHolds(index.get(t.id), context, tokens, i));
    if (targets.length > 1) return null; // the alias names several records: link none
    const only = targets[0];
    if (!only) continue;
    const record = index.get(only.id);
    // "McDonald's" is stored as "McDonald" (tokens drop a possessive): the page must write the "'s"
    // too, or "Michael P. McDonald" becomes the restaurant chain.
    if (record && possessiveName(record, key) && !/^['\u2019]s\b/.test(text.slice(tokens[i + length - 1]!.end))) continue;
    const misTitle = record?.kind === 'publication' && (record.misTitles ?? []).some((m) => m === key) ? text.slice(tokens[i]!.start, tokens[i + length - 1]!.end) : undefined;
    return misTitle ? { id: only.id, length, misTitle } : { id: only.id, length };
  }
  return null;
}

/** How many tokens before a bare title its author's name may stand ("Woodward's new book War"). */
const TITLE_CUE_WINDOW = 6;

function contextHolds(record: DatasetRecord | undefined, context: LinkContext, tokens: readonly Token[], i: number): boolean {
  if (!record) return false;
  if (record.kind === 'publication') {
    // A one-word title or a known mis-title links only a few words after its author's name
    // ("Woodward's new book Wars"); "the book War and Peace" is not Woodward's.
    const authors = new Set(record.authors.map((a) => (a.includes('/') ? a.split('/')[1]!.split('-').pop()! : a.split(' ').pop()!).toLowerCase()));
    for (let k = Math.max(0, i - TITLE_CUE_WINDOW); k < i; k++) if (authors.has(tokens[k]!.text.toLowerCase())) return true;
    return false;
  }
  if (record.kind === 'event') {
    if (!context.articleDate) return false;
    const days = Math.abs(daysBetween(record.start, context.articleDate));
    return days <= (record.contextWindowDays ?? 30);
  }
  if (record.kind === 'organisation' || record.kind === 'outlet') {
    return (record.contextHints ?? []).some((hint) =>
      hint.split(/\s+/).every((word) => context.tokenSet.has(word.replace(/\.$/, ''))),
    );
  }
  return false;
}

/** Whole days from `a` to `b` (dates as YYYY[-MM[-DD]], missing parts taken as the first). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(padDate(b)) - Date.parse(padDate(a))) / 86_400_000;
}

