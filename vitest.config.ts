import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // Browser tests wait on real browsers that share two cores with the rest of the suite.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser suites start real browsers: one file at a time keeps a 2-core machine responsive.
    fileParallelism: true,
    maxWorkers: 2,
    // CI also writes a JSON report, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.CI === 'true' ? ['default', ['json', { outputFile: 'test-results.json' }]] : ['default'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
