/**
 * The one binary search of the core: sorted token, sentence, mention and key lists are all looked
 * up through it, so the boundary logic is written (and tested) once.
 */

/**
 * The first index in [from, length) where `before(i)` is false, for a list where `before` holds on a
 * prefix and fails on the rest (a sorted list and a "comes before the target" test).
 */
export function partitionPoint(length: number, before: (i: number) => boolean, from = 0): number {
  let lo = from;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
