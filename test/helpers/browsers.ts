/**
 * Real browsers for the end-to-end tests, through puppeteer-core (never a
 * downloaded browser). When CI=true a missing browser is a failure;
 * elsewhere the suites skip with a message.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const REQUIRED = process.env.CI === 'true';

export function browserAvailable(path: string, name: string): boolean {
  if (existsSync(path)) return true;
  if (REQUIRED) throw new Error(`${name} is required when CI=true but is not installed at ${path}`);
  console.warn(`skipping ${name} end-to-end tests: no browser at ${path} (install it, or set CI=true to make this an error)`);
  return false;
}

export interface LaunchedBrowser {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchChromium(extensionDir: string, options: { headless?: boolean } = {}): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sc-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    pipe: true,
    enableExtensions: true,
    headless: options.headless ?? true,
    userDataDir: profile,
    protocolTimeout: 60_000,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--window-size=1280,900',
    ],
  });
  const extensionId = await browser.installExtension(extensionDir);
  // A toolbar click sent before the new extension's worker first starts is lost (seen with
  // triggerExtensionAction in headless Chromium): wait for the worker, as a reader's click would.
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(extensionId), { timeout: 30_000 });
  return {
    browser,
    extensionId,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(extensionDir: string, extensionUuid: string, options: { headless?: boolean } = {}): Promise<LaunchedBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    extraPrefsFirefox: {
      // A fixed internal UUID lets the test open the extension's own pages.
      'extensions.webextensions.uuids': JSON.stringify({ 'source-context@source-context.dev': extensionUuid }),
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return { browser, extensionId, close: () => browser.close() };
}
