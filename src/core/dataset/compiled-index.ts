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
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { chooseClaimKeys } from '../claims/claim-keys.js';
import { partitionPoint } from '../text/sorted-search.js';
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
  /**
   * Format 3, as packs are stored: instead of `recordText`, the same text cut every `shardSize`
   * records and deflated (base64). A shard is inflated only when one of its records is needed, so a
   * 100,000-record pack costs little memory until it is used.
   */
  recordShards?: string[];
  shardSize?: number;
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
  return partitionPoint(list.length, (i) => list[i]! < key);
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
    for (const name of new Set(nameLinks ? [record.name, ...record.aliases] : record.aliases)) {
      alias(name, false);
      // "PolitiFact" is often written "Politifact": a one-word name with capitals inside links in
      // its plain capitalised form too (a form two records share links to neither, as any alias).
      const plain = plainCapitalised(name);
      if (plain) alias(plain, false);
    }
    if (record.kind === 'organisation' || record.kind === 'outlet' || record.kind === 'event') for (const name of record.contextAliases ?? []) alias(name, true);
    if (record.kind === 'publication') for (const name of [...(nameLinks ? [] : [record.name]), ...(record.misTitles ?? [])]) alias(name, true);
    if (record.kind === 'person') {
      const surname = surnameOf(record.name);
      if (surname) {
        out.surnames.push(straightApostrophes(surname));
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

/** Records per stored shard: about half a megabyte of JSON for typical records. */
export const SHARD_SIZE = 1000;

/** A pack as it is stored: the record text deflated in shards (see `recordShards`). */
export function packForStorage(index: CompiledIndex): CompiledIndex {
  if (index.recordText === undefined || !index.recordOffsets) return index;
  const { recordText, ...tables } = index;
  const offsets = index.recordOffsets;
  const shards: string[] = [];
  for (let first = 0; first < index.ids.length; first += SHARD_SIZE) {
    const last = Math.min(index.ids.length, first + SHARD_SIZE);
    shards.push(toBase64(deflateSync(strToU8(recordText.slice(offsets[first]!, offsets[last]!)))));
  }
  return { ...tables, recordShards: shards, shardSize: SHARD_SIZE };
}

// Inflated shards, a few per part: lookups cluster (one article names few records).
const inflated = new WeakMap<CompiledIndex, Map<number, string>>();
const SHARDS_KEPT = 8;

function shardText(index: CompiledIndex, k: number): string {
  let cache = inflated.get(index);
  if (!cache) inflated.set(index, (cache = new Map()));
  let text = cache.get(k);
  if (text === undefined) {
    text = strFromU8(inflateSync(fromBase64(index.recordShards![k]!)));
    if (cache.size >= SHARDS_KEPT) cache.delete(cache.keys().next().value!);
    cache.set(k, text);
  }
  return text;
}

/** The JSON of record `i` of a part, in any of the stored forms. */
export function recordJson(index: CompiledIndex, i: number): string {
  if (index.records) return index.records[i]!;
  const offsets = index.recordOffsets!;
  if (index.recordText !== undefined) return index.recordText.slice(offsets[i]!, offsets[i + 1]!);
  const size = index.shardSize!;
  const k = Math.floor(i / size);
  const base = offsets[k * size]!;
  return shardText(index, k).slice(offsets[i]! - base, offsets[i + 1]! - base);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * "PolitiFact" -> "Politifact", "HuffPost" -> "Huffpost"; null for a name without inner capitals,
 * with spaces, or shorter than six letters (short forms such as "BoJ" or "WaPo" stay exact).
 */
export function plainCapitalised(name: string): string | null {
  if (/\s/.test(name) || name.length < 6 || !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(name)) return null;
  return name.charAt(0) + name.slice(1).toLowerCase();
}

export function aliasKey(name: string): string {
  return straightApostrophes(tokenize(name).map((t) => t.text).join(' '));
}

/**
 * Keys are stored and looked up with straight apostrophes: a page writes "O’Malley" or "O'Malley"
 * as its typesetting goes, and the record names one person either way.
 */
export function straightApostrophes(key: string): string {
  return key.includes('\u2019') ? key.replace(/\u2019/g, "'") : key;
}

export function isCompiledIndex(v: unknown): v is CompiledIndex {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as CompiledIndex;
  return (
    typeof c.asOf === 'string' && Array.isArray(c.ids) &&
    ((c.format === 2 && Array.isArray(c.records) && c.ids.length === c.records.length) ||
      (c.format === 3 && Array.isArray(c.recordOffsets) && c.recordOffsets.length === c.ids.length + 1 &&
        ((typeof c.recordText === 'string' && c.recordOffsets[c.ids.length] === c.recordText.length) ||
          (Array.isArray(c.recordShards) && typeof c.shardSize === 'number' && c.shardSize > 0 &&
            c.recordShards.length === Math.ceil(c.ids.length / c.shardSize) && c.recordShards.every((x) => typeof x === 'string'))))) &&
    Array.isArray(c.aliasKeys) && Array.isArray(c.aliasTargets) && c.aliasKeys.length === c.aliasTargets.length &&
    Array.isArray(c.aliasHeads) && Array.isArray(c.aliasHeadLengths) && c.aliasHeads.length === c.aliasHeadLengths.length &&
    Array.isArray(c.surnames) && Array.isArray(c.surnameTargets) && Array.isArray(c.domains) && Array.isArray(c.domainTargets) &&
    (c.claimKeys === undefined || (Array.isArray(c.claimKeys) && Array.isArray(c.claimTargets) && c.claimKeys.length === c.claimTargets.length))
  );
}

export function parseRecord(json: string): DatasetRecord {
  return JSON.parse(json) as DatasetRecord;
}
