// The ranking of all 309 districts: bars drawn as one path per colour, rows found from the pointer.
// Hovering a row highlights that district on the map and names it; a click selects it.
import { describe, expect, it, type App } from './harness';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';

/** The district map, with every district drawn. */
async function open(app: App) {
  const { page, errors } = await app.open('?geo=lad');
  await page.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
  return { page, errors };
}

/** The y of row i's middle, in page coordinates, and the ranking's hit area. */
async function rowPoint(page: Page, i: number) {
  // Bring the ranking's top to the top of the window, so the first 300 or so rows are on screen.
  await page.locator('.ranking').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  const hit = page.locator('.ranking rect.hit-all');
  const box = (await hit.boundingBox())!;
  const rows = await page.evaluate(() => document.querySelectorAll('path.area').length);
  const rowH = box.height / rows;
  return { x: box.x + box.width / 2, y: box.y + rowH * (i + 0.5) };
}

describe('district ranking', () => {
  it('draws every district as a bar, with far fewer elements than districts', async ({ app }) => {
    const { page, errors } = await open(app);
    const paths = page.locator('.ranking path.bar');
    const n = await paths.count();
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThan(40);
    // Every bar is a rectangle: count the M commands across the paths.
    const bars = await paths.evaluateAll((els) =>
      els.reduce((k, e) => k + (e.getAttribute('d')!.match(/M/g) ?? []).length, 0),
    );
    const unranked = await page.locator('.ranking .unranked').count();
    if (unranked === 0) expect(bars).toBe(309);
    else expect(bars).toBeLessThan(309);
    expect(errors).toEqual([]);
  });

  it('highlights the top district on the map when its row is hovered, and names it; the highlight moves with the pointer and clears on leaving', async ({
    app,
  }) => {
    const { page, errors } = await open(app);
    const p = await rowPoint(page, 0);
    await page.mouse.move(p.x, p.y);
    const code = await page.locator('path.area.highlighted').getAttribute('data-code');
    expect(code).toMatch(/^E0[6-9]/);
    const marked = page.locator('.ranking rect.marked');
    await expect.poll(() => marked.getAttribute('data-code')).toBe(code);
    const name = await page.locator(`path.area[data-code="${code}"]`).getAttribute('aria-label');
    const label = (await page.locator('.ranking .marked-label').textContent())!;
    expect(name!.startsWith(label.replace(/ [\d.,+-]+%?$/, ''))).toBe(true);
    await page.screenshot({ path: screenshotPath('ranking-districts-hover') });

    const a = await rowPoint(page, 10);
    await page.mouse.move(a.x, a.y);
    const first = await page.locator('path.area.highlighted').getAttribute('data-code');
    const b = await rowPoint(page, 200);
    await page.mouse.move(b.x, b.y);
    await expect.poll(() => page.locator('path.area.highlighted').getAttribute('data-code')).not.toBe(first);
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator('path.area.highlighted').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('selects the district under the pointer on click, and a second click clears it', async ({ app }) => {
    const { page, errors } = await open(app);
    const p = await rowPoint(page, 5);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.url()).toMatch(/area=E0\d{7}/);
    const code = new URL(page.url()).searchParams.get('area');
    expect(await page.locator(`path.area[data-code="${code}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('area')).toBeNull();
    expect(errors).toEqual([]);
  });
});
