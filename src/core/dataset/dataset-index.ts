/**
 * The loaded dataset: records by id, and the alias table the linker reads.
 * Built from a `CompiledDataset` (what the build writes) so that the worker,
 * the CLI and the tests all read the same format.
 *
 * Aliases are kept as one Map from their joined tokens, plus the longest
 * alias length for each first token: a lookup costs a few hashes per
 * article token, whatever the number of records, and memory stays one
 * entry per alias (a token trie of Maps costs several times more).
 */
import { tokenize } from '../text/tokens.js';
import type { CompiledDataset, DatasetRecord, OutletRecord } from './types.js';

export interface AliasTarget {
  id: string;
  /** Links only when the record's context condition holds (event date window, country hints). */
  contextual: boolean;
}

export class DatasetIndex {
  readonly asOf: string;
  private readonly records = new Map<string, DatasetRecord>();
  private readonly aliases = new Map<string, AliasTarget[]>();
  private readonly longestAliasFrom = new Map<string, number>();
  private readonly personsBySurname = new Map<string, string[]>();
  private readonly outletsByDomain = new Map<string, string>();

  constructor(compiled: CompiledDataset) {
    this.asOf = compiled.asOf;
    for (const record of compiled.records) this.add(record);
  }

  get size(): number {
    return this.records.size;
  }

  get(id: string): DatasetRecord | undefined {
    return this.records.get(id);
  }

  /** Records that this exact alias (its tokens joined by single spaces) names. */
  lookupAlias(key: string): readonly AliasTarget[] {
    return this.aliases.get(key) ?? [];
  }

  /** How many tokens the longest alias starting with this token has; 0 if none. */
  longestAliasStartingWith(token: string): number {
    return this.longestAliasFrom.get(token) ?? 0;
  }

  personsWithSurname(surname: string): readonly string[] {
    return this.personsBySurname.get(surname) ?? [];
  }

  /** The outlet publishing on this host or any parent domain of it ("edition.cnn.com" -> cnn.com). */
  outletForHost(hostname: string): OutletRecord | undefined {
    let host = hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
    for (;;) {
      const id = this.outletsByDomain.get(host);
      if (id) return this.records.get(id) as OutletRecord | undefined;
      const dot = host.indexOf('.');
      if (dot === -1 || host.indexOf('.', dot + 1) === -1) return undefined;
      host = host.slice(dot + 1);
    }
  }

  private add(record: DatasetRecord): void {
    this.records.set(record.id, record);
    // A one-word title ("War") is a common word: a publication links by its aliases only.
    const nameLinks = record.kind !== 'publication' || tokenize(record.name).length > 1;
    const names = new Set(nameLinks ? [record.name, ...record.aliases] : record.aliases);
    for (const name of names) this.addAlias(name, { id: record.id, contextual: false });
    if (record.kind === 'organisation' || record.kind === 'event') {
      for (const name of record.contextAliases ?? []) this.addAlias(name, { id: record.id, contextual: true });
    }
    if (record.kind === 'person') {
      const surname = surnameOf(record.name);
      if (surname) {
        const list = this.personsBySurname.get(surname) ?? [];
        list.push(record.id);
        this.personsBySurname.set(surname, list);
      }
    }
    if (record.kind === 'outlet') {
      for (const domain of record.domains) this.outletsByDomain.set(domain.toLowerCase(), record.id);
    }
  }

  private addAlias(name: string, target: AliasTarget): void {
    const tokens = tokenize(name).map((t) => t.text);
    const first = tokens[0];
    if (!first) return;
    const key = tokens.join(' ');
    const list = this.aliases.get(key) ?? [];
    if (!list.some((t) => t.id === target.id)) list.push(target);
    this.aliases.set(key, list);
    this.longestAliasFrom.set(first, Math.max(this.longestAliasFrom.get(first) ?? 0, tokens.length));
  }
}

const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** The last name of a person's display name, ignoring "Jr." and the like. */
export function surnameOf(name: string): string | undefined {
  const tokens = tokenize(name).map((t) => t.text);
  while (tokens.length > 1 && NAME_SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens.length > 1 ? tokens[tokens.length - 1] : undefined;
}
