// The table under the map catches up in idle time while it is off screen (lib/state/catch-up), so the
// frames after a change never lay it out; it must never stay behind: the DOM (screen readers, find in
// page, copy, print) soon holds every current figure, read here as a page opened on the new view reads.
import { describe, expect, it } from './harness';
import type { Page } from 'playwright-core';

const TABLE = '.table-section';
/** A table, or rows of it, not caught up yet. */
const BEHIND = `${TABLE}[data-behind], ${TABLE} [data-behind]`;

/** The table's text once it has caught up (no data-behind), as a copy of it would give. */
async function caughtUpText(page: Page): Promise<string> {
  await page.locator(`${TABLE} tbody tr`).first().waitFor();
  await expect.poll(() => page.locator(BEHIND).count()).toBe(0);
  return page.locator(`${TABLE} table`).innerText();
}

/** Holds the page's idle callbacks (a page never idle) until `releaseIdle` runs them, in order. */
const HOLD_IDLE = `
  window.__idle = [];
  window.requestIdleCallback = (f) => window.__idle.push(f);
  window.cancelIdleCallback = (id) => { window.__idle[id - 1] = null; };
`;
const releaseIdle = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __idle: (((d: unknown) => void) | null)[] };
    const held = w.__idle;
    w.__idle = [];
    for (const f of held) f?.({ didTimeout: false, timeRemaining: () => 50 });
  });

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
    // The controls are their own chunk (App's loadControls), so they can come after the table.
    await page.locator('#ctl-sector option').nth(4).waitFor({ state: 'attached' });
    // In one task: the change, then the print (beforeprint), so no idle time or frame comes between.
    const r = await page.evaluate(async (sel) => {
      const select = document.querySelector<HTMLSelectElement>('#ctl-sector')!;
      const option = select.options[4];
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await Promise.resolve();
      const behind = document.querySelector(sel) !== null;
      window.dispatchEvent(new Event('beforeprint'));
      await Promise.resolve();
      return {
        behind,
        name: option.text,
        caption: document.querySelector('.table-section caption')!.textContent,
        still: document.querySelector(sel) !== null,
      };
    }, BEHIND);
    expect(r.behind).toBe(true);
    expect(r.caption).toContain(r.name);
    expect(r.still).toBe(false);
  });

  it('on a page never idle, catches up as it is scrolled to', async ({ app }) => {
    const { page } = await app.open('?geo=lad', { before: (p) => p.addInitScript(HOLD_IDLE) });
    await caughtUpText(page);
    const option = page.locator('#ctl-sector option').nth(5);
    const name = await option.innerText();
    await page.locator('#ctl-sector').selectOption((await option.getAttribute('value'))!);
    await expect.poll(() => page.locator(`${TABLE}[data-behind]`).count()).toBe(1);
    expect(await page.locator(`${TABLE} caption`).innerText()).not.toContain(name);
    await page.locator(TABLE).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(`${TABLE} caption`).innerText()).toContain(name);
    // Rows far from the screen wait for idle time; when it comes, every row has caught up.
    await releaseIdle(page);
    const fresh = await app.open(
      `?geo=lad&sector=${encodeURIComponent(await page.locator('#ctl-sector').inputValue())}`,
    );
    expect(await caughtUpText(page)).toBe(await caughtUpText(fresh.page));
  });
});

describe('the table under the map, on screen, after a change', () => {
  it('every row catches up, reading as the page opened on that sector', async ({ app }) => {
    const { page, errors } = await app.open('?geo=lad');
    await caughtUpText(page);
    await page.locator(TABLE).scrollIntoViewIfNeeded();
    const option = page.locator('#ctl-sector option').nth(3);
    const [code, name] = [await option.getAttribute('value'), await option.innerText()];
    await page.locator('#ctl-sector').selectOption(code!);
    await expect.poll(() => page.locator(`${TABLE} caption`).innerText()).toContain(name);
    const after = await caughtUpText(page);
    const fresh = await app.open(`?geo=lad&sector=${encodeURIComponent(code!)}`);
    expect(after).toBe(await caughtUpText(fresh.page));
    expect(errors).toEqual([]);
  });

  it('rows in view catch up at once, the rest as they are scrolled to or in idle time', async ({ app }) => {
    const { page } = await app.open('?geo=lad', { before: (p) => p.addInitScript(HOLD_IDLE) });
    await page.locator(`${TABLE} tbody tr`).first().waitFor();
    // The table's top at the top of the screen: its first rows in view, the 50th some 3,000 px below.
    await page.locator(TABLE).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await caughtUpText(page);
    const first = page.locator(`${TABLE} tbody tr`).first();
    const last = page.locator(`${TABLE} tbody tr`).last();
    const [firstBefore, lastBefore] = [await first.innerText(), await last.innerText()];
    await page.locator('#ctl-sector').selectOption({ index: 5 });
    // The first row, in view, is redrawn; the 50th, far below, still shows what it did.
    await expect.poll(() => first.innerText()).not.toBe(firstBefore);
    expect(await page.locator(BEHIND).count()).toBe(1);
    expect(await last.innerText()).toBe(lastBefore);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.innerText()).not.toBe(lastBefore);
    // Printed now, the rows still behind are drawn at once.
    await page.locator(TABLE).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.locator('#ctl-sector').selectOption({ index: 6 });
    await expect.poll(() => page.locator(BEHIND).count()).toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.locator(BEHIND).count()).toBe(0);
    await releaseIdle(page);
    const after = await caughtUpText(page);
    const fresh = await app.open(
      `?geo=lad&sector=${encodeURIComponent(await page.locator('#ctl-sector').inputValue())}`,
    );
    expect(after).toBe(await caughtUpText(fresh.page));
  });
});
