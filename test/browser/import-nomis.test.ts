// Loading a Nomis bulk download with the file picker: choose the measure, read the validation
// report (counts, the rejected row, the area the map cannot draw, the benchmark), download the
// rejected rows, then see the data on the map and in the table.
import { describe, expect, it, type App } from './harness';
import { readFileSync } from 'node:fs';
import { screenshotPath } from './browser';

const HEADER =
  'DATE,DATE_NAME,GEOGRAPHY,GEOGRAPHY_NAME,GEOGRAPHY_CODE,INDUSTRY,INDUSTRY_NAME,INDUSTRY_CODE,MEASURES,MEASURES_NAME,OBS_VALUE,OBS_STATUS,OBS_STATUS_NAME';
const LEPS = [
  ['E37000001', 'Black Country'],
  ['E37000003', 'Cheshire and Warrington'],
  ['E37000005', 'Cornwall and Isles of Scilly'],
  ['E37000006', 'Coventry and Warwickshire'],
  // Looks like a LEP code but has no boundary: in the table, not on the map.
  ['E37999999', 'Nowhere Partnership'],
];
const SECTORS = [
  ['C', 'C : Manufacturing'],
  ['F', 'F : Construction'],
  ['J', 'J : Information and communication'],
];

/** 30 "Value" rows and 30 "Percent" rows (Percent first, so the measure must be chosen), and one bad row. */
function nomisCsv(): string {
  const lines = [HEADER];
  let k = 0;
  for (const year of ['2021', '2022']) {
    for (const [code, name] of LEPS) {
      for (const [s, sName] of SECTORS) {
        k++;
        const value = 1000 + ((k * 7919) % 5000);
        const quoted = `"${value.toLocaleString('en-GB')}"`;
        lines.push(`${year},${year},1,${name},${code},1,${sName},${s},20301,Percent,${(k % 40) + 0.5},A,Normal Value`);
        lines.push(`${year},${year},1,${name},${code},1,${sName},${s},20100,Value,${quoted},A,Normal Value`);
      }
    }
  }
  // Row 62: a value that is not a number.
  lines.push('2022,2022,1,Black Country,E37000001,1,K : Finance,K,20100,Value,lots,A,Normal Value');
  return lines.join('\r\n') + '\r\n';
}

/** A fresh page with the file chosen, the "Value" measure picked and the report on screen. */
async function toReport(app: App) {
  const opened = await app.open('', { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const { page } = opened;
  await page.getByRole('button', { name: 'Load your own CSV' }).click();
  const panel = page.getByRole('region', { name: 'Load your own CSV' });
  await panel
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name: 'nomis_bres_leps.csv', mimeType: 'text/csv', buffer: Buffer.from(nomisCsv()) });
  await panel.getByLabel('This file holds several measures. Which one should the atlas show?').selectOption('Value');
  await panel.getByRole('button', { name: 'Continue' }).click();
  await panel.getByRole('heading', { name: 'Report on nomis_bres_leps.csv' }).waitFor();
  return { ...opened, panel };
}

describe('importing a Nomis download with the file picker', () => {
  it('recognises the layout and asks which measure to show', async ({ app }) => {
    const { page, errors } = await app.open('', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    const panel = page.getByRole('region', { name: 'Load your own CSV' });
    await panel.getByLabel('Choose a CSV file').setInputFiles({
      name: 'nomis_bres_leps.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(nomisCsv()),
    });
    await panel.getByRole('heading', { name: 'What is in nomis_bres_leps.csv?' }).waitFor();
    expect(await panel.getByText('This looks like a Nomis bulk download').count()).toBe(1);
    const measure = panel.getByLabel('This file holds several measures. Which one should the atlas show?');
    expect(await measure.locator('option').allInnerTexts()).toEqual(['Percent', 'Value']);
    await measure.selectOption('Value');
    // The preview shows the first rows as written, and what each column is read as.
    expect(await panel.locator('table.preview tbody tr').count()).toBe(6);
    expect(await panel.locator('table.preview thead th').nth(4).innerText()).toContain('Area code');
    await panel.getByRole('button', { name: 'Continue' }).click();
    await panel.getByRole('heading', { name: 'Report on nomis_bres_leps.csv' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('reports counts, the rejected row, the area it cannot draw and the benchmark before showing anything', async ({
    app,
  }) => {
    const { page, panel, errors } = await toReport(app);
    const count = (k: string) => panel.locator(`td[data-count="${k}"]`).innerText();
    expect(await count('read')).toBe('31');
    expect(await count('used')).toBe('30');
    expect(await count('rejected')).toBe('1');
    expect(await count('set-aside')).toBe('30');
    const rejected = panel.locator('table.rejected tbody tr');
    expect(await rejected.count()).toBe(1);
    const cells = await rejected.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe('62');
    expect(cells[2]).toMatch(/lots/);
    expect(await panel.getByText('5 areas, 3 sectors and 2 years (2021 to 2022).').count()).toBe(1);
    expect(await panel.getByText(/4 of the 5 areas in this file draw on the map; 1 does not/).count()).toBe(1);
    expect(await panel.locator('ul.areas').innerText()).toContain('Nowhere Partnership');
    // No England row: the benchmark is the sum of the areas, said plainly.
    expect(await panel.locator('.benchmark-sentence').innerText()).toMatch(
      /^Benchmark: the sum of the 5 areas loaded from this file, because it has no row for England or the UK/,
    );
    // Nothing has been added yet.
    expect(await page.getByLabel('Dataset').locator('option', { hasText: 'nomis bres leps' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('downloads the rejected rows with their reasons', async ({ app }) => {
    const { page, panel, errors } = await toReport(app);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download rejected rows (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('nomis_bres_leps-rejected-rows.csv');
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r\n/);
    expect(lines[0]).toBe(`row,reason,${HEADER}`);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^62,/);
    expect(lines[1]).toMatch(/not a number/i);
    expect(lines[1]).toContain('K : Finance');
    expect(errors).toEqual([]);
  });

  it('shows the data on the map and in the table, named from the file', async ({ app }) => {
    const { page, panel, errors } = await toReport(app);
    const name = panel.getByLabel('Name in the dataset list');
    expect(await name.inputValue()).toBe('nomis bres leps');
    await name.fill('My LEP jobs');
    await panel.getByLabel(/What the numbers count/).fill('Jobs');
    await panel.getByRole('button', { name: 'Show this data' }).click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => page.url()).toContain('dataset=local-my-lep-jobs');
    // The dataset list has it, selected.
    const select = page.getByLabel('Dataset');
    expect(await select.locator('option:checked').innerText()).toBe('My LEP jobs');
    // The table: the five LEPs of the file, Manufacturing in 2022.
    const table = page.locator('.table-section table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(5);
    expect(await table.locator('caption').innerText()).toMatch(/Jobs in C : Manufacturing, 2022/);
    const names = await table.locator('tbody th').allInnerTexts();
    expect(names.map((n) => n.split('\n')[0].trim()).sort()).toEqual(LEPS.map(([, n]) => n).sort());
    // The map fills the four LEPs it has boundaries for, and says it cannot draw the fifth.
    for (const [code] of LEPS.slice(0, 4)) {
      expect(await page.locator(`path.area[data-code="${code}"]`).getAttribute('fill')).toMatch(/^(#|rgb)/);
    }
    expect(await page.locator('path.area[data-code="E37000007"]').getAttribute('fill')).toBe('url(#no-data)');
    expect(await page.locator('.map-note').innerText()).toMatch(/1 area in the data could not be drawn/);
    expect(await page.locator('.view-subtitle').innerText()).toMatch(
      /Benchmark: .*since the data has no England or UK row/,
    );
    await page.screenshot({ path: screenshotPath('import-nomis-map'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
