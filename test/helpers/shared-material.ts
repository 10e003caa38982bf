/** Paths to ../shared (third-party material read at test time, never copied); absent on some clones. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(PROJECT_ROOT, '..', 'shared');
export const SEED_DIR = join(SHARED, 'seed');
export const PAGES_DIR = join(SHARED, 'pages');
export const hasSeed = existsSync(join(SEED_DIR, 'seed-article.html'));
export const hasPages = existsSync(PAGES_DIR);

export function skipMessage(what: string): string {
  return `skipped: ${what} needs ../shared, which is not present on this clone`;
}
