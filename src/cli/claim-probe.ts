/**
 * dataset probe-claims DIR...: every claim note the core would attach, ignoring article dates, over
 * a folder of evaluation JSON files (`text`) or saved pages (`NAME/source.html`). A reviewer reads
 * the list to find match rules that fire on sentences not about their claim, and tightens them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchClaims } from '../core/claims/match-claims.js';
import type { DatasetIndex } from '../core/dataset/dataset-index.js';
import { linkMentions } from '../core/entities/link-mentions.js';
import { tokenize } from '../core/text/tokens.js';
import { articleFromHtml } from './page-article.js';

function textsIn(dir: string): [string, string][] {
  return readdirSync(dir).sort().flatMap((name): [string, string][] => {
    const path = join(dir, name);
    if (name.endsWith('.json')) {
      const json = JSON.parse(readFileSync(path, 'utf8')) as { text?: unknown };
      return typeof json.text === 'string' ? [[name, json.text]] : [];
    }
    const page = join(path, 'source.html');
    if (!existsSync(page)) return [];
    const outcome = articleFromHtml(readFileSync(page, 'utf8'), `http://127.0.0.1/${name}.html`);
    return outcome.status === 'ok' ? [[name, outcome.article.text]] : [];
  });
}

export function probeClaims(dirs: readonly string[], index: DatasetIndex): number {
  let notes = 0;
  let texts = 0;
  for (const dir of dirs) {
    for (const [name, text] of textsIn(dir)) {
      texts++;
      const tokens = tokenize(text);
      const mentions = linkMentions(text, tokens, index, { articleDate: null, tokenSet: new Set(tokens.map((t) => t.text)) });
      for (const c of matchClaims(text, tokens, mentions, index, null)) {
        notes++;
        const why = [...c.why.entities, ...c.why.terms.map((t) => `“${t}”`), ...c.why.numbers.map(String)].join(', ');
        console.log(`${c.claimId}\t${name}\t${c.score}\t${why}\t${c.span.text.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
    }
  }
  console.error(`${notes} notes on ${texts} texts (article dates ignored)`);
  return notes;
}
