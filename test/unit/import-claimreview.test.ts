// ClaimReview JSON-LD to draft claim records: fictional fixtures written for these tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importClaimReview } from '../../src/core/dataset/import-claimreview.js';
import { compileDataset } from '../../src/core/dataset/validate-records.js';
import { bundledDataset } from '../helpers/dataset.js';
import { PROJECT_ROOT } from '../helpers/shared-material.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', name), 'utf8'));

describe('ClaimReview import', () => {
  it('turns each review into a draft claim with its rating, citations and draft match rules', () => {
    const { records, problems } = importClaimReview(fixture('claimreview.json'), bundledDataset(), '2026-01-01');
    expect(problems).toEqual([]);
    expect(records).toHaveLength(2);
    const [first, second] = records;
    expect(first!.ratings).toEqual([{ rating: 'False', by: 'Example Fact Desk', date: '2025-02-11', url: 'https://factcheck.example/saltmere-barrier-cost' }]);
    expect(first!.claimants).toEqual([{ who: 'person/donald-trump', date: '2025-02-01' }]);
    expect(first!.match.entities).toEqual(['person/donald-trump']);
    expect(first!.match.terms.length).toBeGreaterThanOrEqual(2);
    expect(first!.citations.map((c) => c.url)).toEqual(['https://factcheck.example/saltmere-barrier-cost', 'https://video.example/speech-2025-02-01']);
    expect(second!.ratings![0]!.date).toBe('2025-03-02');
    expect(second!.claimants[0]!.who).toBe('unknown');
    // Drafts cannot ship: the compiler refuses them until a person has reviewed them.
    const { problems: refused } = compileDataset([{ file: 'import.json', json: { records } }], new Set(['person/donald-trump']));
    expect(refused.filter((p) => p.field === 'needsReview')).toHaveLength(2);
  });

  it('reports every malformed item with its position and field', () => {
    const { records, problems } = importClaimReview(fixture('claimreview-broken.json'), bundledDataset(), '2026-01-01');
    expect(records).toHaveLength(1);
    const byItem = problems.map((p) => `${p.item}:${p.field}`);
    expect(byItem).toEqual(['1:claimReviewed', '1:url', '1:author.name', '1:datePublished', '1:reviewRating.alternateName', '2:@type', '3:-', '4:datePublished']);
  });

  it('writes nothing when any item is malformed, and the whole file when all are fine (CLI)', () => {
    const cli = join(PROJECT_ROOT, 'dist', 'cli', 'source-context.mjs');
    if (!existsSync(cli)) execFileSync(process.execPath, [join(PROJECT_ROOT, 'build.mjs'), '--cli'], { cwd: PROJECT_ROOT });
    const dir = mkdtempSync(join(tmpdir(), 'claimreview-'));
    const broken = spawnSync(process.execPath, [cli, 'dataset', 'import-claimreview', join(PROJECT_ROOT, 'test', 'fixtures', 'claimreview-broken.json'), '--out', join(dir, 'a.json')], { encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('item 1: field url');
    expect(broken.stderr).toContain('nothing written');
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
    const good = spawnSync(process.execPath, [cli, 'dataset', 'import-claimreview', join(PROJECT_ROOT, 'test', 'fixtures', 'claimreview.json'), '--out', join(dir, 'b.json')], { encoding: 'utf8' });
    expect(good.status, good.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as { records: unknown[] };
    expect(written.records).toHaveLength(2);
  });
});
