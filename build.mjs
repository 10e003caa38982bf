// Builds the extension for Chrome and Firefox from one source tree.
//   node build.mjs            production builds in dist/chrome, dist/firefox, plus store zips
//   node build.mjs --test     also dist/test/{chrome,firefox}: host access to http://127.0.0.1/* for the e2e tests
//   node build.mjs --watch    rebuild on change (development)
//   node build.mjs --cli      only the command-line tools, in dist/cli
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** One table of extension entries: source -> output name. */
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};
/** Static files copied as they are. */
const STATIC = ['src/popup/popup.css', 'src/popup/popup.html', 'src/options/options.html', 'src/content/highlights.css'];
/**
 * Size budgets per bundle (bytes, minified): a regression here is a build failure. The worker holds
 * the attribution engine, whose rules grow with it (109 kB in session 7), and never Readability
 * (33 kB, the content script's job: a constant imported from the extractor once pulled it in).
 */
const BUDGETS = { background: 120_000, content: 150_000, popup: 80_000, options: 80_000 };
const CLI_ENTRIES = { 'source-context': 'src/cli/main.ts', bench: 'test/tools/bench.ts', demo: 'test/tools/demo.ts' };

/** Per-browser patches to the one base manifest. */
const PATCHES = {
  chrome: (m) => m,
  firefox: (m) => {
    const { minimum_chrome_version: _ignored, ...rest } = m;
    return {
      ...rest,
      background: { scripts: ['background.js'] },
      browser_specific_settings: {
        gecko: {
          id: 'source-context@source-context.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    };
  },
};
/**
 * The test build may reach the local test server without a click granting activeTab, and lets
 * that server's pages open the popup: WebDriver BiDi cannot click Firefox's toolbar, so the
 * Firefox suite drives the popup's own "Annotate" button instead.
 */
const testPatch = (m) => ({
  ...m,
  host_permissions: ['http://127.0.0.1/*'],
  web_accessible_resources: [{ resources: ['popup.html'], matches: ['http://127.0.0.1/*'] }],
});

async function bundleExtension(outdir, watch, onRebuilt) {
  const options = {
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    minify: !watch,
    sourcemap: watch ? 'inline' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  };
  if (watch) {
    // After every rebuild, refresh the unpacked extensions the browser has loaded.
    const refresh = { name: 'refresh-targets', setup: (b) => b.onEnd((r) => r.errors.length === 0 && onRebuilt()) };
    const ctx = await esbuild.context({ ...options, plugins: [refresh] });
    await ctx.watch();
    return null;
  }
  return esbuild.build(options);
}

function checkBudgets(metafile) {
  for (const [file, info] of Object.entries(metafile.outputs)) {
    const name = file.split('/').pop().replace(/\.js$/, '');
    const budget = BUDGETS[name];
    if (budget && info.bytes > budget) throw new Error(`${file} is ${info.bytes} bytes, over its budget of ${budget}`);
  }
}

/** Validates the dataset's source files with the same code the extension uses to read them. */
async function compileDataset() {
  const out = await esbuild.build({
    stdin: {
      contents: "export * from './src/core/dataset/validate-records.ts'; export { compileIndex } from './src/core/dataset/compiled-index.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const files = listFiles(join(root, 'src/dataset/records')).filter((f) => f.endsWith('.json'));
  const inputs = files.map((file) => {
    const rel = relative(root, file);
    try {
      return { file: rel, json: JSON.parse(readFileSync(file, 'utf8')) };
    } catch (e) {
      throw new Error(`${rel}: not valid JSON: ${e.message}`);
    }
  });
  const { dataset, problems, warnings } = mod.compileDataset(inputs);
  for (const w of warnings) console.warn(`dataset: warning: ${w}`);
  if (!dataset) throw new Error(`dataset has ${problems.length} problem(s):\n${problems.map(mod.formatProblem).join('\n')}`);
  // Pure ASCII (\uXXXX escapes) lets the browser decode and parse the file on its one-byte fast path.
  // The tables go in dataset.json; the records' JSON, read as plain text, in dataset-records.txt.
  const ascii = (t) => t.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const index = mod.compileIndex(dataset);
  // Escaping changes lengths, so the record text is escaped record by record and the offsets redone.
  const records = index.ids.map((_, i) => ascii(index.recordText.slice(index.recordOffsets[i], index.recordOffsets[i + 1])));
  const offsets = [0];
  for (const r of records) offsets.push(offsets[offsets.length - 1] + r.length);
  const { recordText: _text, ...tables } = index;
  return { tables: ascii(JSON.stringify({ ...tables, recordOffsets: offsets })), text: records.join('') };
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  }).sort();
}

function writeTarget(dir, staging, manifest, datasetFiles) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(staging, dir, { recursive: true });
  for (const file of STATIC) cpSync(join(root, file), join(dir, file.split('/').pop()));
  mkdirSync(join(dir, 'icons'), { recursive: true });
  for (const icon of readdirSync(join(root, 'icons')).filter((f) => f.endsWith('.png'))) cpSync(join(root, 'icons', icon), join(dir, 'icons', icon));
  writeFileSync(join(dir, 'dataset.json'), datasetFiles.tables);
  writeFileSync(join(dir, 'dataset-records.txt'), datasetFiles.text);
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function zipDir(dir, zipPath) {
  const files = {};
  for (const file of listFiles(dir)) files[relative(dir, file).split('\\').join('/')] = [readFileSync(file), { mtime: new Date('2026-01-01') }];
  writeFileSync(zipPath, zipSync(files, { level: 9 }));
}

async function buildCli() {
  await esbuild.build({
    entryPoints: CLI_ENTRIES,
    outdir: join(root, 'dist/cli'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

async function main() {
  const started = Date.now();
  await buildCli();
  if (args.has('--cli')) return;
  const datasetFiles = await compileDataset();
  const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  base.version = pkg.version;
  const staging = join(root, 'dist/.bundles');
  rmSync(staging, { recursive: true, force: true });
  const watch = args.has('--watch');
  const writeTargets = () => {
    for (const [browser, patch] of Object.entries(PATCHES)) {
      writeTarget(join(root, 'dist', browser), staging, patch(base), datasetFiles);
      if (args.has('--test')) writeTarget(join(root, 'dist/test', browser), staging, testPatch(patch(base)), datasetFiles);
    }
  };
  const result = await bundleExtension(staging, watch, () => {
    writeTargets();
    console.log(`rebuilt at ${new Date().toLocaleTimeString()}`);
  });
  if (result) {
    checkBudgets(result.metafile);
    writeTargets();
    for (const browser of Object.keys(PATCHES)) zipDir(join(root, 'dist', browser), join(root, 'dist', `source-context-${browser}-${pkg.version}.zip`));
  }
  console.log(`built dist/chrome, dist/firefox${args.has('--test') ? ', dist/test/*' : ''} and zips in ${Date.now() - started} ms`);
  if (watch) console.log('watching src/ for changes (bundles only; restart for manifest or dataset changes)');
}

main().catch((e) => {
  console.error(`build failed: ${e.message}`);
  process.exit(1);
});
