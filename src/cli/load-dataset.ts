/** Loads the compiled dataset the build wrote, for the CLI and the tests. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetIndex } from '../core/dataset/dataset-index.js';
import { isCompiledIndex, type CompiledIndex } from '../core/dataset/compiled-index.js';

export function defaultDatasetPath(): string {
  // dist/cli/x.mjs and src/cli/x.ts both sit two levels below the project root.
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return join(root, 'dist', 'chrome', 'dataset.json');
}

/** The build's two files (tables and record text) as one compiled index. */
export function readCompiledIndex(path = defaultDatasetPath()): CompiledIndex {
  const textPath = join(dirname(path), 'dataset-records.txt');
  if (!existsSync(path) || !existsSync(textPath)) throw new Error(`no compiled dataset at ${path}: run "npm run build" first`);
  const json = JSON.parse(readFileSync(path, 'utf8')) as CompiledIndex;
  const index = { ...json, recordText: readFileSync(textPath, 'latin1') };
  if (!isCompiledIndex(index)) throw new Error(`${path} is not a compiled dataset index (format 3): rebuild with "npm run build"`);
  return index;
}

export function loadDatasetFile(path = defaultDatasetPath()): DatasetIndex {
  return new DatasetIndex([readCompiledIndex(path)]);
}
