// Issue 15: a sector change or year step repaints only what it changes (fills that differ, the state's
// fields that differ). After several changes, back to a sector seen before and through the browser's
// history, the map, its legend and the ranking must read exactly as a fresh page of the same address.
import type { Page } from 'playwright-core';
import { describe, expect, it } from './harness';

/** What a person sees of the map view: each area's fill, pressed state and name, the legend, the ranking. */
function shown(page: Page) {
  return page.evaluate(() => {
    const areas = [...document.querySelectorAll('path.area')].map((p) =>
      ['data-code', 'fill', 'aria-pressed', 'aria-label', 'tabindex'].map((a) => p.getAttribute(a)).join('|'),
    );
    const ranking = [...document.querySelectorAll('.ranking svg *')].map((e) =>
      [e.tagName, e.getAttribute('d'), e.getAttribute('fill'), e.getAttribute('y'), e.getAttribute('x')]
        .concat(e.tagName === 'text' ? [e.textContent] : [])
        .join('|'),
    );
    return {
      title: document.querySelector('#view-title')?.textContent,
      areas: areas.sort(),
      legend: (document.querySelector('.legend') as HTMLElement).innerText,
      ranking,
      unranked: [...document.querySelectorAll('.ranking .unranked')].map((e) => e.textContent),
    };
  });
}

async function fresh(page: Page, base: string, query: string, count: number) {
  await page.goto(`${base}${query}`);
  await page.waitForFunction((n) => document.querySelectorAll('path.area').length === n, count);
  await page.locator('.table-section tbody tr').first().waitFor();
  return shown(page);
}

describe('map repaint after changes', () => {
  it('draws a sector reached by several changes, by going back to it and by Back, as a fresh page does', async ({
    app,
  }) => {
    const query = '?geo=lad&area=E06000001';
    const { page, errors } = await app.open(query);
    const base = page.url().split('?')[0];
    await page.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
    const sectors = await page
      .locator('#ctl-sector option')
      .evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value));
    const first = await page.locator('#ctl-sector').inputValue();
    const [b, c] = sectors.filter((s) => s !== first).slice(2, 4);
    const expected: Record<string, Awaited<ReturnType<typeof shown>>> = {};
    for (const s of [first, b, c])
      expected[s] = await fresh(page, base, `${query}&sector=${encodeURIComponent(s)}`, 309);
    // The three sectors differ (else the test would prove nothing).
    expect(expected[b].areas).not.toEqual(expected[first].areas);
    expect(expected[c].legend).not.toEqual(expected[b].legend);

    await fresh(page, base, query, 309);
    for (const s of [b, c, first, c, b]) {
      await page.locator('#ctl-sector').selectOption(s);
      await expect.poll(() => shown(page)).toEqual(expected[s]);
    }
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(expected[c]);
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(expected[first]);
    await page.goForward();
    await expect.poll(() => shown(page)).toEqual(expected[c]);
    expect(errors).toEqual([]);
  });

  it('draws each GVA year reached by stepping as a fresh page of that year does', async ({ app }) => {
    const query = '?dataset=gva-current&geo=lad';
    const { page, errors } = await app.open(`${query}&year=2020`);
    const base = page.url().split('?')[0];
    await page.waitForFunction(() => document.querySelectorAll('path.area').length === 296);
    const expected: Record<string, Awaited<ReturnType<typeof shown>>> = {};
    for (const y of ['2020', '2021', '2022']) expected[y] = await fresh(page, base, `${query}&year=${y}`, 296);
    expect(expected['2021'].areas).not.toEqual(expected['2020'].areas);

    await fresh(page, base, `${query}&year=2020`, 296);
    for (const [button, year] of [
      ['Next year', '2021'],
      ['Next year', '2022'],
      ['Previous year', '2021'],
      ['Previous year', '2020'],
    ]) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => shown(page)).toEqual(expected[year]);
    }
    expect(errors).toEqual([]);
  });
});
