/**
 * Retrieval keys for claims, so that matching an article costs time in its own length and not in
 * the number of claims. Each claim is posted under the alternatives of only ONE of its conditions,
 * the rarest one in the dataset; every condition must hold for a match, so any article that
 * matches the claim contains one of those keys. The compiler writes the postings (sorted pairs in
 * the compiled index) and the matcher derives the same kind of keys from the article.
 *
 * Key forms: a lower-case word; "~stem" for a prefix term ("vaccin*"); "#n" for a number;
 * "@record-id" for an entity.
 */
import type { ClaimMatch } from '../dataset/types.js';

/** Words of a term or a text, lower case, apostrophes unified, hyphens split ("lab-leak" = "lab leak"). */
export function termWords(term: string): string[] {
  return term
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/[\s-]+/)
    .filter((w) => w !== '');
}

/** The keys that retrieve one alternative of a term group. */
function alternativeKey(alternative: string): string {
  const words = termWords(alternative);
  const first = words[0] ?? '';
  if (words.length === 1 && first.endsWith('*')) return `~${first.slice(0, -1)}`;
  return first.replace(/\*$/, '');
}

/** Every condition of a claim as the list of keys that can retrieve it. */
export function conditionKeys(match: ClaimMatch): string[][] {
  return [
    ...match.entities.map((id) => [`@${id}`]),
    ...match.terms.map((group) => [...new Set(group.map(alternativeKey))]),
    ...(match.numbers ?? []).map((n) => [`#${n}`]),
  ];
}

/**
 * For each claim, the keys of its rarest condition (fewest claims posted under its keys across
 * this set of claims). Returned in the same order as `matches`.
 */
export function chooseClaimKeys(matches: readonly ClaimMatch[]): string[][] {
  const conditions = matches.map(conditionKeys);
  const frequency = new Map<string, number>();
  for (const claim of conditions) for (const keys of claim) for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  return conditions.map((claim) => {
    let best: string[] = [];
    let bestCost = Infinity;
    for (const keys of claim) {
      const cost = keys.reduce((sum, key) => sum + (frequency.get(key) ?? 0), 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = keys;
      }
    }
    return best;
  });
}

/** Shortest and longest stem a prefix term may have (the validator checks both). */
export const MIN_STEM = 4;
export const MAX_STEM = 24;
