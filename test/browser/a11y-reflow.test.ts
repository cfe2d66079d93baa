// Reflow (WCAG 1.4.10): at 320 CSS px (a phone, or 400 % zoom) and 640 × 450 (200 % zoom on a small
// laptop), with every panel open, the page never scrolls sideways and no chart label is cut off; nor
// is a search box's placeholder, there or at 1280 px.
import { describe, expect, it } from './harness';
import type { Page } from 'playwright-core';
import { clippedSvgText, overflowing, sidewaysScroll } from './a11y';

/** Inputs whose placeholder is wider than their box (cut off), by placeholder. */
function clippedPlaceholders(page: Page): Promise<string[]> {
  return page.locator('input[placeholder]:visible').evaluateAll((els) =>
    (els as HTMLInputElement[])
      .filter((e) => {
        const cs = getComputedStyle(e);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
        const room = e.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return ctx.measureText(e.placeholder).width > room;
      })
      .map((e) => e.placeholder),
  );
}

async function expectReflows(page: Page, what: string) {
  expect(await clippedPlaceholders(page), `${what}: placeholders cut off`).toEqual([]);
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
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
  { width: 640, height: 450 },
])('at $width × $height', (viewport) => {
  it('the map view, with the controls and the share panel open, and the import panel', async ({ app }) => {
    const { page, errors } = await app.open('', { viewport, ready: '.ranking svg' });
    await openPanels(page);
    await expectReflows(page, 'map with panels');
    await page.getByRole('button', { name: /^(Load your own CSV|Your CSV)$/ }).click();
    await page.getByRole('heading', { name: 'Choose a file' }).waitFor();
    await expectReflows(page, 'import panel');
    expect(errors).toEqual([]);
  });

  it('the area profile, with its tables open', async ({ app }) => {
    const { page } = await app.open('?view=profile&area=E37000001', { viewport, ready: 'circle.bubble' });
    for (const s of await page.locator('details.twin > summary').all()) await s.click();
    await expectReflows(page, 'profile');
  });
});
