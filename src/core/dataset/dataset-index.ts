/**
 * The loaded dataset: the bundled index and any packs. Built from `CompiledIndex` parts
 * (./compiled-index.ts), which the build writes and packs are stored as; a later part's record
 * replaces an earlier one with the same id, names and all.
 *
 * Every lookup is a binary search on the part's sorted arrays, so loading builds nothing and a
 * lookup costs O(log n) per part, whatever the number of records. Records stay JSON strings
 * until a card needs one.
 */
import { compileIndex, lowerBound, parseRecord, recordJson, straightApostrophes, type CompiledIndex } from './compiled-index.js';
import type { CompiledDataset, DatasetRecord, OutletRecord } from './types.js';

export interface AliasTarget {
  id: string;
  /** Links only when the record's context condition holds (event date window, country hints). */
  contextual: boolean;
}


/**
 * The forms a key is looked up in: with straight apostrophes (how keys are compiled now), and as
 * written when it holds a curly one (how packs stored before 2026-11-29 compiled theirs).
 */
function keyForms(written: string): string[] {
  const straight = straightApostrophes(written);
  return straight === written ? [written] : [straight, written];
}

export class DatasetIndex {
  readonly asOf: string;
  private readonly parsed = new Map<string, DatasetRecord>();
  private readonly outletsByDomain = new Map<string, string>();
  private count: number | null = null;
  private heads: Map<string, number> | null = null;

  constructor(private readonly parts: readonly CompiledIndex[]) {
    this.asOf = parts.reduce((max, p) => (p.asOf > max ? p.asOf : max), '0000-00-00');
    // Domains are few (one or two per outlet): a Map is cheap and makes host lookups simple.
    parts.forEach((part, p) => {
      for (let k = 0; k < part.domains.length; k++) {
        const id = part.ids[part.domainTargets[k]!]!;
        if (!this.replacedAfter(id, p)) this.outletsByDomain.set(part.domains[k]!, id);
      }
    });
  }

  /** For tests and tools: an index straight from validated records. */
  static fromDataset(dataset: CompiledDataset): DatasetIndex {
    return new DatasetIndex([compileIndex(dataset)]);
  }

  get size(): number {
    if (this.count === null) {
      let n = 0;
      this.parts.forEach((part, p) => part.ids.forEach((id) => (n += this.replacedAfter(id, p) ? 0 : 1)));
      this.count = n;
    }
    return this.count;
  }

  get(id: string): DatasetRecord | undefined {
    const cached = this.parsed.get(id);
    if (cached) return cached;
    for (let p = this.parts.length - 1; p >= 0; p--) {
      const part = this.parts[p]!;
      const i = lowerBound(part.ids, id);
      if (part.ids[i] !== id) continue;
      const record = parseRecord(recordJson(part, i));
      this.parsed.set(id, record);
      return record;
    }
    return undefined;
  }

  /** Records that this exact alias (its tokens joined by single spaces) names. */
  lookupAlias(written: string): readonly AliasTarget[] {
    const out: AliasTarget[] = [];
    this.parts.forEach((part, p) => {
      for (const key of keyForms(written)) {
        for (let k = lowerBound(part.aliasKeys, key); k < part.aliasKeys.length && part.aliasKeys[k] === key; k++) {
          const target = part.aliasTargets[k]!;
          const id = part.ids[target < 0 ? -target - 1 : target]!;
          if (!this.replacedAfter(id, p) && !out.some((t) => t.id === id)) out.push({ id, contextual: target < 0 });
        }
      }
    });
    return out;
  }

  /**
   * How many tokens the longest alias starting with this token has; 0 if none. Asked for every
   * token of every article, so the first tokens get one Map, built on first use.
   */
  longestAliasStartingWith(token: string): number {
    if (!this.heads) {
      this.heads = new Map();
      for (const part of this.parts) {
        for (let k = 0; k < part.aliasHeads.length; k++) {
          const head = part.aliasHeads[k]!;
          const length = part.aliasHeadLengths[k]!;
          if ((this.heads.get(head) ?? 0) < length) this.heads.set(head, length);
        }
      }
    }
    // Asked for every token: no array per call, and the curly form only when the token has one.
    const straight = straightApostrophes(token);
    const length = this.heads.get(straight) ?? 0;
    return straight === token ? length : Math.max(length, this.heads.get(token) ?? 0);
  }

  personsWithSurname(written: string): readonly string[] {
    const out: string[] = [];
    this.parts.forEach((part, p) => {
      for (const surname of keyForms(written)) {
        for (let k = lowerBound(part.surnames, surname); k < part.surnames.length && part.surnames[k] === surname; k++) {
          const id = part.ids[part.surnameTargets[k]!]!;
          if (!this.replacedAfter(id, p) && !out.includes(id)) out.push(id);
        }
      }
    });
    return out;
  }

  /** Ids of the claims posted under any of these keys (see ../claims/claim-keys.ts), each once. */
  claimsForKeys(keys: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const key of keys) {
      this.parts.forEach((part, p) => {
        const claimKeys = part.claimKeys;
        if (!claimKeys || claimKeys.length === 0) return;
        for (let k = lowerBound(claimKeys, key); k < claimKeys.length && claimKeys[k] === key; k++) {
          const id = part.ids[part.claimTargets![k]!]!;
          if (!this.replacedAfter(id, p)) out.add(id);
        }
      });
    }
    return [...out];
  }

  /** The outlet publishing on this host or any parent domain of it ("edition.cnn.com" -> cnn.com). */
  outletForHost(hostname: string): OutletRecord | undefined {
    let host = hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
    for (;;) {
      const id = this.outletsByDomain.get(host);
      if (id) return this.get(id) as OutletRecord | undefined;
      const dot = host.indexOf('.');
      if (dot === -1 || host.indexOf('.', dot + 1) === -1) return undefined;
      host = host.slice(dot + 1);
    }
  }

  /** Does a part after `p` hold a record with this id (which then replaces part p's)? */
  private replacedAfter(id: string, p: number): boolean {
    for (let q = p + 1; q < this.parts.length; q++) {
      const ids = this.parts[q]!.ids;
      if (ids[lowerBound(ids, id)] === id) return true;
    }
    return false;
  }
}
