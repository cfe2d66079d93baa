// The map areas' accessible names catch up with a change in idle time (ChoroplethMap, lib/state/catch-up),
// off the frames right after it. They must never be read stale: an area that gets keyboard focus or the
// pointer has its new name at once, and once caught up every name reads as a page opened on the new view.
import type { Page } from 'playwright-core';
import { describe, expect, it } from './harness';

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

const MAP_BEHIND = '.map-frame [data-behind]';

/** Every area's accessible name by code. */
const names = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('path.area')].map((p) => [
        p.getAttribute('data-code'),
        p.getAttribute('aria-label'),
      ]),
    ),
  );

/** The names on a page opened on `query`, once they have caught up. */
async function freshNames(app: { open(q: string): Promise<{ page: Page }> }, query: string) {
  const { page } = await app.open(query);
  await page.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
  await expect.poll(() => page.locator(MAP_BEHIND).count()).toBe(0);
  return names(page);
}

/** Picks the sector at `index` of the select; returns its code. */
async function pickSector(page: Page, index: number): Promise<string> {
  const option = page.locator('#ctl-sector option').nth(index);
  const code = (await option.getAttribute('value'))!;
  await page.locator('#ctl-sector').selectOption(code);
  return code;
}

describe('the map areas’ accessible names after a change', () => {
  it('catch up in idle time, then read as a page opened on the new sector', async ({ app }) => {
    const { page, errors } = await app.open('?geo=lad', { before: (p) => p.addInitScript(HOLD_IDLE) });
    await page.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
    await page.locator('#ctl-sector option').nth(4).waitFor({ state: 'attached' });
    await releaseIdle(page);
    await expect.poll(() => page.locator(MAP_BEHIND).count()).toBe(0);
    const before = await names(page);
    const code = await pickSector(page, 4);
    await expect.poll(() => page.locator(MAP_BEHIND).count()).toBe(1);
    // Not yet: the page has had no idle time (the fills have changed, the names wait).
    expect(await names(page)).toEqual(before);
    await releaseIdle(page);
    await expect.poll(() => page.locator(MAP_BEHIND).count()).toBe(0);
    const after = await names(page);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await freshNames(app, `?geo=lad&sector=${encodeURIComponent(code)}`));
    expect(errors).toEqual([]);
  });

  it('an area focused or pointed at before they catch up has its new name at once, and so do the rest', async ({
    app,
  }) => {
    const { page, errors } = await app.open('?geo=lad', { before: (p) => p.addInitScript(HOLD_IDLE) });
    await page.waitForFunction(() => document.querySelectorAll('path.area').length === 309);
    await page.locator('#ctl-sector option').nth(6).waitFor({ state: 'attached' });
    await releaseIdle(page);
    await expect.poll(() => page.locator(MAP_BEHIND).count()).toBe(0);

    // Keyboard: the map's tab stop focused right after the change, its name read in the same task.
    const first = await pickSector(page, 3);
    await expect.poll(() => page.locator(MAP_BEHIND).count()).toBe(1);
    const focused = await page.evaluate(() => {
      const p = document.querySelector<SVGPathElement>('path.area[tabindex="0"]')!;
      p.focus();
      return { code: p.getAttribute('data-code')!, name: p.getAttribute('aria-label') };
    });
    const fresh3 = await freshNames(app, `?geo=lad&sector=${encodeURIComponent(first)}`);
    expect(focused.name).toBe(fresh3[focused.code]);
    // The rest follow at once, with no idle time.
    await expect.poll(() => page.locator(MAP_BEHIND).count()).toBe(0);
    expect(await names(page)).toEqual(fresh3);

    // The pointer: an area moved over right after the next change has its new name.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const second = await pickSector(page, 6);
    await expect.poll(() => page.locator(MAP_BEHIND).count()).toBe(1);
    const box = (await page.locator('path.area[data-code="E08000025"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hovered = (await page.locator('path.area.highlighted').getAttribute('data-code'))!;
    const fresh6 = await freshNames(app, `?geo=lad&sector=${encodeURIComponent(second)}`);
    expect(fresh6[hovered]).not.toBe(fresh3[hovered]);
    expect(await page.locator(`path.area[data-code="${hovered}"]`).getAttribute('aria-label')).toBe(fresh6[hovered]);
    await expect.poll(() => page.locator(MAP_BEHIND).count()).toBe(0);
    expect(await names(page)).toEqual(fresh6);
    expect(errors).toEqual([]);
  });
});
