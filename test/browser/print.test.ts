// Printing a map view for a briefing: the title, map, legend, ranking and sources, not the controls.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openMap, screenshotPath } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('printing', () => {
  it('keeps the map, its legend, ranking and source, and leaves out the controls and buttons', async () => {
    const { page, errors } = await openMap(browser, inject('baseUrl'));
    await page.getByLabel('Sector').waitFor({ state: 'attached' });
    await page.locator('.ranking svg').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('form', { name: 'Choose what the map shows' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Share & download' }).isVisible()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Find an area' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false);
    expect(await page.locator('.map-frame svg').isVisible()).toBe(true);
    expect(await page.getByRole('figure', { name: 'Map legend' }).isVisible()).toBe(true);
    expect(await page.locator('.ranking svg').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: /Manufacturing: which LEPs are specialised/ }).isVisible()).toBe(true);
    expect(await page.getByRole('contentinfo').innerText()).toContain('Open Government Licence');
    // The map now starts at the page's left edge, where the controls column was.
    const map = (await page.locator('.map-frame svg').boundingBox())!;
    expect(map.x).toBeLessThan(100);
    await page.screenshot({ path: screenshotPath('map-print'), fullPage: false });
    expect(errors).toEqual([]);
  });
});
