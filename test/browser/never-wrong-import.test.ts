// Issue 14, items 4, 5 and 6 through the real import flow (fixtures written here).
import { describe, expect, it, type App } from './harness';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { axe, describeFindings } from './a11y';

const open = (app: App) => app.open('', { viewport: { width: 1280, height: 900 } });

const panel = (page: Page) => page.getByRole('region', { name: 'Load your own CSV' });

/** Loads a file through the picker with the detected layout and waits for the report. */
async function importFile(page: Page, name: string, lines: string[]) {
  if ((await panel(page).count()) === 0) await page.getByRole('button', { name: 'Load your own CSV' }).click();
  else if (await panel(page).getByRole('button', { name: 'Choose another file' }).count()) {
    await panel(page).getByRole('button', { name: 'Choose another file' }).click();
  }
  await panel(page)
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') });
  await panel(page).getByRole('button', { name: 'Continue' }).click();
  await panel(page)
    .getByRole('heading', { name: `Report on ${name}` })
    .waitFor();
}

/** A canonical file: each area × two sectors in 2021. */
const canonical = (areas: [string, string][]) => [
  'area_code,area_name,sector_code,sector_name,year,value',
  ...areas.flatMap(([code, name], i) => [
    `${code},${name},C,Manufacturing,2021,${100 + i}`,
    `${code},${name},S,Services,2021,${400 - i}`,
  ]),
];

/** The report's line for one code system. */
const system = (page: Page, id: string) => panel(page).locator(`ul.systems > li[data-system="${id}"]`);

describe('4. codes the atlas has no boundaries for are identified', () => {
  it('names ITL3, NUTS2 and 2017 LEP codes, counts them, and says what draws and why', async ({ app }) => {
    const { page, errors } = await open(app);
    await importFile(
      page,
      'itl3-jobs.csv',
      canonical([
        ['E92000001', 'England'],
        ['TLC11', 'Hartlepool and Stockton-on-Tees'],
        ['TLC12', 'South Teesside'],
        ['TLC13', 'Darlington'],
      ]),
    );
    const onMap = panel(page).getByRole('region', { name: 'On the map' });
    expect(await onMap.locator('p').first().innerText()).toBe(
      'None of the 3 areas in this file (besides the national row) can be drawn on the map: 3 ITL3 areas. They still appear in charts and tables.',
    );
    expect(await system(page, 'itl3').innerText()).toMatch(
      /^ITL3 areas \(International Territorial Levels, codes like TLC11\): 3 areas\. Not drawn: the atlas has boundaries only for LEPs \(May 2021\) and local authority districts, not for ITL areas\./,
    );
    expect(await system(page, 'itl3').getByText('TLC12').count()).toBe(1);
    expect(await system(page, 'national').innerText()).toMatch(/National rows .*: 1 area\. Not areas on the map/);
    await panel(page).screenshot({ path: screenshotPath('import-codes-itl3') });

    await importFile(
      page,
      'nuts2-jobs.csv',
      canonical([
        ['UKC1', 'Tees Valley and Durham'],
        ['UKC2', 'Northumberland and Tyne and Wear'],
        ['E06000001', 'Hartlepool'],
      ]),
    );
    expect(await onMap.locator('p').first().innerText()).toBe(
      '1 of the 3 areas in this file draws on the map; 2 do not: 2 NUTS2 areas. They still appear in charts and tables.',
    );
    expect(await system(page, 'nuts2').innerText()).toMatch(/^NUTS2 areas .*: 2 areas\. Not drawn:/);
    expect(await system(page, 'lad-2021').innerText()).toBe(
      'Local authority districts (December 2021): 1 area. Drawn on the map.',
    );

    await importFile(
      page,
      'leps-2017.csv',
      canonical([
        ['E37000001', 'Black Country'],
        ['E37000023', 'London'],
        ['E37000018', 'Humber'],
      ]),
    );
    expect(await onMap.locator('p').first().innerText()).toBe(
      '1 of the 3 areas in this file draws on the map; 2 do not: 2 LEP codes of earlier years. They still appear in charts and tables.',
    );
    expect(await system(page, 'lep-2021').innerText()).toBe(
      'LEP codes unchanged since before 2021: 1 area. Drawn on the map as the May 2021 LEPs with these codes.',
    );
    const earlier = await system(page, 'lep-earlier').innerText();
    expect(earlier).toMatch(
      /^LEP codes of earlier years: 2 areas\. Not drawn: ONS gives a LEP a new code when its boundary changes/,
    );
    expect(earlier).toContain('E37000023 London (code retired April 2017; the May 2021 LEP of that name is E37000051)');
    expect(earlier).toContain('E37000018 Humber (code retired April 2017)');
    await panel(page).screenshot({ path: screenshotPath('import-codes-lep-2017') });
    // The unchanged code draws as its 2021 LEP; the changed London code does not colour London.
    await panel(page).getByRole('button', { name: 'Show this data' }).click();
    await panel(page).waitFor({ state: 'detached' });
    const fill = (code: string) =>
      page.locator(`path.area[data-code="${code}"]`).evaluate((p) => getComputedStyle(p).fill);
    await expect.poll(() => page.locator('path.area[data-code="E37000001"]').count()).toBe(1);
    expect(await fill('E37000001')).not.toBe(await fill('E37000051'));
    expect(errors).toEqual([]);
  });
});

describe('5. indicator files cannot be imported', () => {
  /** Every table head and chart heading of the profile: none may name a share or a location quotient. */
  async function expectNoLqOrShare(page: Page) {
    const heads = await page.locator('.profile-body h3, .profile-body th[scope="col"]').allInnerTexts();
    expect(heads.length).toBeGreaterThan(0);
    for (const h of heads) expect(h).not.toMatch(/location quotient|\bLQ\b|share/i);
    const svgText = await page
      .locator('.profile-body svg text')
      .evaluateAll((ts) => ts.map((t) => t.textContent ?? ''));
    expect(svgText.filter((t) => / = 1$/.test(t))).toEqual([]);
  }

  // One flow: the indicator imported, mapped, then its profile.
  it('an index with no sector column imports as an indicator and maps its values, negatives included; its profile shows its values from 0, a negative figure to the left, and no LQ or share', async ({
    app,
  }) => {
    const { page, errors } = await open(app);
    const text = [
      'LAD code,District,Year,Change index',
      'E06000001,Hartlepool,2021,-3.5',
      'E06000002,Middlesbrough,2021,1.25',
      'e06000003,Redcar and Cleveland,2021,4',
    ].join('\n');
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    await panel(page).getByLabel('Or paste the table here').fill(text);
    await panel(page).getByRole('button', { name: 'Load pasted text' }).click();
    await panel(page).getByRole('heading', { name: 'What is in pasted data?' }).waitFor();
    await panel(page)
      .getByLabel(/One figure per area that does not add up/)
      .check();
    await panel(page).getByRole('button', { name: 'Continue' }).click();
    await panel(page).getByRole('heading', { name: 'Report on pasted data' }).waitFor();
    expect(await panel(page).locator('td[data-count="used"]').innerText()).toBe('3');
    expect(await panel(page).locator('td[data-count="rejected"]').innerText()).toBe('0');
    // Item 6: the lower-case code was read as the ONS code, and the report says so.
    expect(
      await panel(page)
        .getByText(/Area codes normalised: 1 in lower case/)
        .count(),
    ).toBe(1);
    await panel(page).getByRole('button', { name: 'Show this data' }).click();
    await panel(page).waitFor({ state: 'detached' });
    const table = page.locator('.table-section table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    // No share or LQ for an indicator: the heads are the district and the value.
    const heads = await table.locator('thead th').allInnerTexts();
    expect(heads.join(' | ')).not.toMatch(/Share|Location quotient/);
    expect(await page.getByLabel('Show', { exact: true }).locator('option').allInnerTexts()).not.toContain(
      'Location quotient',
    );
    // Every district has a colour, the negative one too (not hatched as "no figure").
    for (const code of ['E06000001', 'E06000002', 'E06000003']) {
      expect(await page.locator(`path.area[data-code="${code}"]`).getAttribute('fill')).toMatch(/^(#|rgb)/);
    }

    await page.getByRole('button', { name: 'Area profile' }).click();
    const search = page.getByRole('combobox', { name: 'Find an area' });
    await search.fill('Hartlepool');
    await page
      .getByRole('listbox', { name: 'Matching areas' })
      .getByRole('option', { name: /Hartlepool/ })
      .waitFor();
    await search.press('Enter');
    const chart = page.locator('svg[data-export="profile-bars"]:not([aria-busy])');
    await chart.waitFor();
    const bar = chart.locator('rect.bar');
    expect(await bar.count()).toBe(1);
    expect(await bar.getAttribute('data-value')).toBe('-3.5');
    // The bar ends at the line at 0: it points left, and the line is where 0 is on the axis.
    const line = chart.locator('line.centre');
    const [bx, bw, lx] = [
      Number(await bar.getAttribute('x')),
      Number(await bar.getAttribute('width')),
      Number(await line.getAttribute('x1')),
    ];
    expect(bw).toBeGreaterThan(10);
    expect(Math.abs(bx + bw - lx)).toBeLessThan(0.5);
    expect(await bar.getAttribute('class')).toMatch(/\bbelow\b/);
    expect(await chart.locator('text.val').textContent()).toBe('−3.5'); // a true minus sign
    await expectNoLqOrShare(page);
    expect(errors).toEqual([]);
  });

  it('the built-in productivity index (UK = 100) draws its bars from 100 in the profile', async ({ app }) => {
    const { page, errors } = await app.open('?dataset=productivity&view=profile&area=E06000001', {
      viewport: { width: 1280, height: 900 },
      ready: 'none',
    });
    const chart = page.locator('svg[data-export="profile-bars"]:not([aria-busy])');
    await chart.locator('rect.bar').first().waitFor();
    const bars = await chart.locator('rect.bar').evaluateAll((rs) =>
      rs.map((r) => ({
        v: Number(r.getAttribute('data-value')),
        below: r.classList.contains('below'),
        x: Number(r.getAttribute('x')),
        w: Number(r.getAttribute('width')),
      })),
    );
    expect(bars.length).toBeGreaterThan(0);
    const lx = Number(await chart.locator('line.centre').getAttribute('x1'));
    for (const b of bars) {
      expect(b.below).toBe(b.v < 100);
      // Each bar runs from the line at 100 to its value.
      expect(Math.abs((b.v < 100 ? b.x + b.w : b.x) - lx)).toBeLessThan(0.5);
    }
    expect(await chart.locator('text.tick').evaluateAll((ts) => ts.map((t) => t.textContent))).toContain('100');
    await expectNoLqOrShare(page);
    expect(await page.locator('.lede').innerText()).not.toMatch(/compares a sector's share|above 1 means/);
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Hartlepool: Labour productivity index (UK = 100) by sector',
    );
    await page.screenshot({ path: screenshotPath('profile-indicator-productivity'), fullPage: true });
    expect(describeFindings(await axe(page, { include: '.profile-body' }))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('6. import edges', () => {
  /** Chooses a file and waits for the mapping step (no Continue). */
  async function chooseFile(page: Page, name: string, buffer: Buffer) {
    if ((await panel(page).count()) === 0) await page.getByRole('button', { name: 'Load your own CSV' }).click();
    else if (await panel(page).getByRole('button', { name: 'Choose another file' }).count()) {
      await panel(page).getByRole('button', { name: 'Choose another file' }).click();
    }
    await panel(page).getByLabel('Choose a CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer });
    await panel(page)
      .getByRole('heading', { name: `What is in ${name}?` })
      .waitFor();
  }

  it('decodes a Windows-1252 file and says which encoding it used', async ({ app }) => {
    const { page, errors } = await open(app);
    // "é" is one byte (0xE9) in Windows-1252; as UTF-8 these bytes are invalid.
    const text = [
      'area_code,area_name,sector_code,sector_name,year,value',
      'E06000001,Hartlepool,I1,Cafés and brasseries,2021,12',
      'E06000001,Hartlepool,I2,Pâtisseries,2021,7',
      'E06000002,Middlesbrough,I1,Cafés and brasseries,2021,30',
      'E06000002,Middlesbrough,I2,Pâtisseries,2021,9',
    ].join('\r\n');
    await chooseFile(page, 'cp1252.csv', Buffer.from(text, 'latin1'));
    expect(
      await panel(page)
        .getByText(/The file is not UTF-8, so it was read as Windows-1252/)
        .count(),
    ).toBe(1);
    expect(await panel(page).locator('.preview-wrap').innerText()).toContain('Cafés and brasseries');
    expect(await panel(page).locator('.preview-wrap').innerText()).toContain('Pâtisseries');
    await panel(page).getByRole('button', { name: 'Continue' }).click();
    await panel(page).getByRole('heading', { name: 'Report on cp1252.csv' }).waitFor();
    expect(await panel(page).locator('td[data-count="used"]').innerText()).toBe('4');
    expect(errors).toEqual([]);
  });

  it('takes "ITL region code" as the area code and never lep_year_spec as the area name', async ({ app }) => {
    const { page, errors } = await open(app);
    const text = [
      'ITL region code,ITL region name,lep_year_spec,Industry,Year,Value',
      'TLC11,Hartlepool and Stockton-on-Tees,2017,Manufacturing,2021,5',
      'TLC12,South Teesside,2017,Manufacturing,2021,6',
    ].join('\n');
    await chooseFile(page, 'itl-named.csv', Buffer.from(text));
    expect(await panel(page).getByLabel('Area code').locator('option:checked').innerText()).toBe('1: ITL region code');
    expect(await panel(page).getByLabel('Area name').locator('option:checked').innerText()).toBe('2: ITL region name');
    expect(errors).toEqual([]);
  });

  it('a first data row longer than the detection sample is still a data row', async ({ app }) => {
    const { page, errors } = await open(app);
    const long = 'x'.repeat(300_000); // past the 256 K characters detection reads
    const text = [
      'area_code,area_name,sector_code,sector_name,year,value,comment',
      `E06000001,Hartlepool,C,Manufacturing,2021,120,${long}`,
      'E06000001,Hartlepool,S,Services,2021,400,',
    ].join('\n');
    await chooseFile(page, 'long-first-row.csv', Buffer.from(text));
    expect(
      await panel(page)
        .getByText(/header but no data rows/i)
        .count(),
    ).toBe(0);
    await panel(page).getByRole('button', { name: 'Continue' }).click();
    await panel(page).getByRole('heading', { name: 'Report on long-first-row.csv' }).waitFor();
    expect(await panel(page).locator('td[data-count="read"]').innerText()).toBe('2');
    expect(await panel(page).locator('td[data-count="used"]').innerText()).toBe('2');
    expect(errors).toEqual([]);
  });

  it('rejects negative counts with a reason, and the pager counts them with thousands separators', async ({ app }) => {
    const { page, errors } = await open(app);
    const lines = ['area_code,area_name,sector_code,sector_name,year,value'];
    lines.push('E06000001,Hartlepool,C,Manufacturing,2021,120', 'E06000001,Hartlepool,S,Services,2021,400');
    // 1,200 negative counts, spread over years so each row is a distinct cell.
    for (let i = 0; i < 1200; i++) lines.push(`E06000002,Middlesbrough,C,Manufacturing,${1000 + i},-5`);
    await chooseFile(page, 'negative-counts.csv', Buffer.from(lines.join('\n') + '\n'));
    await panel(page).getByRole('button', { name: 'Continue' }).click();
    await panel(page).getByRole('heading', { name: 'Report on negative-counts.csv' }).waitFor();
    expect(await panel(page).locator('td[data-count="rejected"]').innerText()).toBe('1,200');
    expect(await panel(page).locator('td[data-count="used"]').innerText()).toBe('2');
    const first = await panel(page).locator('table.rejected tbody tr').first().locator('td').allInnerTexts();
    expect(first[0]).toBe('4');
    expect(first[2]).toMatch(/negative/i);
    expect(await panel(page).locator('table.rejected caption').innerText()).toMatch(/ of 1,200$/);
    // The page lists the first 1,000; the download has all of them.
    expect(
      await panel(page)
        .getByText(/The first 1,000 are listed here; the download has all of them/)
        .count(),
    ).toBe(1);
    expect(await panel(page).locator('.pager span').innerText()).toBe('Rows 1–20 of 1,000 listed');
    expect(errors).toEqual([]);
  });
});
