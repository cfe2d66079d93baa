import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { LongestFirst } from './test/browser/sequencer.ts';

// Browser test files run one at a time unless BROWSER_WORKERS says how many at once: `npm test` runs
// two, each worker with its own Chromium (the side checks leave the second core idle after ~3 min).
const browserWorkers = Math.max(1, Number(process.env.BROWSER_WORKERS) || 1);

export default defineConfig({
  plugins: [svelte()],
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        // Real-data tests read the built files in beforeAll: slow on a loaded 2-core machine.
        // Not isolated: each worker imports the modules once for all its files (half the wall time).
        // The unit tests keep no module state between files, so nothing leaks from one to the next.
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          hookTimeout: 60_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          // A guard against a hang, not a speed check: two workers share two cores with the side checks,
          // and the longest test (chart-embed's, 35 s alone on a quiet machine) took over 60 s on a busy one.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // expect.poll waits on a condition (a redraw, a URL change) for up to 1 s by default, which two
          // workers beside the side checks can pass on a busy machine; a condition never met still fails.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: browserWorkers > 1,
          maxWorkers: browserWorkers,
          // Each worker is reused by file after file: its one Chromium and warm pages (harness.ts) and
          // the imported modules (playwright-core, the data readers) then load once per worker instead
          // of ~4 s per file.
          isolate: false,
        },
      },
    ],
  },
});
