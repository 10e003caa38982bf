/**
 * The form the build writes and packs are stored in: the lookup tables the linker reads, each
 * sorted so that lookups are binary searches straight on the loaded arrays, and the records'
 * JSON one after another in ONE string, cut by offsets and parsed one record at a time when
 * needed. The build ships the tables (dataset.json, small, parsed at start) and the record text
 * (dataset-records.txt, read as plain text: no JSON.parse over the bulk of the data). No Map and
 * no object per record is built at load. The same module writes and reads it.
 *
 * Format 2 (records as an array of JSON strings) is still read: packs stored by older versions.
 */
import { chooseClaimKeys } from '../claims/claim-keys.js';
import { tokenize } from '../text/tokens.js';
import { surnameOf } from './surname.js';
import type { CompiledDataset, DatasetRecord } from './types.js';

export interface CompiledIndex {
  format: 2 | 3;
  asOf: string;
  /** Sorted. */
  ids: string[];
  /** Format 2: JSON of each record, same order as `ids`. */
  records?: string[];
  /** Format 3: every record's JSON, in `ids` order, with no separator; shipped apart from the tables. */
  recordText?: string;
  /** Format 3: record i is recordText.slice(recordOffsets[i], recordOffsets[i + 1]). */
  recordOffsets?: number[];
  /** Alias keys (tokens joined by single spaces), sorted, with the record each names. */
  aliasKeys: string[];
  /** Index into `ids`; a contextual alias (linked only when its context holds) is stored as -(index + 1). */
  aliasTargets: number[];
  /** Distinct first tokens of the aliases, sorted, and the most tokens an alias starting with each has. */
  aliasHeads: string[];
  aliasHeadLengths: number[];
  /** Sorted, with the person each belongs to. */
  surnames: string[];
  surnameTargets: number[];
  domains: string[];
  domainTargets: number[];
  /**
   * Claim retrieval keys (../claims/claim-keys.ts), sorted, with the claim each retrieves. Absent in
   * packs stored before claims existed; such a pack simply has none.
   */
  claimKeys?: string[];
  claimTargets?: number[];
}

/** Code-unit order, the same in the compiler's sort and the reader's binary search. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First position in sorted `list` whose value is >= `key`. */
export function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortedPairs(keys: string[], targets: number[]): [string[], number[]] {
  const order = keys.map((_, i) => i).sort((a, b) => compare(keys[a]!, keys[b]!) || targets[a]! - targets[b]!);
  return [order.map((i) => keys[i]!), order.map((i) => targets[i]!)];
}

export function compileIndex(dataset: CompiledDataset): CompiledIndex {
  const texts: string[] = [];
  const out: CompiledIndex = {
    format: 3, asOf: dataset.asOf, ids: [], recordOffsets: [0], aliasKeys: [], aliasTargets: [], aliasHeads: [], aliasHeadLengths: [],
    surnames: [], surnameTargets: [], domains: [], domainTargets: [], claimKeys: [], claimTargets: [],
  };
  const records = [...dataset.records].sort((a, b) => compare(a.id, b.id));
  records.forEach((record, i) => {
    out.ids.push(record.id);
    const json = JSON.stringify(record);
    texts.push(json);
    out.recordOffsets!.push(out.recordOffsets![i]! + json.length);
    const alias = (name: string, contextual: boolean) => {
      const key = aliasKey(name);
      if (!key) return;
      out.aliasKeys.push(key);
      out.aliasTargets.push(contextual ? -(i + 1) : i);
    };
    // A one-word title ("War") is a common word: it links only in context, as do known mis-titles.
    const nameLinks = record.kind !== 'publication' || tokenize(record.name).length > 1;
    for (const name of new Set(nameLinks ? [record.name, ...record.aliases] : record.aliases)) alias(name, false);
    if (record.kind === 'organisation' || record.kind === 'event') for (const name of record.contextAliases ?? []) alias(name, true);
    if (record.kind === 'publication') for (const name of [...(nameLinks ? [] : [record.name]), ...(record.misTitles ?? [])]) alias(name, true);
    if (record.kind === 'person') {
      const surname = surnameOf(record.name);
      if (surname) {
        out.surnames.push(surname);
        out.surnameTargets.push(i);
      }
    }
    if (record.kind === 'outlet') {
      for (const domain of record.domains) {
        out.domains.push(domain.toLowerCase());
        out.domainTargets.push(i);
      }
    }
  });
  const claims = records.flatMap((r, i) => (r.kind === 'claim' ? [{ i, match: r.match }] : []));
  const keys = chooseClaimKeys(claims.map((c) => c.match));
  claims.forEach((c, k) => {
    for (const key of keys[k]!) {
      out.claimKeys!.push(key);
      out.claimTargets!.push(c.i);
    }
  });
  [out.claimKeys, out.claimTargets] = sortedPairs(out.claimKeys!, out.claimTargets!);
  [out.aliasKeys, out.aliasTargets] = sortedPairs(out.aliasKeys, out.aliasTargets);
  [out.surnames, out.surnameTargets] = sortedPairs(out.surnames, out.surnameTargets);
  const heads = new Map<string, number>();
  for (const key of out.aliasKeys) {
    const words = key.split(' ');
    heads.set(words[0]!, Math.max(heads.get(words[0]!) ?? 0, words.length));
  }
  out.aliasHeads = [...heads.keys()].sort(compare);
  out.aliasHeadLengths = out.aliasHeads.map((h) => heads.get(h)!);
  out.recordText = texts.join('');
  return out;
}

/** The tables and the record text apart, as the build ships them. */
export function splitRecordText(index: CompiledIndex): { tables: CompiledIndex; text: string } {
  const { recordText, ...tables } = index;
  return { tables, text: recordText ?? '' };
}

/** The JSON of record `i` of a part, in either format. */
export function recordJson(index: CompiledIndex, i: number): string {
  if (index.records) return index.records[i]!;
  return index.recordText!.slice(index.recordOffsets![i]!, index.recordOffsets![i + 1]!);
}

export function aliasKey(name: string): string {
  return tokenize(name).map((t) => t.text).join(' ');
}

export function isCompiledIndex(v: unknown): v is CompiledIndex {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as CompiledIndex;
  return (
    typeof c.asOf === 'string' && Array.isArray(c.ids) &&
    ((c.format === 2 && Array.isArray(c.records) && c.ids.length === c.records.length) ||
      (c.format === 3 && typeof c.recordText === 'string' && Array.isArray(c.recordOffsets) && c.recordOffsets.length === c.ids.length + 1 &&
        c.recordOffsets[c.ids.length] === c.recordText.length)) &&
    Array.isArray(c.aliasKeys) && Array.isArray(c.aliasTargets) && c.aliasKeys.length === c.aliasTargets.length &&
    Array.isArray(c.aliasHeads) && Array.isArray(c.aliasHeadLengths) && c.aliasHeads.length === c.aliasHeadLengths.length &&
    Array.isArray(c.surnames) && Array.isArray(c.surnameTargets) && Array.isArray(c.domains) && Array.isArray(c.domainTargets) &&
    (c.claimKeys === undefined || (Array.isArray(c.claimKeys) && Array.isArray(c.claimTargets) && c.claimKeys.length === c.claimTargets.length))
  );
}

export function parseRecord(json: string): DatasetRecord {
  return JSON.parse(json) as DatasetRecord;
}
