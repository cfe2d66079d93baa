// Reflow (WCAG 1.4.10): at 320 CSS px (a phone, or 400 % zoom) and 640 × 450 (200 % zoom on a small
// laptop), with every panel open, the page never scrolls sideways and no chart label is cut off.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, watchErrors } from './browser';
import { clippedSvgText, overflowing, sidewaysScroll } from './a11y';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function expectReflows(page: Page, what: string) {
  expect(await overflowing(page), `${what}: reaching past the right edge`).toEqual([]);
  expect(await sidewaysScroll(page), `${what}: sideways scroll`).toBe(0);
  expect(await clippedSvgText(page), `${what}: labels outside their chart`).toEqual([]);
}

/** Opens every panel the map view has: the controls, the share panel and the import panel. */
async function openPanels(page: Page) {
  const summary = page.locator('details.controls-wrap > summary');
  if (await summary.isVisible()) {
    if ((await page.locator('details.controls-wrap').getAttribute('open')) === null) await summary.click();
  }
  await page.locator('#ctl-dataset').waitFor();
  await page.getByRole('button', { name: 'Share & download' }).click();
  await page.getByRole('group', { name: 'Share and download' }).waitFor();
}

describe.each([
  { width: 320, height: 640 },
  { width: 640, height: 450 },
])('at $width × $height', (viewport) => {
  it('the map view, with the controls and the share panel open, and the import panel', async () => {
    const page = await browser.newPage({ viewport });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.locator('path.area').first().waitFor();
    await page.locator('.ranking svg').waitFor();
    await openPanels(page);
    await expectReflows(page, 'map with panels');
    await page.getByRole('button', { name: /^(Load your own CSV|Your CSV)$/ }).click();
    await page.getByRole('heading', { name: 'Choose a file' }).waitFor();
    await expectReflows(page, 'import panel');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the area profile, with its tables open', async () => {
    const page = await browser.newPage({ viewport });
    await page.goto(inject('baseUrl') + '?view=profile&area=E37000001');
    await page.locator('circle.bubble').first().waitFor();
    for (const s of await page.locator('details.twin > summary').all()) await s.click();
    await expectReflows(page, 'profile');
    await page.close();
  });
});
