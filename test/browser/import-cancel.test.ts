// A large file (1,000,000 rows, ~50 MB) is read and checked in the worker with a progress bar;
// Cancel stops it, nothing is added, and the page stays usable. (Whether the page keeps drawing frames
// meanwhile is a speed figure: bench/import.ts measures it beside an idle-page baseline.)
import { afterAll, beforeAll } from 'vitest';
import type { Worker } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCanonicalCsv } from '../../bench/generate';
import { describe, expect, it } from './harness';

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  file = join(dir, 'big-audit.csv');
  writeFileSync(file, generateCanonicalCsv(400, 50, 50));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cancelling a large import', () => {
  it('shows progress while checking the rows, and Cancel stops it', async ({ app }) => {
    const { page, errors } = await app.open('', { viewport: { width: 1280, height: 900 } });
    // The import worker, and a promise that it has ended: once it has, no report can come.
    const ended: Promise<unknown>[] = [];
    page.on('worker', (w: Worker) => {
      if (/import-worker/.test(w.url())) ended.push(new Promise((r) => w.once('close', r)));
    });
    const panel = page.getByRole('region', { name: 'Load your own CSV' });
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    await panel.getByLabel('Choose a CSV file').setInputFiles(file);
    await panel.getByRole('heading', { name: 'What is in big-audit.csv?' }).waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: 'Continue' }).click();
    const bar = panel.getByRole('progressbar', { name: 'Import progress' });
    await bar.waitFor();
    // In the page: wait until the bar shows the rows being read (between 0 and 100%), then press
    // Cancel at once (parsing a million rows takes about a second).
    const seen = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const t0 = performance.now();
          const check = () => {
            const el = document.querySelector('[role="progressbar"]');
            const v = Number(el?.getAttribute('aria-valuenow') ?? 0);
            if (el && v > 0 && v < 100) {
              [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel')!.click();
              resolve(v);
            } else if (performance.now() - t0 > 20_000) reject(new Error('the progress bar never moved'));
            else setTimeout(check, 2);
          };
          check();
        }),
    );
    expect(seen).toBeGreaterThan(0);
    await panel.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was loaded.' }).waitFor();
    expect(await bar.count()).toBe(0);
    // Back at the column step, with nothing added, and the worker gone, so no report comes later.
    await panel.getByRole('heading', { name: 'What is in big-audit.csv?' }).waitFor();
    expect(ended).toHaveLength(1);
    await ended[0];
    expect(await panel.getByRole('heading', { name: /^Report on/ }).count()).toBe(0);
    expect(await page.getByLabel('Dataset').locator('option', { hasText: 'big-audit' }).count()).toBe(0);
    expect(page.url()).not.toContain('dataset=local-');
    expect(errors).toEqual([]);
  });
});
