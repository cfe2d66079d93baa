// The app opens on the built-in data and shows every LEP with real numbers and the attribution lines.
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';

// The table follows the map by a frame.
const READY = 'tbody tr';

describe('the app on the built-in data', () => {
  it('shows a table of the 38 LEPs with numbers, sorted by LQ, largest first, and both attribution lines', async ({
    app,
  }) => {
    const { page, errors } = await app.open('', { ready: READY });
    const table = page.getByRole('table');
    const bodyRows = table.locator('tbody tr');
    await expect.poll(() => bodyRows.count()).toBe(38);
    const first = await bodyRows.first().locator('td').allInnerTexts();
    // value, share, LQ
    expect(first[0]).toMatch(/^\d{1,3}(,\d{3})*/);
    expect(first[1]).toMatch(/^\d+\.\d%$/);
    expect(first[2]).toMatch(/^\d+\.\d\d/);
    expect(await table.locator('caption').innerText()).toMatch(/Manufacturing, 2022/);
    await page.screenshot({ path: screenshotPath('app-default-1280'), fullPage: true });
    const lqs = (await page.locator('tbody tr td:nth-child(4)').allInnerTexts()).map((t) => parseFloat(t));
    const finite = lqs.filter((v) => Number.isFinite(v));
    expect(finite.length).toBeGreaterThan(30);
    expect(finite).toEqual([...finite].sort((a, b) => b - a));
    const footer = page.getByRole('contentinfo');
    await expect
      .poll(() => footer.innerText())
      .toContain('Source: Office for National Statistics licensed under the Open Government Licence v.3.0');
    expect(await footer.innerText()).toContain('Contains OS data © Crown copyright and database right 2021');
    expect(errors).toEqual([]);
  });

  it('re-sorts by name when the column header is clicked', async ({ app }) => {
    const { page, errors } = await app.open('', { ready: READY });
    await page.getByRole('button', { name: /Local Enterprise Partnership/ }).click();
    const names = await page
      .locator('tbody th[scope=row]')
      .evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim() ?? ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    await expect.poll(() => page.url()).toContain('sort=name');
    expect(errors).toEqual([]);
  });

  it('changes the figures when another sector is chosen', async ({ app }) => {
    const { page, errors } = await app.open('', { ready: READY });
    const before = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    await page.getByLabel('Sector').selectOption({ label: 'Construction' });
    await expect.poll(() => page.locator('caption').innerText()).toMatch(/Construction/);
    const after = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(after).not.toEqual(before);
    expect(errors).toEqual([]);
  });

  it("downloads each of the first view's files once, and reads them as index.html asked, before the app script", async ({
    app,
  }) => {
    const fresh = await (await app.context()).newPage();
    const requests: string[] = [];
    fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await fresh.goto(app.url());
    await fresh.locator('path.area').first().waitFor();
    const data = requests.filter((p) => p.includes('/data/'));
    for (const file of ['datasets.json', 'boundaries.topo.json', 'lad-lep-lookup.json', 'ubc-enterprises.cube.json']) {
      expect(
        data.filter((p) => p.endsWith(`/data/${file}`)),
        file,
      ).toHaveLength(1);
    }
    // No CSV is parsed for the first view, and the early requests went out before the app's script ran.
    expect(data.some((p) => p.endsWith('.csv'))).toBe(false);
    const order = await fresh.evaluate(() => {
      const start = performance.getEntriesByName('atlas:script-start')[0].startTime;
      return performance
        .getEntriesByType('resource')
        .filter((r) => r.name.includes('/data/'))
        .map((r) => r.startTime < start);
    });
    expect(order.length).toBeGreaterThanOrEqual(4);
    expect(order.every(Boolean)).toBe(true);
  });

  it('puts the map and its legend on the first screen at 1280 × 800, with the controls in a column beside it', async ({
    app,
  }) => {
    const { page } = await app.open('', { ready: READY });
    const map = (await page.locator('.map-frame svg').boundingBox())!;
    const legend = (await page.getByRole('figure', { name: 'Map legend' }).boundingBox())!;
    expect(legend.y + legend.height).toBeLessThan(800);
    expect(legend.x).toBeGreaterThan(map.x + map.width - 1);
    const controls = (await page.getByRole('form', { name: 'Choose what the map shows' }).boundingBox())!;
    expect(map.y).toBeLessThan(400); // at least half the window's height shows map
    expect(controls.x + controls.width).toBeLessThanOrEqual(map.x);
    expect(controls.y).toBeLessThan(map.y);
  });
});
