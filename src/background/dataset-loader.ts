/**
 * Loads the bundled dataset once per worker life. The file is the
 * extension's own (runtime.getURL), so reading it is no network request.
 */
import { DatasetIndex } from '../core/dataset/dataset-index.js';
import type { CompiledDataset } from '../core/dataset/types.js';
import { browser } from '../platform/browser-api.js';

let loading: Promise<DatasetIndex> | null = null;

export function getDataset(): Promise<DatasetIndex> {
  loading ??= (async () => {
    const response = await fetch(browser.runtime.getURL('dataset.json'));
    const json = (await response.json()) as CompiledDataset;
    if (json.format !== 1 || !Array.isArray(json.records)) throw new Error('the bundled dataset is damaged; reinstall the extension');
    return new DatasetIndex(json);
  })();
  loading.catch(() => (loading = null));
  return loading;
}
