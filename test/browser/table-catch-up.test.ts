// The table under the map catches up in idle time while it is off screen (lib/state/catch-up), so the
// frames after a change never lay it out; it must never stay behind: the DOM (screen readers, find in
// page, copy, print) soon holds every current figure, read here as a page opened on the new view reads.
import { describe, expect, it } from './harness';
import type { Page } from 'playwright-core';

const TABLE = '.table-section';

/** The table's text once it has caught up (no data-behind), as a copy of it would give. */
async function caughtUpText(page: Page): Promise<string> {
  await page.locator(`${TABLE}:not([data-behind]) tbody tr`).first().waitFor();
  return page.locator(`${TABLE} table`).innerText();
}

const offScreen = (page: Page) =>
  page.locator(TABLE).evaluate((el) => el.getBoundingClientRect().top > window.innerHeight);

describe('the table under the map, off screen, after a change', () => {
  it('catches up by itself after a sector change, reading as the page opened on that sector', async ({ app }) => {
    const { page, errors } = await app.open('?geo=lad');
    const before = await caughtUpText(page);
    expect(await offScreen(page)).toBe(true);
    const option = page.locator('#ctl-sector option').nth(3);
    const [code, name] = [await option.getAttribute('value'), await option.innerText()];
    await page.locator('#ctl-sector').selectOption(code!);
    await expect.poll(() => page.locator(`${TABLE} caption`).innerText()).toContain(name);
    const after = await caughtUpText(page);
    // Caught up where it is, off screen, without anyone scrolling to it.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await offScreen(page)).toBe(true);
    expect(after).not.toBe(before);
    const fresh = await app.open(`?geo=lad&sector=${encodeURIComponent(code!)}`);
    expect(after).toBe(await caughtUpText(fresh.page));
    expect(errors).toEqual([]);
  });

  it('catches up by itself after a GVA year step, reading as the page opened on that year', async ({ app }) => {
    const { page, errors } = await app.open('?dataset=gva-current&geo=lad&year=2020');
    await caughtUpText(page);
    await page.getByRole('button', { name: 'Next year' }).click();
    await expect.poll(() => page.locator(`${TABLE} caption`).innerText()).toContain('2021');
    const after = await caughtUpText(page);
    expect(await offScreen(page)).toBe(true);
    const fresh = await app.open('?dataset=gva-current&geo=lad&year=2021');
    expect(after).toBe(await caughtUpText(fresh.page));
    expect(errors).toEqual([]);
  });

  it('printed at once after a change, the table has the new figures', async ({ app }) => {
    const { page } = await app.open('?geo=lad');
    await caughtUpText(page);
    // In one task: the change, then the print (beforeprint), so no idle time or frame comes between.
    const r = await page.evaluate(async () => {
      const select = document.querySelector<HTMLSelectElement>('#ctl-sector')!;
      const option = select.options[4];
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await Promise.resolve();
      const behind = document.querySelector('.table-section[data-behind]') !== null;
      window.dispatchEvent(new Event('beforeprint'));
      await Promise.resolve();
      return {
        behind,
        name: option.text,
        caption: document.querySelector('.table-section caption')!.textContent,
        still: document.querySelector('.table-section[data-behind]') !== null,
      };
    });
    expect(r.behind).toBe(true);
    expect(r.caption).toContain(r.name);
    expect(r.still).toBe(false);
  });

  it('with no idle time at all, catches up as it is scrolled to', async ({ app }) => {
    const { page } = await app.open('?geo=lad', {
      // A page that is never idle: its idle callbacks never run.
      before: (p) => p.addInitScript(() => (window.requestIdleCallback = () => 0)),
    });
    await caughtUpText(page);
    const option = page.locator('#ctl-sector option').nth(5);
    const name = await option.innerText();
    await page.locator('#ctl-sector').selectOption((await option.getAttribute('value'))!);
    await expect.poll(() => page.locator(`${TABLE}[data-behind]`).count()).toBe(1);
    expect(await page.locator(`${TABLE} caption`).innerText()).not.toContain(name);
    await page.locator(TABLE).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`${TABLE} caption`).innerText()).toContain(name);
    await caughtUpText(page);
  });
});
