// The map draws every LEP, then every district on switching, and a sector change repaints it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openMap, screenshotPath } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openMap(browser, inject('baseUrl')));
});
afterAll(async () => browser?.close());

const fills = (p: Page) => p.locator('path.area').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));

describe('map layers', () => {
  it('draws the 38 LEPs with a title and description for assistive technology', async () => {
    expect(await page.locator('path.area').count()).toBe(38);
    const map = page.getByRole('group', { name: /Map: Location quotient/ });
    expect(await map.count()).toBe(1);
    expect(await page.locator('svg desc').textContent()).toMatch(/arrow keys/);
    await page.screenshot({ path: screenshotPath('map-default-1280x800') });
  });

  it('draws the 309 districts after switching the geography', async () => {
    await page.getByRole('radio', { name: /Districts/ }).check();
    await expect.poll(() => page.locator('path.area').count()).toBe(309);
    await expect.poll(() => page.url()).toContain('geo=lad');
    // Districts are not in two places, so no overlap stripes on this layer.
    expect(await page.locator('path.overlap').count()).toBe(0);
  });

  it('repaints the fills and the legend when the sector changes', async () => {
    const before = await fills(page);
    const legendBefore = await page.getByRole('figure', { name: 'Map legend' }).innerText();
    await page.getByLabel('Sector').selectOption({ label: 'Information & communication' });
    await expect.poll(async () => (await fills(page)).join()).not.toBe(before.join());
    const legendAfter = await page.getByRole('figure', { name: 'Map legend' }).innerText();
    expect(legendAfter).not.toBe(legendBefore);
    expect(await page.locator('#view-title').innerText()).toMatch(/Information & communication/);
  });

  it('uses quantile classes when asked, with five legend classes', async () => {
    await page.getByLabel('Colour classes').selectOption({ label: 'Quantiles (equal counts)' });
    await expect.poll(() => page.locator('.legend .classes li').count()).toBe(5);
    await expect.poll(() => page.url()).toContain('classes=quantiles');
  });

  it('ran without page errors', () => {
    expect(errors).toEqual([]);
  });
});
