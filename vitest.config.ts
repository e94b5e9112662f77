import { defineConfig } from 'vitest/config';
import { AuditsFirst } from './tests/support/audits-first.ts';

export default defineConfig({
  test: {
    sequence: { sequencer: AuditsFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/built-sites.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/support/serve-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time, one per core: each file has its own browser, and a test that
          // needs a server of its own (offline) starts one on a free port.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
