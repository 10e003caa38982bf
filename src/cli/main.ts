/**
 * Command-line tools on the extension's own core.
 *   annotate PAGE.html [--json] [--force]   the annotations for a saved page
 *   predict GOLD_DIR OUT_DIR                 attribution output in the evaluation format
 *   dataset validate|coverage|import-claimreview   dataset tools (see dataset-tools.ts)
 */
import { annotateArticle } from '../core/annotate.js';
import { describeRecord } from '../core/dataset/describe-record.js';
import { SPEAKER_CONFIDENCE_THRESHOLD, speakerLabel } from '../core/types.js';
import { loadDatasetFile } from './load-dataset.js';
import { articleFromFile } from './page-article.js';
import { predictDir } from './predict.js';
import { importClaimReviewFile, validateDataset } from './dataset-tools.js';
import { sourceCoverage } from './coverage.js';
import { probeClaims } from './claim-probe.js';

function usage(): never {
  console.error('usage: source-context annotate PAGE.html [--json] [--force]\n       source-context predict GOLD_DIR OUT_DIR\n       source-context dataset validate [FILE|DIR ...]\n       source-context dataset coverage GOLD_DIR [--sample N] [--misses N]\n       source-context dataset import-claimreview FILE [--out OUT.json]\n       source-context dataset probe-claims DIR...');
  process.exit(2);
}

function annotate(args: string[]): void {
  const json = args.includes('--json');
  const force = args.includes('--force');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) usage();
  const index = loadDatasetFile();
  const outcome = articleFromFile(file, force);
  if (outcome.status !== 'ok') {
    if (json) console.log(JSON.stringify({ status: outcome.status, reason: outcome.reason }));
    else console.log(`${file}: ${outcome.reason} (use --force to try anyway)`);
    return;
  }
  const { article } = outcome;
  const result = annotateArticle(article, index);
  const date = article.publishedTime?.slice(0, 10) ?? null;
  if (json) {
    const cards = Object.fromEntries(result.entities.map((e) => [e.entityId, describeRecord(index.get(e.entityId)!, index, date)]));
    for (const c of result.claims) cards[c.claimId] = describeRecord(index.get(c.claimId)!, index, date);
    console.log(JSON.stringify({ status: 'ok', article: { ...article, text: undefined }, quotes: result.quotes, reported: result.reported, entities: result.entities, claims: result.claims, checks: result.checks, cards }, null, 2));
    return;
  }
  console.log(`${article.title}`);
  console.log(`${[article.siteName, date, article.byline].filter(Boolean).join(' · ')}\n`);
  console.log(`Quotes (${result.quotes.length}):`);
  for (const q of result.quotes) {
    const shown = q.speaker && q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD;
    const who = shown ? `${speakerLabel(q.speaker!)}${q.speaker!.entityId ? ` [${q.speaker!.entityId}]` : ''}` : 'speaker not identified';
    const how = shown ? ` (${q.speaker!.resolution}${q.cue ? `, "${q.cue.text}"` : ''}, ${q.confidence})` : '';
    console.log(`  ${q.spans.map((s) => s.text).join(' … ')}\n    — ${who}${how}`);
  }
  const reported = result.reported.filter((r) => r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD);
  if (reported.length > 0) {
    console.log(`\nReported statements (${reported.length}):`);
    for (const r of reported) console.log(`  ${speakerLabel(r.speaker)} ${r.cue.text}: ${r.content.text}`);
  }
  console.log(`\nNamed in the article (${result.entities.length}):`);
  for (const e of result.entities) {
    const card = describeRecord(index.get(e.entityId)!, index, date);
    console.log(`  ${card.name} (${e.spans.length}×): ${card.facts[0]?.text ?? ''}`);
    for (const fact of card.facts.slice(1)) console.log(`      ${fact.text}  [${fact.citation.url}]`);
  }
  if (result.checks.length > 0) {
    console.log(`\nNotes on named sources (${result.checks.length}):`);
    for (const c of result.checks) console.log(`  ${index.get(c.entityId)?.name ?? c.entityId}: the article says “${c.said}”. ${c.note}  [${c.citation.url}]`);
  }
  if (result.claims.length > 0) {
    console.log(`\nClaims with known context (${result.claims.length}):`);
    for (const c of result.claims) {
      const record = index.get(c.claimId)!;
      const names = c.why.entities.map((id) => index.get(id)?.name ?? id);
      console.log(`  ${record.name} [${c.claimId}] (${c.stance}, score ${c.score})`);
      console.log(`    in: ${c.span.text}`);
      console.log(`    matched: ${[...names, ...c.why.terms.map((t) => `“${t}”`), ...c.why.numbers.map(String)].join(', ')}`);
    }
  }
}

function predict(args: string[]): void {
  const [gold, out] = args;
  if (!gold || !out) usage();
  const result = predictDir(gold, out, loadDatasetFile());
  console.log(`${result.files} files, ${result.quotes} quotes predicted, ${result.words} words; engine time ${result.engineMs.toFixed(0)} ms`);
  console.log(`score with: node ../shared/eval/score.mjs ${gold} ${out}`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'annotate') annotate(rest);
else if (command === 'predict') predict(rest);
else if (command === 'dataset' && rest[0] === 'validate') process.exitCode = validateDataset(rest.slice(1)) > 0 ? 1 : 0;
else if (command === 'dataset' && rest[0] === 'coverage' && rest[1]) sourceCoverage(rest[1], loadDatasetFile(), Number(rest[rest.indexOf('--sample') + 1]) || 50, Number(rest[rest.indexOf('--misses') + 1]) || 30);
else if (command === 'dataset' && rest[0] === 'import-claimreview' && rest[1]) {
  // By default the drafts go beside the input ("reviews.json" -> "reviews.claims.json").
  const out = rest.includes('--out') ? rest[rest.indexOf('--out') + 1] : rest[1].replace(/(\.json)?$/i, '.claims.json');
  if (!out) usage();
  process.exitCode = importClaimReviewFile(rest[1], out, loadDatasetFile());
} else if (command === 'dataset' && rest[0] === 'probe-claims' && rest[1]) probeClaims(rest.slice(1), loadDatasetFile());
else usage();
