/** Options: the dataset's size and date, and the per-site settings with a way to reset them. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser-api.js';
import { loadSettings, saveSettings } from '../platform/settings-store.js';
import { defaultSettings, type Settings } from '../shared/settings.js';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [dataset, setDataset] = useState<{ records: number; asOf: string } | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void fetch(browser.runtime.getURL('dataset.json'))
      .then((r) => r.json() as Promise<{ records: unknown[]; asOf: string }>)
      .then((d) => setDataset({ records: d.records.length, asOf: d.asOf }));
  }, []);
  const sites = settings ? Object.entries(settings.sites) : [];
  return (
    <>
      <h1 style="font-size: 18px">Source Context</h1>
      <p>Context dataset: {dataset ? `${dataset.records} records, as of ${dataset.asOf}` : 'loading…'}. Everything runs on this machine; nothing is sent anywhere.</p>
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
