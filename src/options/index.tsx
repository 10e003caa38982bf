/**
 * Options: the dataset's size and date, dataset packs (a newsroom's or a researcher's own
 * records, validated before anything is stored), and the per-site settings.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { compileIndex, packForStorage, type CompiledIndex } from '../core/dataset/compiled-index.js';
import { formatProblem, parsePack } from '../core/dataset/validate-records.js';
import { browser } from '../platform/browser-api.js';
import { loadPacks, savePacks, type StoredPack } from '../platform/packs-store.js';
import { loadSettings, saveSettings } from '../platform/settings-store.js';
import { defaultSettings, type Settings } from '../shared/settings.js';

/** Problems shown at most; a pack with thousands of errors needs fixing at its source anyway. */
const MAX_PROBLEMS_SHOWN = 20;

let bundledLoad: Promise<CompiledIndex> | null = null;

/** The bundled index's tables (ids and names; the record text is not needed here), fetched once per page. */
function bundledIndex(): Promise<CompiledIndex> {
  bundledLoad ??= fetch(browser.runtime.getURL('dataset.json')).then((r) => r.json() as Promise<CompiledIndex>);
  return bundledLoad;
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [bundled, setBundled] = useState<CompiledIndex | null>(null);
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [report, setReport] = useState<{ ok: boolean; lines: string[] } | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadPacks().then(setPacks);
    void bundledIndex().then(setBundled);
  }, []);

  const importPack = async (file: File) => {
    // The reader may pick a file before the bundled index has loaded: wait for it, never drop the file.
    const base = await bundledIndex();
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      return setReport({ ok: false, lines: [`${file.name}: not valid JSON (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`] });
    }
    const { dataset, problems } = parsePack(json, file.name, new Set(base.ids));
    if (!dataset) {
      const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map(formatProblem);
      if (problems.length > MAX_PROBLEMS_SHOWN) lines.push(`… and ${problems.length - MAX_PROBLEMS_SHOWN} more.`);
      return setReport({ ok: false, lines: [`${file.name} was rejected; the current data is unchanged.`, ...lines] });
    }
    // Read what is stored now, not what this page last saw: another import may have landed since.
    const stored = await loadPacks();
    const next = [...stored.filter((p) => p.name !== file.name), { name: file.name, importedAt: new Date().toISOString(), index: packForStorage(compileIndex(dataset)) }];
    await savePacks(next);
    setPacks(next);
    setReport({ ok: true, lines: [`${file.name}: ${dataset.records.length} records imported.`] });
  };

  const removePack = async (name: string) => {
    const next = (await loadPacks()).filter((p) => p.name !== name);
    await savePacks(next);
    setPacks(next);
  };

  const sites = settings ? Object.entries(settings.sites) : [];
  const packRecords = packs.reduce((n, p) => n + p.index.ids.length, 0);
  return (
    <>
      <h1 style="font-size: 18px">Source Context</h1>
      <p id="dataset-summary">
        Context dataset: {bundled ? `${bundled.ids.length} bundled records, as of ${bundled.asOf}` : 'loading…'}
        {packs.length > 0 ? `; ${packRecords} records from ${packs.length} pack(s)` : ''}. Everything runs on this machine; nothing is sent anywhere.
      </p>
      <h2 style="font-size: 15px">Dataset packs</h2>
      <p>Import your own records (a JSON file in the dataset format; see the dataset README). A pack's record replaces a bundled one with the same id.</p>
      <input id="pack-file" type="file" accept=".json,application/json" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void importPack(f); e.currentTarget.value = ''; }} />
      {report ? (
        <div id="pack-report" role={report.ok ? 'status' : 'alert'} style={report.ok ? '' : 'color: #b91c1c'}>
          {report.lines.map((l) => <p style="margin: 2px 0">{l}</p>)}
        </div>
      ) : null}
      <ul id="packs">
        {packs.map((p) => (
          <li>
            {p.name}: {p.index.ids.length} records, imported {p.importedAt.slice(0, 10)} <button onClick={() => void removePack(p.name)}>Remove</button>
          </li>
        ))}
      </ul>
      <h2 style="font-size: 15px">Sites with their own settings</h2>
      {sites.length === 0 ? <p>None: highlights are shown everywhere, and no site is annotated automatically.</p> : null}
      <ul>
        {sites.map(([host, s]) => (
          <li>
            {host}: highlights {s.highlights ? 'on' : 'off'}, automatic {s.autoAnnotate ? 'on' : 'off'}
          </li>
        ))}
      </ul>
      {sites.length > 0 ? (
        <button onClick={() => void saveSettings(defaultSettings()).then(() => setSettings(defaultSettings()))}>Reset all site settings</button>
      ) : null}
    </>
  );
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
