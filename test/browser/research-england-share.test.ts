// "Share of England" on the research map: picked from "Show", its figure in the tooltip and the table
// matches the cube file worked by hand, the view's CSV has its own column, and axe finds nothing. And the
// REF value map, whose true zeros are named in grey like a share's, so no class is left empty.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from './harness';
import { screenshotPath } from './browser';
import { axe, describeFindings } from './a11y';
import { cubeFromJson } from '../../src/lib/data/cube-json';
import { cellValue } from '../../src/lib/data/cube';

const OXFORDSHIRE = 'E37000053';
const GLOUCESTERSHIRE = 'E37000011';

const cubeFile = (id: string) => cubeFromJson(JSON.parse(readFileSync(`public/data/${id}.cube.json`, 'utf8')));

/** The legend's class counts and its true-zero entries' counts, read off the page. */
async function legendCounts(page: import('playwright-core').Page) {
  const legend = page.getByRole('figure', { name: 'Map legend' });
  const num = (t: string) => Number(t.replace(/[^0-9]/g, ''));
  return {
    classes: (await legend.locator('ul.classes li .count').allInnerTexts()).map(num),
    zeros: (await legend.locator('li.zero .count').allInnerTexts()).map(num),
  };
}

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
      .toMatch(/^\s*\d+ districts with 0 in this subject are not ranked\.\s*$/);
    await page.screenshot({ path: screenshotPath('research-england-share-360') });
    const embed = await app.open('?dataset=ref2021-fte&sector=12&metric=englandShare&chart=ranking&embed', {
      ready: '.ranking figcaption',
    });
    await expect
      .poll(() => embed.page.locator('.ranking figcaption').textContent())
      .toBe("Ranking: Share of England's staff submitted (FTE)");
  });

  it('value map: a 0 of 4* FTE is grey and named, no class is empty, and the counts add up to every area', async ({
    app,
  }) => {
    // From the cube files: LEPs with 0 4* FTE in Engineering (UoA 12), and which of them had staff submitted.
    const four = cubeFile('ref2021-4star-fte');
    const fte = cubeFile('ref2021-fte');
    const [s4, sf] = [four.sectorIndex.get('12')!, fte.sectorIndex.get('12')!];
    const leps = four.areas.filter((a) => a.level === 'lep');
    const zeroLeps = leps.filter((a) => cellValue(four, four.areaIndex.get(a.code)!, s4, 0) === 0);
    const staff = (code: string) => cellValue(fte, fte.areaIndex.get(code)!, sf, 0);
    expect(staff(GLOUCESTERSHIRE)).toBeCloseTo(9.5, 6); // 0 at 4*, 9.5 FTE submitted
    // One with no staff in the subject but research in others (not "No research submitted" at all).
    const anyStaff = (code: string) => fte.sectors.some((_, k) => cellValue(fte, fte.areaIndex.get(code)!, k, 0) > 0);
    const empty = zeroLeps.find((a) => !(staff(a.code) > 0) && anyStaff(a.code))!;
    expect(empty).toBeDefined();

    const { page, errors } = await app.open('?dataset=ref2021-4star-fte&sector=12&metric=value&inst=hide', {
      viewport: { width: 1280, height: 800 },
    });
    const legend = page.getByRole('figure', { name: 'Map legend' });
    await expect.poll(() => legend.textContent()).toMatch(/No world-leading \(4\*\) research in this subject/);
    const lep = await legendCounts(page);
    expect(lep.classes.length).toBeGreaterThan(1);
    expect(lep.classes.filter((n) => n === 0)).toEqual([]);
    // "No research submitted" (nothing at all) and "No world-leading (4*) research in this subject".
    expect(lep.zeros.reduce((a, b) => a + b, 0)).toBe(zeroLeps.length);
    expect(lep.classes.reduce((a, b) => a + b, 0) + zeroLeps.length).toBe(leps.length);
    expect(await legend.textContent()).not.toMatch(/under 0\b/);
    // Each zero says whether staff were submitted (the FTE cube loads for it).
    const label = (code: string) => page.locator(`path.area[data-code="${code}"]`).getAttribute('aria-label');
    await expect
      .poll(() => label(GLOUCESTERSHIRE))
      .toBe('Gloucestershire: No world-leading (4*) research in this subject (9.5 FTE submitted)');
    expect(await label(empty.code)).toBe(`${empty.name}: None submitted in this subject`);
    await page.screenshot({ path: screenshotPath('research-value-zeros-lep-1280x800') });

    // Districts: most have none in Engineering; they are grey, and the classes share out the rest.
    await page.goto(`${app.url()}?dataset=ref2021-4star-fte&sector=12&metric=value&inst=hide&geo=lad`);
    await expect.poll(() => page.locator('path.area').count()).toBe(309);
    await expect.poll(async () => (await legendCounts(page)).zeros.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    const lad = await legendCounts(page);
    expect(lad.classes.filter((n) => n === 0)).toEqual([]);
    expect([...lad.classes, ...lad.zeros].reduce((a, b) => a + b, 0)).toBe(309);
    expect(describeFindings(await axe(page))).toEqual([]);
    await page.screenshot({ path: screenshotPath('research-value-zeros-lad-1280x800') });
    expect(errors).toEqual([]);
  });
});
