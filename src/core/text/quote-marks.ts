/**
 * Quotation marks in the styles news text uses. Straight marks are
 * ambiguous (the same character opens and closes), so they are decided by
 * what stands before them; see `isOpeningStraightQuote`.
 */

/** Opening mark -> the marks that may close it. */
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['\u201C', '\u201D'], // “ ”  English
  ['\u201E', '\u201C\u201D'], // „ “  German, Czech; „ ” Polish, Hungarian
  ['\u00AB', '\u00BB'], // « »  French, Russian, Spanish
  ['\u300C', '\u300D'], // 「 」 Japanese, Chinese
  ['\u300E', '\u300F'], // 『 』
  ['"', '"'],
  ['\u201F', '\u201D'], // ‟ ”
]);

/** Some languages (Danish, Swedish-style) open with » and close with «. */
const REVERSED_GUILLEMETS = new Map([['\u00BB', '\u00AB']]);

export function closersFor(opening: string, lang: string | null): string | null {
  const base = CLOSERS.get(opening);
  if (base) return base;
  if (lang && /^(da|sv|fi)\b/.test(lang)) return REVERSED_GUILLEMETS.get(opening) ?? null;
  return null;
}

/** A straight `"` opens when nothing word-like stands right before it. */
export function isOpeningStraightQuote(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1] ?? ' ';
  return /[\s([{\u2014\u2013\-/:;,]/.test(before);
}
