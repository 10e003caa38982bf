/** The real bundled dataset, compiled from src/dataset with the build's own compiler code. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DatasetIndex } from '../../src/core/dataset/dataset-index.js';
import { compileDataset } from '../../src/core/dataset/validate-records.js';
import { PROJECT_ROOT } from './shared-material.js';

function list(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? list(join(dir, n)) : [join(dir, n)]));
}

let cached: DatasetIndex | null = null;

export function bundledDataset(): DatasetIndex {
  if (cached) return cached;
  const dir = join(PROJECT_ROOT, 'src', 'dataset', 'records');
  const files = list(dir).filter((f) => f.endsWith('.json')).map((f) => ({ file: relative(PROJECT_ROOT, f), json: JSON.parse(readFileSync(f, 'utf8')) as unknown }));
  const { dataset, problems } = compileDataset(files);
  if (!dataset) throw new Error(`bundled dataset invalid: ${JSON.stringify(problems)}`);
  cached = DatasetIndex.fromDataset(dataset);
  return cached;
}
