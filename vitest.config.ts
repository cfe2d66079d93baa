import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
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
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: CI has two cores.
          fileParallelism: false,
          // One worker reused by every file: each file opens its own Chromium and pages, so nothing is
          // shared but the imported modules (playwright-core, the data readers), which then load once
          // instead of ~4 s per file.
          isolate: false,
        },
      },
    ],
  },
});
