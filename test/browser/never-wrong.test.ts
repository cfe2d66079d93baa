// Issue 14, "Never a wrong number": each describe is named after the numbered item it checks.
import { describe, expect, it } from './harness';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';

async function download(page: Page, button: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await d.path())!).toString('utf8');
}

describe('1. old figures under new labels after a failed load', () => {
  it("never shows the previous dataset's figures, and its CSV is refused until the data arrives", async ({ app }) => {
    const context = await app.context({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let fail = true;
    await page.route('**/data/aps-employment.cube.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
    );
    await page.goto(app.url() + '?dataset=ubc-enterprises&sort=name');
    await page.locator('path.area').first().waitFor();
    // Black Country's enterprise LQ in manufacturing is on screen before the switch.
    expect(await page.locator('tbody tr').first().innerText()).toContain('Black Country');
    await page.getByRole('button', { name: 'Share & download' }).click();

    await page.locator('#ctl-dataset').selectOption('aps-employment');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/aps-employment\.cube\.json/);
    await expect.poll(() => page.url()).toContain('dataset=aps-employment');
    // No figure of any dataset: no table rows, no map areas, no download of the view.
    expect(await page.locator('tbody tr').count()).toBe(0);
    expect(await page.locator('path.area').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Data in this view (CSV)' }).count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toMatch(/\b1\.80\b|3,330/);
    // The dataset choice is still there, so the person can go back or try again.
    expect(await page.locator('#ctl-dataset').inputValue()).toBe('aps-employment');

    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(38);
    await page.getByRole('button', { name: 'Share & download' }).click();
    const csv = await download(page, 'Data in this view (CSV)');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain(',people_count');
    const blackCountry = csv.split('\r\n').find((l) => l.startsWith('E37000001,'));
    expect(blackCountry).toBeDefined();
    expect(blackCountry).not.toContain('3330');
  });
});

describe('7. embed snippet points at the previous view', () => {
  it("the snippet equals the state's URL after a change with the panel open", async ({ app }) => {
    const { page } = await app.open();
    await page.getByRole('button', { name: 'Share & download' }).click();
    const snippet = page.locator('#embed-snippet');
    await snippet.waitFor();
    await page.getByLabel('Sector').selectOption({ label: 'Construction' });
    const sector = await page.getByLabel('Sector').inputValue();
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe(sector);
    const src = (await snippet.inputValue()).match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
    const embed = new URL(src);
    const view = new URL(page.url());
    // Every parameter of the view, plus the pinned year and embed.
    for (const [k, v] of view.searchParams) expect(embed.searchParams.get(k)).toBe(v);
    expect(embed.searchParams.get('sector')).toBe(sector);
    expect(embed.searchParams.get('year')).toBe('2022');
    expect(embed.searchParams.has('embed')).toBe(true);
  });
});

describe('8. table header overlap', () => {
  for (const query of ['', '?metric=growth']) {
    it(`at 1280 px every column head fits its column (${query || 'default view'})`, async ({ app }) => {
      const { page } = await app.open(query, { viewport: { width: 1280, height: 900 } });
      await page.locator('thead th').first().waitFor();
      const boxes = await page.locator('thead th').evaluateAll((ths) =>
        ths.map((th) => {
          const t = th.getBoundingClientRect();
          // The text as drawn (a range over the button's contents), which may spill out of the button.
          const range = document.createRange();
          range.selectNodeContents(th.querySelector('button')!);
          const b = range.getBoundingClientRect();
          return {
            text: th.textContent!.trim(),
            th: [t.left, t.right],
            button: [b.left, b.right],
            scroll: th.scrollWidth,
            client: th.clientWidth,
          };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(4);
      for (const [i, b] of boxes.entries()) {
        expect(b.button[0], b.text).toBeGreaterThanOrEqual(b.th[0] - 0.5);
        expect(b.button[1], b.text).toBeLessThanOrEqual(b.th[1] + 0.5);
        expect(b.scroll, b.text).toBeLessThanOrEqual(b.client);
        if (i > 0) expect(b.button[0], b.text).toBeGreaterThanOrEqual(boxes[i - 1].button[1]);
      }
    });
  }
});
