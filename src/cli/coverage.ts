/**
 * dataset coverage GOLD_DIR [--sample N] [--misses N]: of the named sources of direct quotes in a
 * Citron-format gold set, how many the linker connects to a dataset record (a mention
 * overlapping the gold source span), and a random sample of those links for checking by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetIndex } from '../core/dataset/dataset-index.js';
import { linkMentions } from '../core/entities/link-mentions.js';
import { tokenize } from '../core/text/tokens.js';

interface GoldQuote {
  sources: { start: number; end: number; text: string }[];
  direct_quote?: boolean;
  source_type?: string;
}

export function sourceCoverage(goldDir: string, index: DatasetIndex, sampleSize: number, listSize = 30): void {
  let named = 0;
  let linked = 0;
  const links: string[] = [];
  const misses = new Map<string, number>();
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { text: string; quotes: GoldQuote[]; meta?: { publication_date?: string } };
    const tokens = tokenize(gold.text);
    const mentions = linkMentions(gold.text, tokens, index, { articleDate: gold.meta?.publication_date ?? null, tokenSet: new Set(tokens.map((t) => t.text)) });
    for (const q of gold.quotes) {
      if (!q.direct_quote || q.source_type !== 'named' || q.sources.length === 0) continue;
      named++;
      // A person mentioned inside the source phrase is its speaker; an organisation or outlet only
      // when it is the whole source ("IMF chief economist Maury Obstfeld" is not the IMF speaking).
      const hit = mentions.find((m) =>
        q.sources.some((s) => m.start < s.end && s.start < m.end && (m.entityId.startsWith('person/') ? !isInsideDescriptor(gold.text, s, m) : m.end - m.start >= s.text.replace(/^the\s+/i, '').length - 1)),
      );
      if (hit) {
        linked++;
        links.push(`${q.sources.map((s) => s.text).join(' ')}  ->  ${index.get(hit.entityId)?.name} [${hit.entityId}]  (${file})`);
      } else {
        const key = fullName(gold.text, q.sources.map((s) => s.text).join(' '));
        misses.set(key, (misses.get(key) ?? 0) + 1);
      }
    }
  }
  console.log(`named sources of direct quotes: ${named}; linked to a record: ${linked} (${((100 * linked) / Math.max(1, named)).toFixed(1)}%)`);
  // A deterministic sample (every k-th link), so that a second run checks the same links.
  const step = Math.max(1, Math.floor(links.length / Math.max(1, sampleSize)));
  console.log(`\nsample of ${Math.min(sampleSize, links.length)} links to check by hand:`);
  for (let i = 0; i < links.length && i / step < sampleSize; i += step) console.log(`  ${links[i]}`);
  console.log('\nmost frequent unlinked named sources:');
  for (const [text, n] of [...misses].sort((a, b) => b[1] - a[1]).slice(0, listSize)) console.log(`  ${n}× ${text}`);
}

/** For a bare surname, the fullest "First Last" form the article uses, so the list says who it is. */
function fullName(text: string, source: string): string {
  if (!/^[A-Z][\w'’-]+$/.test(source)) return source;
  const escaped = source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`\\b((?:[A-Z][\\w.'’-]*\\s+){1,3})${escaped}\\b`).exec(text);
  return m ? `${m[1]!.trim()} ${source}` : source;
}

/** "Clinton communication director Jennifer Palmieri": a person named before another name in the phrase describes the source, not is it. */
function isInsideDescriptor(text: string, source: { start: number; end: number }, m: { start: number; end: number }): boolean {
  // "Rucker Culpepper, who runs Clinton's …": a person after a comma or "who" is not the source.
  if (/,|\bwho\b/.test(text.slice(source.start, m.start))) return true;
  const after = text.slice(m.end, source.end);
  // "Charles B. Rangel of New York": a place after the name still leaves the person the source.
  if (/^\s+(of|from|in)\s+[A-Z]/.test(after)) return false;
  return /^[’']?s?\s+[a-z][\w-]*(\s+[a-z][\w-]*)*\s+[A-Z]/.test(after);
}
