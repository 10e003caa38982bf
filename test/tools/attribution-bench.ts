/**
 * Attribution engine speed, for `npm run bench`: hostile texts of 0.1 and 1 MB (the time should
 * grow about tenfold, not a hundredfold), made here from our own words. Figures, never pass/fail.
 */
import { annotateArticle } from '../../src/core/annotate.js';
import { DatasetIndex } from '../../src/core/dataset/dataset-index.js';
import type { Article } from '../../src/core/types.js';

const empty = DatasetIndex.fromDataset({ format: 1, asOf: '2026-01-01', records: [] });

/** Units repeated to the wanted size: mostly one paragraph, so nothing bounds a scan but the engine. */
const HOSTILE: Record<string, string> = {
  'unclosed curly marks': '“word, ',
  'two-apostrophe marks': "''word, ",
  'mixed marks, one quote each unit': 'He said “a," b "c” d. ',
  'attributions and appositions': 'Ann Ek, 22, of Lund, Skane, said, according to the survey, that it is “fine,” she said. ',
  'unclear pronouns, many paragraphs': 'Ada Lindqvist met Tomas Berg and Ines Moll at the pier to talk about the ferry. “It will come back,” he said.\n\n',
  'scare quotes, no sentence end': 'the plan was “bad” and the mayor wanted it gone ',
  'quotes with no comma, no sentence end': 'Ek told the board “we will wait” and then ',
  'paragraphs without quotes': 'The ferry left the harbour before the storm and came back late.\n\n',
  'labels, relative clauses, headlines': 'BERG: The Ferry Will Return.\n\nTomas Berg, who said the pier was safe, left.\n\nBerg Says Pier Is Safe.\n\n',
  'labels before quotes in one paragraph': 'Ek: “the pier will hold until May?” ',
  'whitespace with no newline': '\u00A0 ',
  'short lines, no sentence end': 'Jon Ek said it\n',
  'signature lines under quotes': '“The pier will hold all winter.”\n\n- Tomas Berg, Visby.\n\n',
  'honorifics and pronouns': 'Mr. Berg spoke. He left. Ms. Ek spoke. She stayed. “It will hold,” she said. ',
  'relative clauses before quotes': 'The crowd cheered Tomas Berg, who said that the pier was “a disgrace.” ',
};

/** Texts built around one long run of one character (a page padded with spaces or dots), for a size in characters. */
const HOSTILE_RUNS: Record<string, (size: number) => string> = {
  'a quote, then one run of spaces': (size) => `Jon Ek called the plan “a folly”${' '.repeat(size)}, and he left.`,
  'a clause around one run of spaces': (size) => `Jon Ek said the plan would fail${' '.repeat(size)}and said more.`,
  'a description around one run of spaces': (size) => `In a poll${' '.repeat(size)}last month, the plan had the backing of most residents.`,
  'one run of periods': (size) => `The plan will fail,${'.'.repeat(size)}officials said.`,
  'a quote holding one run of apostrophes': (size) => `The mayor called it “a${"'".repeat(size)}folly” and said more.`,
  'a cue, then a run of empty quote marks': (size) => `Jon Ek said${'\u201C\u201D'.repeat(size / 2)}the pier is broken.`,
  'one long word ending in a digit, colon': (size) => `A${'a'.repeat(size)}1: the pier will hold all winter long.`,
};

function timeAnnotate(text: string): number {
  const article: Article = { url: 'https://bench.example/', title: '', byline: null, siteName: null, publishedTime: null, lang: 'en', text };
  const started = performance.now();
  annotateArticle(article, empty);
  return performance.now() - started;
}

export function attributionBench(): void {
  console.log('attribution on hostile texts (ms for 0.1 MB / 1 MB, ratio; linear is about 10):');
  for (const [name, unit] of Object.entries(HOSTILE)) {
    const small = unit.repeat(Math.ceil(100_000 / unit.length));
    const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
    timeAnnotate(small); // warm the JIT so the ratio compares like with like
    const a = timeAnnotate(small);
    const b = timeAnnotate(large);
    console.log(`  ${name.padEnd(40)} ${a.toFixed(0).padStart(6)} ${b.toFixed(0).padStart(7)}   ${(b / a).toFixed(1)}`);
  }
  for (const [name, make] of Object.entries(HOSTILE_RUNS)) {
    timeAnnotate(make(100_000));
    const a = timeAnnotate(make(100_000));
    const b = timeAnnotate(make(1_000_000));
    console.log(`  ${name.padEnd(40)} ${a.toFixed(0).padStart(6)} ${b.toFixed(0).padStart(7)}   ${(b / a).toFixed(1)}`);
  }
}
