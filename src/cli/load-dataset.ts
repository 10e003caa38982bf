/** Loads the compiled dataset the build wrote, for the CLI and the tests. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetIndex } from '../core/dataset/dataset-index.js';
import { isCompiledIndex } from '../core/dataset/compiled-index.js';

export function defaultDatasetPath(): string {
  // dist/cli/x.mjs and src/cli/x.ts both sit two levels below the project root.
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return join(root, 'dist', 'chrome', 'dataset.json');
}

export function loadDatasetFile(path = defaultDatasetPath()): DatasetIndex {
  if (!existsSync(path)) throw new Error(`no compiled dataset at ${path}: run "npm run build" first`);
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCompiledIndex(json)) throw new Error(`${path} is not a compiled dataset index (format 2): rebuild with "npm run build"`);
  return new DatasetIndex([json]);
}
