// Issue 14, items 5 and 6 through the real import flow (fixtures written here).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, watchErrors } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchErrors(page);
  await page.goto(inject('baseUrl'));
  await page.locator('path.area').first().waitFor();
});
afterAll(async () => browser?.close());

const panel = () => page.getByRole('region', { name: 'Load your own CSV' });

describe('5. indicator files cannot be imported', () => {
  it('an index with no sector column imports as an indicator and maps its values, negatives included', async () => {
    const text = [
      'LAD code,District,Year,Change index',
      'E06000001,Hartlepool,2021,-3.5',
      'E06000002,Middlesbrough,2021,1.25',
      'e06000003,Redcar and Cleveland,2021,4',
    ].join('\n');
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    await panel().getByLabel('Or paste the table here').fill(text);
    await panel().getByRole('button', { name: 'Load pasted text' }).click();
    await panel().getByRole('heading', { name: 'What is in pasted data?' }).waitFor();
    await panel().getByLabel(/One figure per area that does not add up/).check();
    await panel().getByRole('button', { name: 'Continue' }).click();
    await panel().getByRole('heading', { name: 'Report on pasted data' }).waitFor();
    expect(await panel().locator('td[data-count="used"]').innerText()).toBe('3');
    expect(await panel().locator('td[data-count="rejected"]').innerText()).toBe('0');
    // Item 6: the lower-case code was read as the ONS code, and the report says so.
    expect(await panel().getByText(/Area codes normalised: 1 in lower case/).count()).toBe(1);
    await panel().getByRole('button', { name: 'Show this data' }).click();
    await panel().waitFor({ state: 'detached' });
    const table = page.locator('.table-section table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    // No share or LQ for an indicator: the heads are the district and the value.
    const heads = await table.locator('thead th').allInnerTexts();
    expect(heads.join(' | ')).not.toMatch(/Share|Location quotient/);
    expect(await page.getByLabel('Show', { exact: true }).locator('option').allInnerTexts()).not.toContain('Location quotient');
    // Every district has a colour, the negative one too (not hatched as "no figure").
    for (const code of ['E06000001', 'E06000002', 'E06000003']) {
      expect(await page.locator(`path.area[data-code="${code}"]`).getAttribute('fill')).toMatch(/^(#|rgb)/);
    }
    expect(errors).toEqual([]);
  });
});
