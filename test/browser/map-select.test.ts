// Selecting an area: by keyboard only, by search, and clearing with Escape.
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';

describe('selecting an area', () => {
  it('works with the keyboard alone: Tab to the map, arrows to move, Enter to select, Escape to clear', async ({
    app,
  }) => {
    const { page } = await app.open();
    // Tab from the search box, past the share button, into the map: one tab stop for all areas.
    await page.getByRole('combobox', { name: 'Find an area' }).focus();
    const focusedCode = () => page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? null);
    for (let i = 0; i < 4 && !(await focusedCode()); i++) await page.keyboard.press('Tab');
    const first = await focusedCode();
    expect(first).toMatch(/^E37/);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`area=${second}`);
    expect(await page.locator(`path.area[data-code="${second}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('path.selected-ring').count()).toBe(1);
    // The legend marks the selected area's class.
    expect(await page.locator('.legend li.selected').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('area=');
    expect(await page.locator('path.selected-ring').count()).toBe(0);
  });

  it('finds an area by name with the search box and selects it', async ({ app }) => {
    const { page } = await app.open();
    const search = page.getByRole('combobox', { name: 'Find an area' });
    await search.fill('leeds city'); // "leeds" alone now puts the city (a district) first
    await page
      .getByRole('listbox', { name: 'Matching areas' })
      .getByRole('option', { name: /Leeds City Region/ })
      .waitFor();
    await search.press('Enter');
    await expect.poll(() => page.url()).toContain('area=E37000062');
    expect(await page.locator('tr[aria-current="true"] th').innerText()).toContain('Leeds City Region');
    // Zoom to it and back.
    // The zoom eases in over 0.4 s: it ends several times larger, centred on Leeds City Region.
    const drawing = page.locator('g.drawing');
    await page.getByRole('button', { name: 'Zoom to Leeds City Region' }).click();
    await expect.poll(() => drawing.getAttribute('transform')).toMatch(/scale/);
    const scaleNow = async () =>
      Number(/scale\(([\d.]+)\)/.exec((await drawing.getAttribute('transform')) ?? '')?.[1] ?? 1);
    let last = 0;
    const settledLarge = async () => {
      const k = await scaleNow();
      const still = k === last;
      last = k;
      return still && k > 2;
    };
    await expect.poll(settledLarge, { interval: 150, timeout: 3000 }).toBe(true);
    await page.getByRole('button', { name: 'Show all of England' }).click();
    await expect.poll(() => drawing.getAttribute('transform')).toBe('');
  });

  it('says so when no area matches', async ({ app }) => {
    const { page } = await app.open();
    await page.getByRole('combobox', { name: 'Find an area' }).fill('Atlantis');
    expect(await page.getByRole('status').filter({ hasText: 'No area matches' }).count()).toBe(1);
  });

  it('fits a phone screen: map first, controls folded away', async ({ app }) => {
    const { page } = await app.open('', { viewport: { width: 375, height: 740 } });
    expect(await page.locator('details.controls-wrap').getAttribute('open')).toBeNull();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: screenshotPath('map-default-375x740') });
    // The map comes before the ranking and the table, and fills the width.
    const mapBox = await page.locator('.map-frame svg').boundingBox();
    expect(mapBox!.width).toBeGreaterThan(330);
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Opening the folded controls shows them, one under another.
    await page.getByText('Change what the map shows').click();
    await page.getByLabel('Sector').waitFor();
    expect(await page.getByLabel('Sector').isVisible()).toBe(true);
  });

  it('on a portrait tablet too: controls folded, and most of the map on the first screen', async ({ app }) => {
    const { page } = await app.open('', { viewport: { width: 768, height: 1024 } });
    expect(await page.locator('details.controls-wrap').getAttribute('open')).toBeNull();
    const map = (await page.locator('.map-frame svg').boundingBox())!;
    expect(map.y).toBeLessThan(1024 / 2);
    expect((1024 - map.y) / map.height).toBeGreaterThan(0.75);
    await page.getByText('Change what the map shows').click();
    await page.getByLabel('Sector').waitFor();
    expect(await page.getByLabel('Sector').isVisible()).toBe(true);
  });
});
