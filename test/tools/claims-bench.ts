/**
 * Claim matching figures for `npm run bench`: time per article spent in matchClaims with the
 * bundled claims, with 500 generated claims and with 50,000, on the PolNeAR dev texts.
 *
 * Generated claims look like real ones: one or two real people as entities, a distinctive word
 * (an invented one for most; a real mid-frequency word of the articles for one claim in five, so
 * that many are retrieved and verified), one or two groups of common words, sometimes a number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchClaims, type EntityPlacement } from '../../src/core/claims/match-claims.js';
import { compileIndex } from '../../src/core/dataset/compiled-index.js';
import { DatasetIndex } from '../../src/core/dataset/dataset-index.js';
import type { ClaimRecord } from '../../src/core/dataset/types.js';
import { linkMentions } from '../../src/core/entities/link-mentions.js';
import { tokenize, type Token } from '../../src/core/text/tokens.js';
import { readCompiledIndex } from '../../src/cli/load-dataset.js';
import { PROJECT_ROOT, SHARED } from '../helpers/shared-material.js';

interface Prepared {
  text: string;
  tokens: Token[];
  placements: EntityPlacement[];
}

function texts(): string[] {
  const dir = join(SHARED, 'eval', 'polnear', 'dev');
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }).text);
  } catch {
    return [];
  }
}

/** A tiny deterministic generator, so runs compare. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function invented(i: number): string {
  const parts = ['zor', 'bel', 'qua', 'mip', 'tren', 'dax', 'vul', 'osk', 'fen', 'gri'];
  let s = '';
  for (let n = i + 11; n > 0; n = Math.floor(n / parts.length)) s += parts[n % parts.length];
  return s;
}

export function generateClaims(count: number, people: readonly string[], vocabulary: { common: string[]; middle: string[] }): ClaimRecord[] {
  const next = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const cite = [{ url: 'https://example.org/a', title: 'Example', primary: true }, { url: 'https://example.org/b', title: 'Example B' }];
  const out: ClaimRecord[] = [];
  for (let i = 0; i < count; i++) {
    const distinctive = next() < 0.2 ? pick(vocabulary.middle) : invented(i);
    const terms = [[distinctive], [pick(vocabulary.common), pick(vocabulary.common)]];
    if (next() < 0.5) terms.push([pick(vocabulary.common), pick(vocabulary.middle)]);
    const entities = next() < 0.8 ? [pick(people)] : [];
    out.push({
      id: `claim/gen-${i}`, kind: 'claim', name: `Generated claim ${i}`, aliases: [], variants: [], claimants: [{ who: 'Nobody', date: '2020' }],
      involves: entities, topic: 'politics', countries: ['US'], description: 'Generated for benchmarks.', context: 'Generated for benchmarks; no context.',
      match: { entities, terms, ...(next() < 0.3 ? { numbers: [Math.floor(next() * 100)] } : {}) }, citations: cite, checked: '2026-01-01',
    });
  }
  return out;
}

function msPerArticle(index: DatasetIndex, prepared: readonly Prepared[], rounds = 5): { ms: number; notes: number } {
  let best = Infinity;
  let notes = 0;
  for (let r = 0; r < rounds; r++) {
    notes = 0;
    const start = performance.now();
    for (const p of prepared) notes += matchClaims(p.text, p.tokens, p.placements, index).length;
    best = Math.min(best, (performance.now() - start) / prepared.length);
  }
  return { ms: best, notes };
}

export function claimsBench(): void {
  const all = texts();
  if (all.length === 0) {
    console.log('claims: skipped (../shared/eval/polnear/dev is absent)');
    return;
  }
  const bundled = readCompiledIndex(join(PROJECT_ROOT, 'dist', 'chrome', 'dataset.json'));
  const base = new DatasetIndex([bundled]);
  const prepared = all.map((text): Prepared => {
    const tokens = tokenize(text);
    const placements = linkMentions(text, tokens, base, { articleDate: null, tokenSet: new Set(tokens.map((t) => t.text)) });
    return { text, tokens, placements };
  });
  // Word frequencies over the articles: the commonest 300 (after the top 50) and a middle band.
  const freq = new Map<string, number>();
  for (const p of prepared) for (const t of p.tokens) if (/^\p{Ll}{4,}$/u.test(t.text)) freq.set(t.text, (freq.get(t.text) ?? 0) + 1);
  const ranked = [...freq].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const vocabulary = { common: ranked.slice(50, 350), middle: ranked.slice(1000, 6000) };
  const people = bundled.ids.filter((id) => id.startsWith('person/'));
  const claimCount = bundled.ids.filter((id) => id.startsWith('claim/')).length;

  const rows: [string, DatasetIndex][] = [[`bundled (${claimCount} claims)`, base]];
  for (const n of [500, 50_000]) {
    const pack = compileIndex({ format: 1, asOf: '2026-01-01', records: generateClaims(n, people, vocabulary) });
    rows.push([`bundled + ${n.toLocaleString('en')} generated`, new DatasetIndex([bundled, pack])]);
  }
  const figures = rows.map(([label, index]) => ({ label, ...msPerArticle(index, prepared) }));
  for (const f of figures) console.log(`claims: ${f.label}: matching ${f.ms.toFixed(3)} ms per article (${prepared.length} PolNeAR dev articles), ${f.notes} notes`);
  const ratio = figures[2]!.ms / figures[1]!.ms;
  console.log(`claims: 50,000 vs 500 generated claims: ${ratio.toFixed(2)}x the time for 100x the claims`);
}
