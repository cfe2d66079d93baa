// "Share of England" on the research map: picked from "Show", its figure in the tooltip and the table
// matches the cube file worked by hand, the view's CSV has its own column, and axe finds nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';
import { axe, describeFindings } from './a11y';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { cellValue } from '../../src/lib/data/cube';

const OXFORDSHIRE = 'E37000053';

/** Oxfordshire's 4* FTE in Engineering (UoA 12) over England's, read straight from the cube file. */
function oxfordshireShare(): number {
  const c = cubeFromJson(JSON.parse(readFileSync('public/data/ref2021-4star-fte.cube.json', 'utf8')));
  const s = c.sectorIndex.get('12')!;
  return cellValue(c, c.areaIndex.get(OXFORDSHIRE)!, s, 0) / cellValue(c, c.areaIndex.get('E92000001')!, s, 0);
}

describe('share of England on the research map', () => {
  it("maps each LEP's share of England's world-leading research in Engineering, with the figures, CSV and axe", async ({
    app,
  }) => {
    const share = oxfordshireShare();
    expect(share).toBeGreaterThan(0.01); // so one decimal of a per cent is how it is written
    const pct = `${(100 * share).toFixed(1)}%`;
    // Institutions' circles hidden (inst=hide), so the pointer reaches the LEP under Oxford's.
    const { page, errors } = await app.open('?dataset=ref2021-4star-fte&sector=12&inst=hide', {
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    await page.locator('details.controls-wrap').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('#ctl-show').selectOption({ label: 'Share of England' });
    await expect.poll(() => page.url()).toMatch(/metric=englandShare/);
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Engineering: share of England by LEP');

    // The tooltip on Oxfordshire.
    await page.locator(`path.area[data-code="${OXFORDSHIRE}"]`).hover();
    const tip = page.getByRole('tooltip');
    await expect
      .poll(() => tip.textContent())
      .toMatch(
        new RegExp(
          `Share of England's world-leading research volume \\(4\\* FTE\\)\\s*${pct.replace('.', '\\.')}World`,
        ),
      );
    // The table: its own column, sorted by it (largest first), Oxfordshire's figure the same.
    const table = page.locator('.table-section table');
    const heads = await table.locator('thead th').allInnerTexts();
    const col = heads.findIndex((h) => /^Share of England/.test(h));
    expect(col).toBeGreaterThan(0);
    const oxRow = table.locator('tbody tr', { has: page.locator('th', { hasText: OXFORDSHIRE }) });
    await expect.poll(() => oxRow.locator('th, td').nth(col).innerText()).toBe(pct);
    expect(await table.locator('thead th').nth(col).getAttribute('aria-sort')).toBe('descending');

    // The view's CSV: a share_of_england_pct column with Oxfordshire's share in per cent.
    await page.getByRole('button', { name: 'Share & download' }).first().click();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Data in this view (CSV)' }).click(),
    ]);
    const lines = readFileSync((await d.path())!, 'utf8').split('\r\n');
    const head = lines
      .find((l) => /^\uFEFF?area_code,/.test(l))!
      .replace('\uFEFF', '')
      .split(',');
    const at = head.indexOf('share_of_england_pct');
    expect(at).toBeGreaterThan(head.indexOf('share_of_area_total_pct'));
    const ox = lines.find((l) => l.startsWith(`${OXFORDSHIRE},`))!.split(',');
    expect(Number(ox[at])).toBeCloseTo(100 * share, 3);
    await page.keyboard.press('Escape');

    expect(describeFindings(await axe(page))).toEqual([]);
    await page.screenshot({ path: screenshotPath('research-england-share-1280x800') });
    expect(errors).toEqual([]);
  });

  it('is not offered for a GPA (an average) nor for business data; an old link falls back to their first measure', async ({
    app,
  }) => {
    const { page } = await app.open('?dataset=ref2021-gpa&sector=12&metric=englandShare');
    await page.locator('details.controls-wrap').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const options = () => page.locator('#ctl-show option').allInnerTexts();
    expect(await options()).not.toContain('Share of England');
    expect(await page.locator('#ctl-show').inputValue()).toBe('value');
    await page.locator('#ctl-dataset').selectOption('ubc-enterprises');
    await expect.poll(options).toContain('Location quotient');
    expect(await options()).not.toContain('Share of England');
  });

  it('fits a 360 px phone and embeds its ranking', async ({ app }) => {
    const { page } = await app.open('?dataset=ref2021-fte&sector=12&metric=englandShare&geo=lad', {
      viewport: { width: 360, height: 780 },
    });
    await expect.poll(() => page.locator('path.area').count()).toBe(309);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Districts with no staff in Engineering have a true 0: grey and named in the key, not the palest
    // class, and not ranked among those with some (the ranking says how many).
    const legend = page.getByRole('figure', { name: 'Map legend' });
    await expect.poll(() => legend.textContent()).toMatch(/No research submitted[^0-9]*\d+ districts/);
    await expect
      .poll(() => page.locator('.ranking .unranked').first().textContent())
      .toMatch(/^\s*\d+ areas with 0 in this sector are not ranked\.\s*$/);
    await page.screenshot({ path: screenshotPath('research-england-share-360') });
    const embed = await app.open('?dataset=ref2021-fte&sector=12&metric=englandShare&chart=ranking&embed', {
      ready: '.ranking figcaption',
    });
    await expect
      .poll(() => embed.page.locator('.ranking figcaption').textContent())
      .toBe("Ranking: Share of England's staff submitted (FTE)");
  });
});
