/**
 * npm start: serves the demo article on localhost and opens a browser with the
 * extension loaded on it. `-- --browser firefox` for Firefox. Ctrl+C stops it.
 */
import { join } from 'node:path';
import { CHROMIUM, FIREFOX, launchChromium, launchFirefox } from '../helpers/browsers.js';
import { PROJECT_ROOT } from '../helpers/shared-material.js';
import { startServer } from '../helpers/static-server.js';

async function main(): Promise<void> {
  const firefox = process.argv.includes('firefox');
  const server = await startServer({ '/': join(PROJECT_ROOT, 'test', 'fixtures', 'demo-article.html'), '/demo-article.html': join(PROJECT_ROOT, 'test', 'fixtures', 'demo-article.html') });
  const url = `${server.origin}/demo-article.html`;
  const dir = join(PROJECT_ROOT, 'dist', 'test', firefox ? 'firefox' : 'chrome');
  const headless = !process.env.DISPLAY;
  const launched = firefox
    ? await launchFirefox(dir, '5c0f1e2a-3b4c-4d5e-8f90-a1b2c3d4e5f6', { headless })
    : await launchChromium(dir, { headless });
  const page = await launched.browser.newPage();
  await page.goto(url);
  console.log(`Source Context demo: ${url} is open in ${firefox ? FIREFOX : CHROMIUM} with the extension loaded.`);
  console.log('Click the Source Context icon in the toolbar (or press Alt+Shift+Q), then hover a highlighted quote.');
  console.log('Click the icon again for the list of quotes and named sources. Ctrl+C to stop.');
  if (headless) {
    console.log('(No display found, so the browser runs headless; the demo annotates the page itself and saves a screenshot.)');
    if (!firefox) {
      const extension = (await launched.browser.extensions()).get(launched.extensionId)!;
      await page.setViewport({ width: 1200, height: 900 });
      await page.triggerExtensionAction(extension);
      await page.waitForFunction(() => (CSS.highlights.get('source-context-quote')?.size ?? 0) > 0, { timeout: 15_000 });
      const point = await page.evaluate(() => {
        const range = [...CSS.highlights.get('source-context-quote')!][0] as Range;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0]!;
        return { x: r.left + 30, y: r.top + r.height / 2 };
      });
      await page.mouse.move(point.x, point.y);
      await page.waitForFunction(() => !!document.querySelector('source-context-root')?.shadowRoot?.querySelector('.card .speaker'), { timeout: 5_000 });
      const file = join(PROJECT_ROOT, 'docs', 'screenshot.png');
      await page.screenshot({ path: file as `${string}.png` });
      console.log(`Screenshot of the annotated demo with a hover card: ${file}`);
    }
    await launched.close();
    await server.close();
    return;
  }
  const stop = async () => {
    await launched.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
