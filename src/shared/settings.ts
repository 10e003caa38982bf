/**
 * The reader's settings: versioned, migrated in small ordered steps, and
 * validated on every read so that corrupt storage falls back to defaults
 * (with a logged reason) instead of breaking the extension.
 */

export interface SiteSettings {
  /** Show highlights on this site (annotations are still listed in the popup). */
  highlights: boolean;
  /** Annotate pages on this site without a click (needs the site's host permission). */
  autoAnnotate: boolean;
}

export interface Settings {
  version: 2;
  /** Keyed by hostname ("www.example.com"). */
  sites: Record<string, SiteSettings>;
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SITE: SiteSettings = Object.freeze({ highlights: true, autoAnnotate: false });

export function defaultSettings(): Settings {
  return { version: 2, sites: {} };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ordered migrations: index i turns version i+1 into version i+2. */
const MIGRATIONS: ((old: Obj) => Obj)[] = [
  // v1 kept a list of disabled hostnames; v2 keeps per-site switches.
  (v1) => ({
    version: 2,
    sites: Object.fromEntries(
      (Array.isArray(v1.disabledSites) ? v1.disabledSites : [])
        .filter((h): h is string => typeof h === 'string')
        .map((h) => [h, { highlights: false, autoAnnotate: false }]),
    ),
  }),
];

export interface LoadedSettings {
  settings: Settings;
  /** Why something was replaced by a default; empty when storage was sound. */
  problems: string[];
}

/** Reads whatever is in storage (possibly nothing, possibly garbage) into valid settings. */
export function readSettings(raw: unknown): LoadedSettings {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problems };
  if (!isObj(raw)) return { settings: defaultSettings(), problems: ['stored settings were not an object; using defaults'] };
  let data: Obj = raw;
  let version = typeof data.version === 'number' ? data.version : 1;
  if (version > 2 || version < 1 || !Number.isInteger(version)) {
    return { settings: defaultSettings(), problems: [`unknown settings version ${String(data.version)}; using defaults`] };
  }
  while (version < 2) {
    data = MIGRATIONS[version - 1]!(data);
    version++;
  }
  const sites: Record<string, SiteSettings> = {};
  if (isObj(data.sites)) {
    for (const [host, value] of Object.entries(data.sites)) {
      if (!isHostname(host)) {
        problems.push(`dropped settings for invalid site "${host.slice(0, 80)}"`);
        continue;
      }
      const v = isObj(value) ? value : {};
      const site: SiteSettings = {
        highlights: typeof v.highlights === 'boolean' ? v.highlights : DEFAULT_SITE.highlights,
        autoAnnotate: typeof v.autoAnnotate === 'boolean' ? v.autoAnnotate : DEFAULT_SITE.autoAnnotate,
      };
      if (v.highlights !== site.highlights || v.autoAnnotate !== site.autoAnnotate) problems.push(`reset invalid values for ${host}`);
      sites[host] = site;
    }
  } else if (data.sites !== undefined) {
    problems.push('stored site settings were not an object; using defaults');
  }
  return { settings: { version: 2, sites }, problems };
}

export function siteSettings(settings: Settings, hostname: string): SiteSettings {
  return settings.sites[hostname] ?? DEFAULT_SITE;
}

export function withSite(settings: Settings, hostname: string, change: Partial<SiteSettings>): Settings {
  const next = { ...siteSettings(settings, hostname), ...change };
  const sites = { ...settings.sites };
  if (next.highlights === DEFAULT_SITE.highlights && next.autoAnnotate === DEFAULT_SITE.autoAnnotate) delete sites[hostname];
  else sites[hostname] = next;
  return { version: 2, sites };
}

export function isHostname(host: string): boolean {
  return host.length <= 253 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i.test(host);
}
