// A file dropped anywhere on the page opens the import panel; a file whose names carry markup
// shows that markup as text, everywhere, and runs nothing.
import { describe, expect, it, type App } from './harness';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';

const EVIL = '<img src=x onerror=alert(1)>';

function evilCsv(): string {
  const lines = ['area_code,area_name,sector_code,sector_name,year,value'];
  const areas = [
    ['E37000001', `Black Country ${EVIL}`],
    ['E37000003', 'Cheshire and Warrington'],
    // No boundary: the name is listed in the report too.
    ['E37999998', `${EVIL} Partnership`],
  ];
  const sectors = [
    ['C', 'Manufacturing'],
    ['X', `Mischief ${EVIL}`],
  ];
  let k = 0;
  for (const [code, name] of areas) {
    for (const [s, sName] of sectors) {
      k++;
      lines.push(`${code},"${name}",${s},"${sName}",2022,${100 + k * 37}`);
    }
  }
  return lines.join('\n') + '\n';
}

async function drop(page: Page, text: string, name: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ text, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/csv' }));
      return dt;
    },
    { text, name },
  );
  // Dropped on the map, far from the panel (which is closed).
  await page.dispatchEvent('.map-frame', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.map-frame', 'dragover', { dataTransfer });
  await page.dispatchEvent('.map-frame', 'drop', { dataTransfer });
}

/** The map, with every dialog (an alert run from the file's markup would be one) recorded and dismissed. */
async function open(app: App) {
  const { page, errors } = await app.open('', { viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, errors, dialogs };
}

describe('a file dropped anywhere on the page', () => {
  it('opens the panel and is recognised', async ({ app }) => {
    const { page, errors } = await open(app);
    expect(await page.getByRole('region', { name: 'Load your own CSV' }).count()).toBe(0);
    const imgsBefore = await page.locator('img').count();
    await drop(page, evilCsv(), 'evil.csv');
    const panel = page.getByRole('region', { name: 'Load your own CSV' });
    await panel.getByRole('heading', { name: 'What is in evil.csv?' }).waitFor();
    expect(await panel.getByText('This looks like the atlas’s own audit CSV layout').count()).toBe(1);
    // The preview shows the names as written, as text.
    expect(await panel.locator('table.preview tbody').innerText()).toContain(`Black Country ${EVIL}`);
    expect(await page.locator('img').count()).toBe(imgsBefore);
    await page.screenshot({ path: screenshotPath('import-recognised'), fullPage: false });
    expect(errors).toEqual([]);
  });

  it('shows markup from the file as text in the report, the map and the table, and runs nothing', async ({ app }) => {
    const { page, errors, dialogs } = await open(app);
    await drop(page, evilCsv(), 'evil.csv');
    const panel = page.getByRole('region', { name: 'Load your own CSV' });
    await panel.getByRole('heading', { name: 'What is in evil.csv?' }).waitFor();
    await panel.getByRole('button', { name: 'Continue' }).click();
    await panel.getByRole('heading', { name: 'Report on evil.csv' }).waitFor();
    expect(await panel.locator('td[data-count="used"]').innerText()).toBe('6');
    expect(await panel.locator('td[data-count="rejected"]').innerText()).toBe('0');
    expect(await panel.locator('ul.areas').innerText()).toContain(`${EVIL} Partnership`);
    await page.screenshot({ path: screenshotPath('import-report'), fullPage: true });
    await panel.getByRole('button', { name: 'Show this data' }).click();
    await panel.waitFor({ state: 'detached' });
    const table = page.locator('.table-section table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    // The literal text is visible; no element was made from it.
    await table.getByText(`Black Country ${EVIL}`).waitFor();
    expect(await table.innerText()).toContain(`${EVIL} Partnership`);
    expect(
      await page
        .locator('.ranking, svg')
        .filter({ hasText: `Black Country ${EVIL}` })
        .count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    // Choose the sector whose name carries the markup: the option, title and caption show it as text.
    await page.getByLabel('Sector').selectOption('X');
    await expect.poll(() => page.locator('#view-title').innerText()).toContain(`Mischief ${EVIL}`);
    expect(await page.locator('img').count()).toBe(0);
    // Anything the markup could have fetched has been fetched (and failed) by now.
    await page.waitForLoadState('networkidle');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads cells pasted anywhere on the page while the panel is open (tab-separated, as a spreadsheet copies them)', async ({
    app,
  }) => {
    const { page, errors, dialogs } = await open(app);
    await page.getByRole('button', { name: 'Load your own CSV' }).click();
    const panel = page.getByRole('region', { name: 'Load your own CSV' });
    await panel.getByRole('heading', { name: 'Choose a file' }).waitFor();
    const text =
      'area_code\tarea_name\tsector_code\tsector_name\tyear\tvalue\nE37000001\tBlack Country\tC\tManufacturing\t2022\t1 200\n';
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, text);
    await panel.getByRole('heading', { name: 'What is in pasted data?' }).waitFor();
    expect(await panel.locator('p.detected').innerText()).toMatch(/audit CSV layout .*6 columns, separated by tabs\.$/);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
