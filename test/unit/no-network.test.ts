// The privacy promise, checked on what ships: no network API in the bundles except reading the
// extension's own dataset, and no host access or remote code in the shipped manifests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared-material.js';

const dist = join(PROJECT_ROOT, 'dist');
const built = existsSync(join(dist, 'chrome', 'manifest.json'));

describe.skipIf(!built)('shipped builds', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: manifest asks for no host access and allows no remote connections`, () => {
      const manifest = JSON.parse(readFileSync(join(dist, browser, 'manifest.json'), 'utf8'));
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage']);
      expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'self'");
      expect(manifest.web_accessible_resources).toBeUndefined();
    });

    it(`${browser}: bundles use no network API but fetch of the extension's own files`, () => {
      for (const file of ['background.js', 'content.js', 'popup.js', 'options.js']) {
        const code = readFileSync(join(dist, browser, file), 'utf8');
        for (const api of ['XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'RTCPeerConnection', 'importScripts']) {
          expect(code.includes(api), `${file} uses ${api}`).toBe(false);
        }
        // Every fetch reads a runtime.getURL(...) address.
        const fetches = code.match(/fetch\([^)]{0,80}/g) ?? [];
        for (const f of fetches) expect(f, `${file}: ${f}`).toMatch(/getURL/);
      }
    });
  }

  it('the Firefox build declares that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'firefox', 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
  });
});
