/**
 * dataset validate [FILE|DIR ...]: checks dataset source files with the build's own compiler
 * code and prints every problem with its file, record and field (all of src/dataset/records by default).
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatasetIndex } from '../core/dataset/dataset-index.js';
import { importClaimReview } from '../core/dataset/import-claimreview.js';
import { compileDataset, formatProblem, type SourceFileInput } from '../core/dataset/validate-records.js';

function listJson(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => listJson(join(path, name))).filter((f) => f.endsWith('.json')).sort();
}

export function validateDataset(paths: string[]): number {
  const files = (paths.length > 0 ? paths : ['src/dataset/records']).flatMap(listJson);
  const inputs: SourceFileInput[] = [];
  let broken = 0;
  for (const file of files) {
    try {
      inputs.push({ file: relative(process.cwd(), file), json: JSON.parse(readFileSync(file, 'utf8')) as unknown });
    } catch (error) {
      broken++;
      console.error(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const { dataset, problems, warnings } = compileDataset(inputs);
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const p of problems) console.error(formatProblem(p));
  console.log(`${files.length} files, ${dataset ? dataset.records.length : 0} valid records, ${problems.length + broken} problems, ${warnings.length} warnings`);
  return problems.length + broken;
}

/**
 * dataset import-claimreview FILE [--out OUT.json]: ClaimReview JSON-LD to draft claim records for
 * review. Any malformed item is reported and nothing is written; the output appears whole or not
 * at all (written beside, then renamed).
 */
export function importClaimReviewFile(file: string, out: string, index: DatasetIndex): number {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot read it as JSON: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { records, problems } = importClaimReview(json, index, new Date().toISOString().slice(0, 10));
  for (const p of problems) console.error(`${file}: item ${p.item}: field ${p.field}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s); nothing written.`);
    return 1;
  }
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ records }, null, 2)}\n`);
  renameSync(temporary, out);
  console.log(`${records.length} draft claim(s) written to ${out}; each has "needsReview": review its context and match rules, remove the flag, then move it into src/dataset/records/claims/.`);
  return 0;
}
