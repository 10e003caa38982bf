/**
 * Loads the bundled dataset, plus any packs the reader imported, once per worker life (and
 * again when the packs change). The bundled file is the extension's own (runtime.getURL), so
 * reading it is no network request.
 */
import { DatasetIndex } from '../core/dataset/dataset-index.js';
import { isCompiledIndex } from '../core/dataset/compiled-index.js';
import { browser } from '../platform/browser-api.js';
import { PACKS_KEY, loadPacks } from '../platform/packs-store.js';

let loading: Promise<DatasetIndex> | null = null;

export function getDataset(): Promise<DatasetIndex> {
  loading ??= (async () => {
    if (performance.getEntriesByName('source-context:dataset-load').length === 0) performance.mark('source-context:dataset-load');
    // The tables are parsed; the record text stays one string, cut and parsed a record at a time.
    const [tables, recordText, packs] = await Promise.all([
      fetch(browser.runtime.getURL('dataset.json')).then((r) => r.json() as Promise<object>),
      fetch(browser.runtime.getURL('dataset-records.txt')).then((r) => r.text()),
      loadPacks(),
    ]);
    const bundled: unknown = { ...tables, recordText };
    if (!isCompiledIndex(bundled)) throw new Error('the bundled dataset is damaged; reinstall the extension');
    const index = new DatasetIndex([bundled, ...packs.map((p) => p.index)]);
    // For the benchmark: when loading began and when the dataset was ready (ms since the worker started).
    if (performance.getEntriesByName('source-context:dataset-ready').length === 0) performance.mark('source-context:dataset-ready');
    return index;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && PACKS_KEY in changes) loading = null;
});
