/**
 * Reads the source phrase next to a cue: a name ("Russian President
 * Vladimir Putin"), a pronoun ("she"), or a description ("the city's chief
 * engineer"). Works on token arrays; `text` is consulted only for the
 * punctuation between tokens.
 */
import { isCapitalised, type Token } from '../text/tokens.js';
import { isNationalityWord } from '../text/place-words.js';
import { DETERMINERS, FRACTION, LEAD_MODIFIERS, QUANTIFIERS, NAME_PARTICLES, NOT_NAMES, NUMBER_WORD, OFFICE_TITLES, PARTS_OF_DAY, PRONOUNS, RELATIVE_OPENERS, ROLE_NOUNS, SHARE_LEAD, SPEAKER_CUE_FILLERS, SPEECH_VERBS, TITLE_WORDS, VAGUE_SOURCES, WEEKDAYS } from './cues.js';

export type PhraseKind = 'name' | 'pronoun' | 'description';

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** Token range of the whole phrase as written, titles included: [first, last]. */
  first: number;
  last: number;
  /** For names: the token range of the name itself, titles stripped. */
  nameFirst: number;
  /** A title that preceded the name, lower-cased ("mayor"), for resolving "the mayor" later. */
  title: string | null;
  /** Set when the cue itself makes the phrase a source ("according to a poll"). */
  cueMarksSource?: boolean;
}

/** Words before "of" that make a share of a group ("28 percent of", "two-thirds of"). */
const SHARES = new Set('percent half third thirds quarter quarters three-quarters two-thirds majority plurality minority most many some all none each one two three four five'.split(' '));

const PLACE_PREPOSITIONS = new Set(['of', 'from', 'in']);

/** The first token of the comma-separated segment that ends at token k. */
function segmentStart(text: string, tokens: readonly Token[], k: number, lowest: number): number {
  let m = k;
  for (let steps = 0; m > lowest && !/,/.test(gap(text, tokens, m - 1)) && steps < 16; steps++) m--;
  return m;
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Plural nouns that make a source on their own ("officials said"). */
const COLLECTIVE_SOURCES = new Set(
  'officials authorities police analysts experts critics residents witnesses investigators prosecutors sources aides diplomats researchers scientists economists'.split(' '),
);

// A gap between two tokens of one name: spaces, or an abbreviation's period ("Sen. Ted Cruz", "U.S. President").
export const NAME_GAP = /^\.?[ \t\u00A0]+$/;

/**
 * Tokens k and k+1 belong to one name: a name gap, whose period (if any) ends an initial, a title or
 * an abbreviation ("John F. Kennedy", "Sen. Cruz", "U.S. President"), not a sentence ("said Ada Berg. The").
 */
export function joinsName(text: string, tokens: readonly Token[], k: number): boolean {
  const g = gap(text, tokens, k);
  if (!NAME_GAP.test(g)) return false;
  const word = tokens[k]!.text;
  return !g.startsWith('.') || /^\p{Lu}$/u.test(word) || word.includes('.') || TITLE_WORDS.has(word);
}

function gap(text: string, tokens: readonly Token[], i: number): string {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a && b ? text.slice(a.end, b.start) : '';
}



export function isNameToken(token: Token): boolean {
  return isCapitalised(token.text) || NAME_PARTICLES.has(token.text);
}

/**
 * Given a capitalised run [first, last], strip leading determiners, titles
 * and nationality words. Returns where the name itself starts, or -1 when
 * nothing but titles is left ("the President said").
 */
export function stripTitles(tokens: readonly Token[], first: number, last: number): { nameFirst: number; title: string | null } {
  let i = first;
  let title: string | null = null;
  // A descriptor before a title is part of it ("Harbour Minister Ada Lindqvist"): skip to the last title word.
  for (let k = last - 1; k > first; k--) {
    if (TITLE_WORDS.has(tokens[k]!.text)) {
      i = k;
      break;
    }
  }
  while (i <= last) {
    const word = tokens[i]!.text;
    if (DETERMINERS.has(word)) {
      i++;
      continue;
    }
    // A nationality word or title only counts as such when a name follows it.
    if (i < last && (TITLE_WORDS.has(word) || isNationalityWord(word))) {
      if (TITLE_WORDS.has(word)) title = word.toLowerCase();
      i++;
      continue;
    }
    break;
  }
  if (i > last) return { nameFirst: -1, title };
  if (NOT_NAMES.has(tokens[i]!.text) && i === last) return { nameFirst: -1, title };
  return { nameFirst: i, title };
}

/** The phrase ending at token `j` (the word right before a cue), read backwards. */
export function phraseEndingAt(text: string, tokens: readonly Token[], j: number, lowest: number): SpeakerPhrase | null {
  let k = j;
  // Fillers and adverbs between the source and the cue: "Putin also said", "Clinton emphatically proclaimed".
  while (k >= lowest && (SPEAKER_CUE_FILLERS.has(tokens[k]!.text) || /^[a-z]+ly$/.test(tokens[k]!.text))) k--;
  // "Spicer on Thursday evening said": the day it was said, between the source and the cue.
  if (k >= lowest && PARTS_OF_DAY.has(tokens[k]!.text) && WEEKDAYS.has(tokens[k - 1]?.text ?? '')) k--;
  if (k - 1 >= lowest && WEEKDAYS.has(tokens[k]!.text) && /^(on|last)$/.test(tokens[k - 1]!.text)) k -= 2;
  if (k < lowest) return null;
  k = beforeParenthetical(text, tokens, k, lowest);
  if (k < lowest) return null;
  // An apposition between commas: "Jane Doe, the city's engineer, said".
  // Ages and places go too, one segment each: "Cory Ek, 22, of Lund, Skane, said", and so does a
  // description before a relative clause: "Hogan Gidley, a former party director, whose roots …, said".
  for (let skips = 0; skips < 4 && k > lowest && /,/.test(gap(text, tokens, k)); skips++) {
    const m = segmentStart(text, tokens, k, lowest);
    if (!(m > lowest && /,/.test(gap(text, tokens, m - 1)))) break;
    const relative = RELATIVE_OPENERS.has(tokens[m]!.text) || tokens[m]!.text === 'which';
    k = m - 1;
    const previous = segmentStart(text, tokens, k, lowest);
    const place = PLACE_PREPOSITIONS.has(tokens[previous]!.text) || (k - 1 >= previous && PLACE_PREPOSITIONS.has(tokens[k - 1]!.text));
    const description = relative && DETERMINERS.has(tokens[previous]!.text.toLowerCase()) && previous > lowest && /,/.test(gap(text, tokens, previous - 1));
    if (!(/^\d+$/.test(tokens[k]!.text) && previous === k) && !place && !description) break;
  }
  const token = tokens[k]!;
  if (PRONOUNS.has(token.text)) return { kind: 'pronoun', first: k, last: k, nameFirst: k, title: null };
  // Only with a verb of saying next to it: "I think" and "it shows" report nothing.
  if (k === j && vagueSourceBeforeCue(tokens, k)) return { kind: 'pronoun', first: k, last: k, nameFirst: k, title: null };
  if (isCapitalised(token.text)) {
    let first = k;
    while (first - 1 >= lowest && isNameToken(tokens[first - 1]!) && joinsName(text, tokens, first - 1)) first--;
    // Particles cannot start a name, nor can "When" or "While" ("When Berg said …").
    while (first < k && (NAME_PARTICLES.has(tokens[first]!.text) || NOT_NAMES.has(tokens[first]!.text))) first++;
    const { nameFirst, title } = stripTitles(tokens, first, k);
    if (nameFirst === -1) return describeBackwards(text, tokens, k, lowest);
    if (NOT_NAMES.has(tokens[nameFirst]!.text) && nameFirst === k) return null;
    const whose = describedByRelation(text, tokens, first, k, lowest);
    if (whose) return whose;
    // "Ohio Democratic Party chairman David Pepper said": a lower-case role and what qualifies it
    // belong to the phrase as written (the name stays the person's).
    let lead = first;
    let reach = first;
    for (let m = first - 1; m >= lowest && first - m <= 6 && NAME_GAP.test(gap(text, tokens, m)); m--) {
      const word = tokens[m]!.text;
      const role = LEAD_MODIFIERS.has(word) || ROLE_NOUNS.has(word);
      if (!role && (!isNameToken(tokens[m]!) || NOT_NAMES.has(word))) break;
      reach = m;
      if (role) lead = reach;
    }
    // Capitalised words before the earliest role word qualify it ("Ohio Democratic Party chairman").
    if (lead < first) lead = reach;
    return { kind: 'name', first: lead, last: k, nameFirst, title };
  }
  return describeBackwards(text, tokens, k, lowest);
}

/** Prepositions that tie a role to someone else: "an adviser to", "a spokesman for", "a friend of". */
const RELATION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'of', 'with', 'at', 'from']);

/**
 * "a longtime adviser to Jon Ek said": the name ending the phrase is whom the speaker works for,
 * not the speaker. When a determiner-led role and a preposition come right before the name (which
 * starts at `nameStart`), the whole phrase is a description. Null when the name stands alone.
 */
export function describedByRelation(text: string, tokens: readonly Token[], nameStart: number, last: number, lowest: number): SpeakerPhrase | null {
  const role = nameStart - 2;
  if (role < lowest || !RELATION_PREPOSITIONS.has(tokens[nameStart - 1]!.text) || !ROLE_NOUNS.has(tokens[role]!.text)) return null;
  if (!NAME_GAP.test(gap(text, tokens, role)) || !NAME_GAP.test(gap(text, tokens, nameStart - 1))) return null;
  const described = describeBackwards(text, tokens, role, lowest);
  if (!described || !DETERMINERS.has(tokens[described.first]!.text.toLowerCase())) return null;
  return { kind: 'description', first: described.first, last, nameFirst: described.first, title: null };
}

function describeBackwards(text: string, tokens: readonly Token[], k: number, lowest: number): SpeakerPhrase | null {
  // "22 percent said", "nearly three in five said": a poll's share of respondents.
  const share = shareStart(text, tokens, k, lowest);
  if (share !== -1) return { kind: 'description', first: share, last: k, nameFirst: share, title: null };
  // A plural noun may head a group source ("Chinese traders say"); only listed heads are shown.
  if (COLLECTIVE_SOURCES.has(tokens[k]!.text) || ROLE_NOUNS.has(tokens[k]!.text) || /^[a-z]{3,}[^s]s$/.test(tokens[k]!.text)) {
    // "officials", "Former prosecutors", "Several Democratic operatives", "Sanders's top advisers":
    // modifiers and a quantifier or possessive before a speaker noun, with no punctuation between.
    let first = k;
    while (first - 1 >= lowest && k - first < 5) {
      const g = gap(text, tokens, first - 1);
      if (/^['\u2019]s?\s+$/u.test(g) && isCapitalised(tokens[first - 1]!.text)) {
        // "Sanders's top advisers", "Presidential candidate Marco Rubio's campaign": the possessor,
        // with its name and titles, opens the phrase.
        first--;
        while (first - 1 >= lowest && (isNameToken(tokens[first - 1]!) || LEAD_MODIFIERS.has(tokens[first - 1]!.text) || ROLE_NOUNS.has(tokens[first - 1]!.text)) && !NOT_NAMES.has(tokens[first - 1]!.text) && NAME_GAP.test(gap(text, tokens, first - 1))) first--;
        break;
      }
      if (!NAME_GAP.test(g) || /\./.test(g)) break;
      const word = tokens[first - 1]!.text;
      if (DETERMINERS.has(word) || QUANTIFIERS.has(word.toLowerCase())) {
        first--;
        break;
      }
      if (NOT_ROLE_WORDS.has(word) || SPEECH_VERBS.has(word) || PRONOUNS.has(word) || NOT_NAMES.has(word)) break;
      first--;
    }
    // "Nine in 10 island voters": a share written "N in M" before the group.
    const numeral = (t: Token) => /^\d+$/.test(t.text) || NUMBER_WORD.test(t.text);
    if (first - 2 >= lowest && numeral(tokens[first]!) && tokens[first - 1]!.text === 'in' && numeral(tokens[first - 2]!)) first -= 2;
    // "28 percent of voters", "about half of Democratic primary voters": a share of a group.
    if (first - 2 >= lowest && tokens[first - 1]!.text === 'of' && SHARES.has(tokens[first - 2]!.text.toLowerCase())) {
      first -= 2;
      while (first - 1 >= lowest && k - first < 9 && NAME_GAP.test(gap(text, tokens, first - 1)) && (/^(\d[\d.,]*|about|nearly|almost|just|only|a|the|some|more|than)$/i.test(tokens[first - 1]!.text) || NUMBER_WORD.test(tokens[first - 1]!.text))) first--;
    }
    if (first < k || COLLECTIVE_SOURCES.has(tokens[k]!.text)) return { kind: 'description', first, last: k, nameFirst: first, title: null };
  }
  for (let d = k; d >= Math.max(lowest, k - 6); d--) {
    if (d < k && /[,;:.]/.test(gap(text, tokens, d))) return null;
    if (DETERMINERS.has(tokens[d]!.text)) return { kind: 'description', first: d, last: k, nameFirst: d, title: null };
  }
  return null;
}



/** First token of a bare share ending at `k` ("22 percent", "more than six in 10"), or -1. */
function shareStart(text: string, tokens: readonly Token[], k: number, lowest: number): number {
  let first: number;
  const number = (t: Token | undefined) => !!t && (/^\d+$/.test(t.text) || NUMBER_WORD.test(t.text));
  if (tokens[k]!.text === 'percent' && k - 1 >= lowest && (/^\d/.test(tokens[k - 1]!.text) || NUMBER_WORD.test(tokens[k - 1]!.text))) {
    first = k - 1;
    // "Seventy-four percent", "twenty five percent".
    while (first - 1 >= lowest && NUMBER_WORD.test(tokens[first - 1]!.text) && /^[-\s]$/.test(gap(text, tokens, first - 1))) first--;
  }
  else if (k - 2 >= lowest && number(tokens[k]) && tokens[k - 1]!.text === 'in' && number(tokens[k - 2])) first = k - 2;
  else if (FRACTION.test(tokens[k]!.text)) first = k - 1 >= lowest && NUMBER_WORD.test(tokens[k - 1]!.text) && NAME_GAP.test(gap(text, tokens, k - 1)) ? k - 1 : k;
  else return -1;
  // "32.5 percent": the decimal point splits the number.
  while (first - 1 >= lowest && /^\d+$/.test(tokens[first - 1]!.text) && /^[.,]$/.test(gap(text, tokens, first - 1))) first--;
  while (first - 1 >= lowest && k - first < 8 && SHARE_LEAD.test(tokens[first - 1]!.text) && NAME_GAP.test(gap(text, tokens, first - 1))) first--;
  return first;
}

const NOT_ROLE_WORDS = new Set('has had have is was are were will would can could may might also then and or but with to of in on at for from by'.split(' '));

/**
 * "Supervisor of Elections Susan Bucher": after an office title and "of", a run of three or more
 * capitalised words starts with the office's last word; the name is the run's last two words.
 */
export function nameAfterTitleOf(tokens: readonly Token[], runFirst: number, last: number): number {
  const office = tokens[runFirst - 2]?.text.toLowerCase() ?? '';
  return last - runFirst >= 2 && tokens[runFirst - 1]?.text === 'of' && OFFICE_TITLES.has(office) ? last - 1 : runFirst;
}

/** "it said", "another said", "I said": a vague source right before a verb of saying ("I think" is none). */
function vagueSourceBeforeCue(tokens: readonly Token[], k: number): boolean {
  return VAGUE_SOURCES.has(tokens[k]!.text) && SPEECH_VERBS.has(tokens[k + 1]?.text ?? '');
}

/** A lower-case word that can describe a role between an organisation and a name ("president", "pollster"). */
function isRoleWord(word: string): boolean {
  return /^[a-z][a-z-]*$/.test(word) && !NOT_ROLE_WORDS.has(word) && !SPEECH_VERBS.has(word) && !DETERMINERS.has(word);
}

/**
 * The whole phrase between a quote and the cue after it (“…,” super PAC spokeswoman Kellyanne
 * Conway said): everything there is the source, and its last capitalised run is the name.
 */
/**
 * "Sen. Elizabeth Warren (D-Mass.) said": a short parenthetical closing at token k (party and
 * state, an age) is not the name; the token before its "(" is. Returns k when there is none.
 */
function beforeParenthetical(text: string, tokens: readonly Token[], k: number, lowest: number): number {
  if (!/^\.?\)/.test(gap(text, tokens, k))) return k;
  for (let m = k; m >= lowest && k - m < 4; m--) {
    if (/\($/.test(gap(text, tokens, m - 1).trimEnd())) return m - 1;
  }
  return k;
}

export function phraseBetween(text: string, tokens: readonly Token[], first: number, last: number): SpeakerPhrase | null {
  last = beforeParenthetical(text, tokens, last, first);
  if (last < first || last - first > 9) return null;
  for (let k = first; k < last; k++) {
    const g = gap(text, tokens, k);
    // "Sen. Ada Lindqvist", "John F. Kennedy": the period of a title or an initial is no sentence break.
    if (/[;:!?]/.test(g) || (/\./.test(g) && !(TITLE_WORDS.has(tokens[k]!.text) || /^\p{Lu}$/u.test(tokens[k]!.text)))) return null;
  }
  if (first === last && PRONOUNS.has(tokens[first]!.text)) return { kind: 'pronoun', first, last, nameFirst: first, title: null };
  if (first === last && vagueSourceBeforeCue(tokens, first)) return { kind: 'pronoun', first, last, nameFirst: first, title: null };
  // An apposition after the name ("Jane Doe, the city's engineer, said"): the name comes first.
  const comma = [...Array(last - first).keys()].map((d) => first + d).find((k) => /,/.test(gap(text, tokens, k)));
  const end = comma ?? last;
  if (isCapitalised(tokens[end]!.text) && !NOT_NAMES.has(tokens[end]!.text)) {
    let start = end;
    while (start - 1 >= first && isNameToken(tokens[start - 1]!) && joinsName(text, tokens, start - 1)) start--;
    while (start < end && NAME_PARTICLES.has(tokens[start]!.text)) start++;
    const { nameFirst, title } = stripTitles(tokens, start, end);
    const whose = nameFirst !== -1 && comma === undefined ? describedByRelation(text, tokens, start, end, first) : null;
    if (whose) return whose;
    if (nameFirst !== -1) return { kind: 'name', first, last: end, nameFirst, title };
  }
  if (comma !== undefined) return null;
  const head = tokens[first]!.text;
  if (DETERMINERS.has(head) || isRoleWord(head) || /^[A-Z]/.test(head)) return { kind: 'description', first, last, nameFirst: first, title: null };
  return null;
}

/** The phrase starting at token `i` (right after a cue: "said Putin", "according to the mayor"). */
export function phraseStartingAt(text: string, tokens: readonly Token[], i: number, highest: number): SpeakerPhrase | null {
  if (i > highest || i >= tokens.length) return null;
  const token = tokens[i]!;
  if (PRONOUNS.has(token.text)) return { kind: 'pronoun', first: i, last: i, nameFirst: i, title: null };
  if (DETERMINERS.has(token.text) || COLLECTIVE_SOURCES.has(token.text)) {
    // "the mayor", "a senior official": up to the next punctuation, at most 6 words.
    let last = i;
    while (
      last + 1 <= highest &&
      last - i < 5 &&
      !/[,;:.]/.test(gap(text, tokens, last)) &&
      !isCapitalised(tokens[last + 1]!.text) &&
      !RELATIVE_WORDS.has(tokens[last + 1]!.text) && // "one source who identified Sullivan": Sullivan is not the source
      !SPEECH_VERBS.has(tokens[last + 1]!.text) // "the newspaper wrote": the cue is not part of the source
    ) last++;
    // "the mayor, Jane Doe" and "the Kremlin" are handled as names when a capitalised run follows.
    // Only across words that can describe someone ("the Ohio-born mayor Jane Doe"), not across a
    // verb or a preposition ("The businessman spoke in Lund").
    const describes = tokens.slice(i + 1, last + 1).every((t) => !NOT_ROLE_WORDS.has(t.text) && !SPEECH_VERBS.has(t.text) && !/^[a-z]+ed$/.test(t.text));
    if (last + 1 <= highest && describes && isCapitalised(tokens[last + 1]!.text) && !/[,;:.]/.test(gap(text, tokens, last))) {
      const named = phraseStartingAt(text, tokens, last + 1, highest);
      // "a prominent Republican National Committee member": an organisation and a role after a
      // determiner describe someone; the organisation is not the source.
      const next = named && named.last + 1 <= highest && NAME_GAP.test(gap(text, tokens, named.last)) ? tokens[named.last + 1]!.text : '';
      if (named?.kind === 'name' && ROLE_NOUNS.has(next)) return { kind: 'description', first: i, last: named.last + 1, nameFirst: i, title: null };
      return named;
    }
    // "a spokesman for (the) Platte River": the name after a role and its preposition ends the description.
    const preposition = tokens[last]!.text === 'the' ? last - 1 : last;
    if (preposition > i && last + 1 <= highest && RELATION_PREPOSITIONS.has(tokens[preposition]!.text) && ROLE_NOUNS.has(tokens[preposition - 1]!.text) && NAME_GAP.test(gap(text, tokens, last))) {
      const whom = phraseStartingAt(text, tokens, last + 1, highest);
      if (whom?.kind === 'name') return { kind: 'description', first: i, last: whom.last, nameFirst: i, title: null };
    }
    return { kind: 'description', first: i, last, nameFirst: i, title: null };
  }
  if (!isCapitalised(token.text)) return roleLedName(text, tokens, i, highest);
  let last = i;
  while (last + 1 <= highest && isNameToken(tokens[last + 1]!) && joinsName(text, tokens, last)) last++;
  while (last > i && NAME_PARTICLES.has(tokens[last]!.text)) last--;
  // "Judicial Watch president Tom Fitton", "Democratic pollster Peter Fenn": an organisation and a
  // lower-case role before the person's name; the person is the source.
  let k = last + 1;
  while (k <= highest && k - last <= 2 && isRoleWord(tokens[k]!.text) && NAME_GAP.test(gap(text, tokens, k - 1))) k++;
  // The word before the person must read as a role ("president", "pollster"), not a verb ("Ek attacked Berg").
  const roleBefore = tokens[k - 1]?.text ?? '';
  // A role-like ending counts only on a longer word: "after", "over", "sent" and "went" are none.
  const readsAsRole =
    ROLE_NOUNS.has(roleBefore) || LEAD_MODIFIERS.has(roleBefore) || /(?:ist|ian|man|woman)$/.test(roleBefore) || (roleBefore.length >= 6 && /(?:er|or|ant|ent)$/.test(roleBefore) && !NOT_ROLE_WORDS.has(roleBefore) && !/^(?:whether|together|however|another|neither|either|rather|further|whatever|whenever)$/.test(roleBefore));
  if (k > last + 1 && readsAsRole && k <= highest && isCapitalised(tokens[k]!.text) && NAME_GAP.test(gap(text, tokens, k - 1))) {
    const person = phraseStartingAt(text, tokens, k, highest);
    // Only when the person's name ends the phrase: "Ayotte has tangled with Trump once" is no source.
    const after = person ? person.last + 1 : -1;
    if (person && person.kind === 'name' && (after > highest || SPEECH_VERBS.has(tokens[after]!.text) || /[,;:.]/.test(gap(text, tokens, person.last)))) {
      return { ...person, first: i };
    }
  }
  const { nameFirst, title } = stripTitles(tokens, i, last);
  if (nameFirst === -1) return title ? { kind: 'description', first: i, last, nameFirst: i, title } : null;
  if (NOT_NAMES.has(tokens[nameFirst]!.text) && nameFirst === last) return null;
  return { kind: 'name', first: i, last, nameFirst, title };
}

/** Words that may follow a source phrase after a cue ("said Frank Luntz in an interview"). */
const PHRASE_END_WORDS = new Set('in on at during after before from while to when of'.split(' '));

/**
 * "said former Massachusetts congressman Barney Frank", "said pollster Frank Luntz": a lower-case
 * title (modifiers, role nouns, capitalised places) before a name. Taken only when the name ends
 * the phrase (punctuation, the window's end, or a cue follows), so "said today Putin met" is not one.
 */
function roleLedName(text: string, tokens: readonly Token[], i: number, highest: number): SpeakerPhrase | null {
  let j = i;
  let lastLower = -1;
  let roles = 0;
  while (j <= highest && j - i <= 7) {
    const word = tokens[j]!.text;
    const lower = !isCapitalised(word);
    const role = LEAD_MODIFIERS.has(word) || ROLE_NOUNS.has(word);
    // Other lower-case words may qualify a role ("former tech executive", "secretary of state").
    if (lower && !role && !(isRoleWord(word) || (word === 'of' && lastLower === j - 1))) break;
    // A plain lower-case word after "role Name" ends the phrase ("executive Jon Ek during").
    if (lower && !role && lastLower !== -1 && lastLower < j - 1) break;
    if (lower) lastLower = j;
    if (role) roles++;
    if (j + 1 > highest || !NAME_GAP.test(gap(text, tokens, j))) break;
    j++;
  }
  if (lastLower === -1 || roles === 0 || lastLower + 1 > highest || lastLower + 1 > j) return null;
  const person = phraseStartingAt(text, tokens, lastLower + 1, highest);
  if (!person || person.kind !== 'name') return null;
  const after = person.last + 1;
  const ends = after > highest || SPEECH_VERBS.has(tokens[after]!.text) || PHRASE_END_WORDS.has(tokens[after]!.text) || /[,;:.(]/.test(gap(text, tokens, person.last));
  if (!ends) return null;
  return { ...person, first: i, title: person.title ?? tokens[lastLower]!.text };
}

