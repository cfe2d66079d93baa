// Accessibility of "Load your own CSV", step by step: axe-core's WCAG A and AA rules on every step,
// Escape and Close give focus back to the button that opened the panel, each step's heading takes
// it, and "Show this data" takes it to the new view's title, never to the page itself.
import { describe, expect, it } from './harness';
import type { Page } from 'playwright-core';
import { axe, describeFindings, focusCoveredBy, focusedElement } from './a11y';

// A wide table (years as columns, semicolons): the importer asks which columns hold what.
const WIDE = [
  'LAD code;District;Industry;2020;2021',
  'E06000001;Hartlepool;Manufacturing;1200;1250',
  'E06000001;Hartlepool;Retail;800;..',
  'E06000002;Middlesbrough;Manufacturing;1500;1490',
  'E06000002;Middlesbrough;Retail;950;990',
].join('\n');

const VIEWPORT = { width: 1280, height: 900 };

const panel = (page: Page) => page.getByRole('region', { name: 'Load your own CSV' });
const clean = async (page: Page, what: string) => expect(describeFindings(await axe(page)), what).toEqual([]);

describe('the import panel', () => {
  it('Close, and Escape, return focus to "Load your own CSV"', async ({ app }) => {
    const { page } = await app.open('', { viewport: VIEWPORT });
    const open = page.getByRole('button', { name: 'Load your own CSV' });
    await open.click();
    await panel(page).getByRole('heading', { name: 'Choose a file' }).waitFor();
    await clean(page, 'choose a file');
    await panel(page).getByRole('button', { name: 'Close' }).click();
    await panel(page).waitFor({ state: 'detached' });
    expect(await focusedElement(page)).toBe('button: Load your own CSV');

    await open.click();
    await panel(page).getByLabel('Choose a CSV file').focus();
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(await focusedElement(page)).toBe('button: Load your own CSV');
    // Escape in the panel did not clear anything else (the map keeps its state).
    expect(await page.locator('path.area').count()).toBe(38);
  });

  it('has nothing for axe to find at the column step and the report, and "Show this data" focuses the new view', async ({
    app,
  }) => {
    const { page } = await app.open('', { viewport: VIEWPORT });
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    await panel(page)
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'tees.csv', mimeType: 'text/csv', buffer: Buffer.from(WIDE) });
    await panel(page).getByRole('heading', { name: 'What is in tees.csv?' }).waitFor();
    // Each step's heading takes focus (once the step has painted).
    await expect.poll(() => focusedElement(page)).toBe('h3: What is in tees.csv?');
    await clean(page, 'column step');
    await panel(page).getByRole('button', { name: 'Continue' }).click();
    await panel(page).getByRole('heading', { name: 'Report on tees.csv' }).waitFor();
    await expect.poll(() => focusedElement(page)).toBe('h3: Report on tees.csv');
    await clean(page, 'report');
    await panel(page).getByRole('button', { name: 'Show this data' }).click();
    await panel(page).waitFor({ state: 'detached' });
    await expect.poll(() => page.url()).toContain('dataset=local-');
    await expect.poll(() => focusedElement(page)).toMatch(/^h2: /);
    expect(await focusCoveredBy(page)).toBeNull();
    await page.locator('path.area').first().waitFor();
    await clean(page, 'the map of the loaded file');
  });
});
