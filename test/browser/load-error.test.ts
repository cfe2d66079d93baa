// When a data file fails to load, the user sees what failed and can try again; the footer still shows.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('loading failures', () => {
  it('names the dataset file that failed and recovers on "Try again"', async () => {
    const page = await browser.newPage();
    let fail = true;
    await page.route('**/data/ubc-enterprises.cube.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
    );
    await page.goto(inject('baseUrl'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/ubc-enterprises\.cube\.json.*503/s);
    expect(await page.getByRole('contentinfo').innerText()).toContain('Open Government Licence');

    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(38);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('names a damaged boundary file and what is wrong with it, and still shows the table', async () => {
    const page = await browser.newPage();
    await page.route('**/data/boundaries.topo.json', async (route) => {
      const topo = await (await route.fetch()).json();
      topo.objects.lads.geometries[0].arcs = [[999999]];
      await route.fulfill({ json: topo });
    });
    await page.goto(inject('baseUrl'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /The map cannot be drawn from boundaries\.topo\.json: area E\d{8} in the "lads" layer refers to arc 999999, which the file does not have\./,
    );
    await expect.poll(() => page.locator('tbody tr').count()).toBe(38);
    await page.close();
  });

  it('explains a manifest that is not JSON', async () => {
    const page = await browser.newPage();
    await page.route('**/data/datasets.json', (route) => route.fulfill({ status: 200, body: '<html>oops' }));
    await page.goto(inject('baseUrl'));
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/datasets\.json: it is not valid JSON/);
    await page.close();
  });
});
