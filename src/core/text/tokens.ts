/**
 * Word tokens with offsets. One regex pass over the text, so tokenising is
 * linear in its length.
 */

export interface Token {
  /** The word as written, without a possessive ending ("NBC" for "NBC’s"). */
  text: string;
  start: number;
  end: number;
}

// Letters and digits, joined by inner apostrophes, hyphens, periods ("U.S"), ampersands ("AT&T").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\-.&][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['\u2019]s$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    if (m.index + word.length > to) word = word.slice(0, to - m.index);
    if (POSSESSIVE.test(word) && word.length > 2) word = word.slice(0, -2);
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
