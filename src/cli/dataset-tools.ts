/**
 * dataset validate [FILE|DIR ...]: checks dataset source files with the build's own compiler
 * code and prints every problem with its file, record and field (all of src/dataset/records by default).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
