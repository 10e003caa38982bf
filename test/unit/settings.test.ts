import { describe, expect, it } from 'vitest';
import { readSettings, siteSettings, withSite } from '../../src/shared/settings.js';

describe('settings', () => {
  it('gives defaults for empty or corrupt storage, saying why', () => {
    expect(readSettings(undefined).settings).toEqual({ version: 2, sites: {} });
    const corrupt = readSettings('{{not json');
    expect(corrupt.settings.sites).toEqual({});
    expect(corrupt.problems.length).toBe(1);
    expect(readSettings({ version: 99 }).problems[0]).toMatch(/unknown settings version/);
  });

  it('migrates version 1 (a list of disabled sites) to per-site switches', () => {
    const { settings } = readSettings({ disabledSites: ['news.example.org', 42] });
    expect(settings.sites).toEqual({ 'news.example.org': { highlights: false, autoAnnotate: false } });
  });

  it('replaces invalid values and drops invalid hostnames, keeping the rest', () => {
    const { settings, problems } = readSettings({ version: 2, sites: { 'a.example': { highlights: 'no', autoAnnotate: true }, 'bad host!': {} } });
    expect(settings.sites).toEqual({ 'a.example': { highlights: true, autoAnnotate: true } });
    expect(problems).toHaveLength(2);
  });

  it('stores only sites that differ from the defaults', () => {
    let s = withSite(readSettings(undefined).settings, 'a.example', { highlights: false });
    expect(siteSettings(s, 'a.example').highlights).toBe(false);
    s = withSite(s, 'a.example', { highlights: true });
    expect(s.sites).toEqual({});
  });
});
