// The map draws every LEP, then every district on switching, and a sector change repaints it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';

const fills = (p: Page) => p.locator('path.area').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));

describe('map layers', () => {
  it('draws the 38 LEPs with a title and description for assistive technology', async ({ app }) => {
    const { page, errors } = await app.open();
    expect(await page.locator('path.area').count()).toBe(38);
    const map = page.getByRole('group', { name: /Map: Location quotient/ });
    expect(await map.count()).toBe(1);
    expect(await page.locator('svg desc').textContent()).toMatch(/arrow keys/);
    await page.screenshot({ path: screenshotPath('map-default-1280x800') });
    expect(errors).toEqual([]);
  });

  it('draws the 309 districts after switching the geography', async ({ app }) => {
    const { page, errors } = await app.open();
    await page.getByRole('radio', { name: /Districts/ }).check();
    await expect.poll(() => page.locator('path.area').count()).toBe(309);
    await expect.poll(() => page.url()).toContain('geo=lad');
    // Districts are not in two places, so no overlap stripes on this layer.
    expect(await page.locator('path.overlap').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lists the 309 districts 50 rows at a time, every row reachable, and turns to a district picked on the map', async ({
    app,
  }) => {
    const { page, errors } = await app.open('?geo=lad');
    const table = page.locator('.table-section table');
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    // A screen reader hears which rows of how many: in the caption and as aria-rowcount/rowindex.
    expect(await table.locator('caption').innerText()).toMatch(/rows 1 to 50 of 309$/);
    expect(await table.getAttribute('aria-rowcount')).toBe('310');
    const pager = page.getByRole('group', { name: 'Pages of the table' });
    expect(await pager.getByRole('button', { name: 'Previous 50' }).getAttribute('aria-disabled')).toBe('true');
    const firstCodes = await table.locator('tbody th .code').allInnerTexts();
    await pager.getByRole('button', { name: 'Next 50' }).click();
    await expect.poll(() => rows.first().getAttribute('aria-rowindex')).toBe('52');
    expect(await pager.innerText()).toContain('Showing rows 51 to 100 of 309');
    const secondCodes = await table.locator('tbody th .code').allInnerTexts();
    expect(secondCodes.filter((c) => firstCodes.includes(c))).toEqual([]);
    await pager.getByRole('button', { name: 'Show all 309' }).click();
    await expect.poll(() => rows.count()).toBe(309);
    const every = await table.locator('tbody th .code').allInnerTexts();
    expect(new Set(every).size).toBe(309);
    await pager.getByRole('button', { name: 'Show 50 at a time' }).click();
    await expect.poll(() => rows.count()).toBe(50);
    expect(await rows.first().getAttribute('aria-rowindex')).toBe('52');
    // A district on the first page, picked on the map: the table turns back to it and marks it.
    const code = firstCodes[7];
    await page.locator(`path.area[data-code="${code}"]`).click();
    await expect.poll(() => table.locator('tr[aria-current="true"] .code').innerText()).toBe(code);
    expect(await rows.first().getAttribute('aria-rowindex')).toBe('2');
    expect(errors).toEqual([]);
  });

  it('repaints the fills and the legend when the sector changes', async ({ app }) => {
    const { page, errors } = await app.open('?geo=lad');
    const before = await fills(page);
    const legendBefore = await page.getByRole('figure', { name: 'Map legend' }).innerText();
    await page.getByLabel('Sector').selectOption({ label: 'Information & communication' });
    await expect.poll(async () => (await fills(page)).join()).not.toBe(before.join());
    const legendAfter = await page.getByRole('figure', { name: 'Map legend' }).innerText();
    expect(legendAfter).not.toBe(legendBefore);
    expect(await page.locator('#view-title').innerText()).toMatch(/Information & communication/);
    expect(errors).toEqual([]);
  });

  it('uses quantile classes when asked, with five legend classes', async ({ app }) => {
    const { page, errors } = await app.open();
    await page.getByLabel('Colour classes').selectOption({ label: 'Quantiles (equal counts)' });
    await expect.poll(() => page.locator('.legend .classes li').count()).toBe(5);
    await expect.poll(() => page.url()).toContain('classes=quantiles');
    expect(errors).toEqual([]);
  });
});
