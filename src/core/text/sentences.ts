/**
 * Sentence ends in plain text: a terminal mark, optional closing quotes or
 * brackets, white space, then something that can start a sentence. Known
 * abbreviations and initials do not end a sentence.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'mt', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc',
  'corp', 'co', 'ltd', 'dept', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'rev', 'hon', 'gov', 'atty', 'supt',
]);

// A run of marks is taken whole, once, from its first mark (the lookbehind, and a lookahead with a
// backreference standing in for an atomic group): trying it again from each later mark of a long
// run ("........") made the scan quadratic. The first mark is matched before the lookbehind so that
// the engine can still skip quickly to the next mark.
const BOUNDARY = /[.?!\u2026](?<![.?!\u2026]{2})(?=([.?!\u2026]*))\1(?=([\u201D\u2019"')\]\u00BB]*))\2(?=\s+[\p{Lu}\p{N}\u201C\u201E"'\u00AB(\[]|\s*$)/gu;

/**
 * Offsets just after each sentence end in `text[from, to)`, in order. The
 * caller decides what to do with ends that fall inside quotations.
 */
export function sentenceEnds(text: string, from = 0, to = text.length): number[] {
  const ends: number[] = [];
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m !== null && m.index < to; m = BOUNDARY.exec(text)) {
    if (m[0].startsWith('.') && isAbbreviationBefore(text, m.index)) continue;
    ends.push(m.index + m[0].length);
  }
  return ends;
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word);
}
