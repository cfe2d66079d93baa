// A large file (1,000,000 rows, ~50 MB) is read and checked in the worker with a progress bar;
// Cancel stops it, nothing is added, and the page stays usable.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCanonicalCsv } from '../../bench/generate';
import { launch, watchErrors } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  file = join(dir, 'big-audit.csv');
  writeFileSync(file, generateCanonicalCsv(400, 50, 50));
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchErrors(page);
  await page.goto(inject('baseUrl'));
  await page.locator('path.area').first().waitFor();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const panel = () => page.getByRole('region', { name: 'Load your own CSV' });

describe('cancelling a large import', () => {
  it('shows progress while checking the rows, and Cancel stops it', async () => {
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    await panel().getByLabel('Choose a CSV file').setInputFiles(file);
    await panel().getByRole('heading', { name: 'What is in big-audit.csv?' }).waitFor({ timeout: 30_000 });
    await panel().getByRole('button', { name: 'Continue' }).click();
    const bar = panel().getByRole('progressbar', { name: 'Import progress' });
    await bar.waitFor();
    // In the page: wait until the bar shows the rows being read (between 0 and 100%), watching the
    // frames meanwhile, then press Cancel at once (parsing a million rows takes about a second).
    const seen = await page.evaluate(
      () =>
        new Promise<{ value: number; maxGap: number }>((resolve, reject) => {
          const t0 = performance.now();
          let last = t0;
          let maxGap = 0;
          let done = false;
          const frame = (t: number) => {
            maxGap = Math.max(maxGap, t - last);
            last = t;
            if (!done) requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
          const check = () => {
            const el = document.querySelector('[role="progressbar"]');
            const v = Number(el?.getAttribute('aria-valuenow') ?? 0);
            if (el && v > 0 && v < 100) {
              done = true;
              [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel')!.click();
              resolve({ value: v, maxGap });
            } else if (performance.now() - t0 > 20_000) reject(new Error('the progress bar never moved'));
            else setTimeout(check, 2);
          };
          check();
        }),
    );
    expect(seen.value).toBeGreaterThan(0);
    // The page kept drawing frames while the worker read the rows.
    expect(seen.maxGap).toBeLessThan(200);
    await panel().getByRole('status').filter({ hasText: 'Import cancelled. Nothing was loaded.' }).waitFor();
    expect(await bar.count()).toBe(0);
    // Back at the column step, with nothing added: no report comes later.
    await panel().getByRole('heading', { name: 'What is in big-audit.csv?' }).waitFor();
    await page.waitForTimeout(3000);
    expect(await panel().getByRole('heading', { name: /^Report on/ }).count()).toBe(0);
    expect(await page.getByLabel('Dataset').locator('option', { hasText: 'big-audit' }).count()).toBe(0);
    expect(page.url()).not.toContain('dataset=local-');
    expect(errors).toEqual([]);
  });
});
