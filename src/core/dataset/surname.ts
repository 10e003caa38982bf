import { tokenize } from '../text/tokens.js';

const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** The last name of a person's display name, ignoring "Jr." and the like. */
export function surnameOf(name: string): string | undefined {
  // "Philippe of Belgium", "Henri, Grand Duke of Luxembourg": a monarch's style ends in a place, not a surname.
  if (/\sof\s|,/.test(name)) return undefined;
  const tokens = tokenize(name).map((t) => t.text);
  while (tokens.length > 1 && NAME_SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens.length > 1 ? tokens[tokens.length - 1] : undefined;
}
