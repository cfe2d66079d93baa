// Files the atlas does not recognise outright: a wide table (confirm the year columns) and a long
// table with unfamiliar headings, pasted (map the columns; Continue is blocked until every
// required field has a column).
import { describe, expect, it } from './harness';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';

const DISTRICTS = [
  ['E06000001', 'Hartlepool'],
  ['E06000002', 'Middlesbrough'],
  ['E06000003', 'Redcar and Cleveland'],
];

function wideCsv(): string {
  const lines = ['LAD code;District;Industry;2019;2020;2021'];
  let k = 0;
  for (const [code, name] of DISTRICTS) {
    for (const sector of ['Manufacturing', 'Retail']) {
      const v = () => (1000 + ((++k * 389) % 4000)).toLocaleString('en-GB');
      lines.push(`${code};${name};${sector};${v()};${k === 4 ? '..' : v()};${v()}`);
    }
  }
  return lines.join('\n') + '\n';
}

const VIEWPORT = { width: 1280, height: 900 };
const panel = (page: Page) => page.getByRole('region', { name: 'Load your own CSV' });

describe('a wide table with one column per year', () => {
  // One flow: the choices made at the column step are what the report and the map show.
  it('asks to confirm the year columns and the area and sector columns, then turns the table long, reports it, and maps the districts', async ({
    app,
  }) => {
    const { page, errors } = await app.open('', { viewport: VIEWPORT });
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    await panel(page)
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'teesside-jobs.csv', mimeType: 'text/csv', buffer: Buffer.from(wideCsv()) });
    await panel(page).getByRole('heading', { name: 'What is in teesside-jobs.csv?' }).waitFor();
    expect(await panel(page).locator('p.detected').innerText()).toMatch(
      /^This looks like a wide table, with one column per year: 6 columns, separated by semicolons\.$/,
    );
    const years = panel(page).getByRole('group', { name: 'Which columns hold one year each?' });
    expect(await years.getByRole('checkbox').count()).toBe(3);
    // The guesses are filled in.
    expect(await panel(page).getByLabel('Area code').locator('option:checked').innerText()).toBe('1: LAD code');
    expect(await panel(page).getByLabel('Area name').locator('option:checked').innerText()).toBe('2: District');
    expect(await panel(page).getByLabel('Sector name').locator('option:checked').innerText()).toBe('3: Industry');
    // Without any area column, Continue is blocked with a reason.
    await panel(page).getByLabel('Area code').selectOption('-1');
    await panel(page).getByLabel('Area name').selectOption('-1');
    const blocked = panel(page).locator('#import-blocked');
    expect(await blocked.innerText()).toContain('Choose an area code or area name column');
    expect(await panel(page).getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    // Unticking every year blocks it too.
    await panel(page).getByLabel('Area code').selectOption('0');
    await panel(page).getByLabel('Area name').selectOption('1');
    for (const y of ['2019', '2020', '2021']) await years.getByLabel(y).uncheck();
    expect(await blocked.innerText()).toContain('a year column');
    await years.getByLabel('2020').check();
    await years.getByLabel('2021').check();
    expect(await panel(page).locator('#import-blocked').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('import-wide-mapping'), fullPage: true });
    await panel(page).getByRole('button', { name: 'Continue' }).click();
    await panel(page).getByRole('heading', { name: 'Report on teesside-jobs.csv' }).waitFor();

    // 6 rows × 2 chosen year columns; the ".." is a flagged missing value, not a rejection.
    expect(await panel(page).locator('td[data-count="read"]').innerText()).toBe('12');
    expect(await panel(page).locator('td[data-count="used"]').innerText()).toBe('12');
    expect(await panel(page).locator('td[data-count="rejected"]').innerText()).toBe('0');
    expect(await panel(page).getByText('3 areas, 2 sectors and 2 years (2020 to 2021).').count()).toBe(1);
    expect(await panel(page).getByText('Every area in this file has a boundary on the map.').count()).toBe(1);
    await panel(page).getByRole('button', { name: 'Show this data' }).click();
    await panel(page).waitFor({ state: 'detached' });
    await expect.poll(() => page.url()).toContain('dataset=local-teesside-jobs');
    const table = page.locator('.table-section table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    expect(await table.locator('caption').innerText()).toMatch(/Manufacturing, 2021, by district/);
    for (const [code] of DISTRICTS) {
      expect(await page.locator(`path.area[data-code="${code}"]`).getAttribute('fill')).toMatch(/^(#|rgb)/);
    }
    expect(await page.locator('path.area[data-code="E06000004"]').getAttribute('fill')).toBe('url(#no-data)');
    expect(errors).toEqual([]);
  });
});

describe('a pasted table with unfamiliar headings', () => {
  it('asks which column holds what, with a preview, and blocks Continue until a sector column is chosen', async ({
    app,
  }) => {
    const { page, errors } = await app.open('', { viewport: VIEWPORT });
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    const text = [
      'place,what,when,howmany',
      'Hartlepool,Farming,2022,"1,200"',
      'Hartlepool,Mining,2022,340',
      'Middlesbrough,Farming,2022,800',
      'Middlesbrough,Mining,2022,*',
      'Middlesbrough,Mining,2022,12',
    ].join('\n');
    await panel(page).getByLabel('Or paste the table here').fill(text);
    await panel(page).getByRole('button', { name: 'Load pasted text' }).click();
    await panel(page).getByRole('heading', { name: 'What is in pasted data?' }).waitFor();
    expect(
      await panel(page)
        .getByText(/a table the atlas does not recognise/)
        .count(),
    ).toBe(1);
    expect(await panel(page).locator('table.preview tbody tr').count()).toBe(5);
    expect(await panel(page).getByLabel('Area name').locator('option:checked').innerText()).toBe('1: place');
    expect(await panel(page).locator('#import-blocked').innerText()).toContain(
      'Choose a sector code or sector name column',
    );
    expect(await panel(page).getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    await panel(page).getByLabel('Sector name').selectOption('1');
    expect(await panel(page).getByLabel('Year or period').inputValue()).toBe('2');
    expect(await panel(page).getByLabel('Value', { exact: true }).inputValue()).toBe('3');
    await panel(page).getByRole('button', { name: 'Continue' }).click();
    await panel(page).getByRole('heading', { name: 'Report on pasted data' }).waitFor();
    // The fifth data row repeats the fourth's area, sector and year: rejected as a duplicate, and said so.
    expect(await panel(page).locator('td[data-count="read"]').innerText()).toBe('5');
    expect(await panel(page).locator('td[data-count="used"]').innerText()).toBe('4');
    expect(await panel(page).locator('td[data-count="rejected"]').innerText()).toBe('1');
    const rejected = await panel(page).locator('table.rejected tbody tr td').allInnerTexts();
    expect(rejected[0]).toBe('6');
    expect(await panel(page).getByRole('heading', { name: 'Duplicates' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
