// Accessibility of the area profile: axe-core's WCAG A and AA rules with every table twin open and
// with two areas compared, the contrast of chart text and focus rings, and a keyboard path that
// makes each chart one Tab stop with the arrow keys inside it.
import { describe, expect, it, type App } from './harness';
import type { Page } from 'playwright-core';
import {
  axe,
  describeFindings,
  focusCoveredBy,
  focusIndicator,
  layoutShift,
  svgTextContrast,
  watchLayoutShift,
} from './a11y';

const VIEWPORT = { width: 1280, height: 900 };

/** `shifts` records layout shift from the first moment, which needs a fresh page; the others get a warm one. */
async function openProfile(app: App, query: string, shifts = false): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await app.open(query, {
    viewport: VIEWPORT,
    before: shifts ? watchLayoutShift : undefined,
    ready: 'svg[data-export="profile-bars"]:not([aria-busy]) [data-choice]',
  });
  await page.locator('circle.bubble').first().waitFor();
  return { page, errors };
}

describe('axe-core (WCAG 2.0, 2.1, 2.2 A and AA) finds nothing', () => {
  it('on a profile with its tables open (the science base and "What could come next" too), and with two areas compared', async ({
    app,
  }) => {
    const { page, errors } = await openProfile(app, '?view=profile&area=E37000001');
    await page.locator('[data-testid="science-ukri"]').waitFor();
    await page.locator('svg[data-export="next-diagram"]').waitFor();
    for (const s of await page.locator('details.twin > summary').all()) await s.click();
    expect(describeFindings(await axe(page)), 'profile').toEqual([]);
    expect((await svgTextContrast(page)).filter((t) => t.ratio < 4.5)).toEqual([]);

    await page.goto(app.url() + '?view=profile&area=E37000001&compare=E37000062');
    await page.locator('g.row[data-choice]').first().waitFor();
    for (const s of await page.locator('details.twin > summary').all()) await s.click();
    expect(describeFindings(await axe(page)), 'compared').toEqual([]);
    expect((await svgTextContrast(page)).filter((t) => t.ratio < 4.5)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('on the APS profile, with confidence intervals and significance marks; on the GVA profile of the industry tree', async ({
    app,
  }) => {
    const { page } = await openProfile(app, '?dataset=aps-employment&view=profile&geo=lad&area=E06000001');
    expect(describeFindings(await axe(page))).toEqual([]);
    expect((await svgTextContrast(page)).filter((t) => t.ratio < 4.5)).toEqual([]);
    await page.goto(app.url() + '?dataset=gva-current&view=profile&area=E37000001');
    await page.locator('svg[data-export="profile-bars"]:not([aria-busy]) [data-choice]').first().waitFor();
    await page.locator('svg[data-export="next-diagram"]').waitFor();
    expect(describeFindings(await axe(page)), 'GVA profile').toEqual([]);
    expect((await svgTextContrast(page)).filter((t) => t.ratio < 4.5)).toEqual([]);
  });

  it('on the profile before an area is chosen, and embedded', async ({ app }) => {
    const { page } = await app.open('?view=profile', { viewport: VIEWPORT, ready: 'none' });
    await page.getByRole('heading', { name: 'Area profile' }).waitFor();
    expect(describeFindings(await axe(page)), 'no area').toEqual([]);
    await page.goto(app.url() + '?view=profile&area=E37000001&embed');
    await page.locator('circle.bubble').first().waitFor();
    expect(describeFindings(await axe(page)), 'embed').toEqual([]);
    // One chart embedded alone (issue 17 item 3): the comparison, with its title, key and source.
    await page.goto(app.url() + '?view=profile&area=E37000007&compare=E37000019&chart=profile-compare&embed');
    await page.locator('[data-chart="profile-compare"] g.row[data-choice]').first().waitFor();
    expect(describeFindings(await axe(page)), 'one chart embedded').toEqual([]);
    expect((await svgTextContrast(page)).filter((t) => t.ratio < 4.5)).toEqual([]);
    // 'What could come next' diagram embedded alone.
    await page.goto(app.url() + '?view=profile&area=E37000001&chart=next-diagram&embed');
    await page.locator('svg[data-export="next-diagram"]').waitFor();
    expect(describeFindings(await axe(page)), 'next diagram embedded').toEqual([]);
    expect((await svgTextContrast(page)).filter((t) => t.ratio < 4.5)).toEqual([]);
  });
});

describe('keyboard', () => {
  it('each chart is one Tab stop; the arrow keys move inside it, each mark with a visible ring', async ({ app }) => {
    const { page } = await openProfile(app, '?view=profile&area=E37000001');
    const bars = page.locator('svg[data-export="profile-bars"]');
    const bubbles = page.locator('figure:has(#profile-bubble-title) svg').first();
    // Exactly one mark of each chart is in the Tab order.
    expect(await bars.locator('[data-choice][tabindex="0"]').count()).toBe(1);
    expect(await bubbles.locator('[data-choice][tabindex="0"]').count()).toBe(1);
    expect(await bars.locator('[data-choice]').count()).toBeGreaterThan(10);

    await bars.locator('[data-choice][tabindex="0"]').focus();
    const inBars = () => page.evaluate(() => !!document.activeElement?.closest('svg[data-export="profile-bars"]'));
    const sector = () => page.evaluate(() => document.activeElement?.getAttribute('data-sector'));
    const first = await sector();
    await page.keyboard.press('ArrowDown');
    const second = await sector();
    expect(second).not.toBe(first);
    expect(await inBars()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await sector()).toBe(first);
    await page.keyboard.press('End');
    expect(await sector()).toBe(await bars.locator('[data-choice]').last().getAttribute('data-sector'));
    const f = await focusIndicator(page);
    expect(f.ratio, `${f.indicator} around ${f.around}`).toBeGreaterThanOrEqual(3);
    expect(await focusCoveredBy(page)).toBeNull();

    // One Tab leaves the bar chart (its table twin's summary comes next), not the next bar.
    await page.keyboard.press('Tab');
    expect(await inBars()).toBe(false);
    // Tabbing on reaches the bubble chart in a few stops, and one Tab leaves it again.
    let stops = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('bubble'))) && stops < 6) {
      await page.keyboard.press('Tab');
      stops++;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('bubble'))).toBe(true);
    expect(await page.locator('svg .focus-ring').count()).toBe(1);
    const ring = await focusIndicator(page);
    expect(ring.ratio).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('bubble'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('bubble'))).toBe(false);
    // Enter chooses the focused mark (its sector's trend), as a click would.
    await bars.locator('[data-choice]').nth(2).focus();
    const code = await sector();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`sector=${code}`);
  });

  it('every chart on the profile, however many there are, is exactly one Tab stop', async ({ app }) => {
    const { page } = await openProfile(app, '?view=profile&area=E37000001', true);
    // Every section in, the ones that load on their own too; nothing in sight moved meanwhile.
    await page.locator('[data-testid="science-ukri"]').waitFor();
    await page.locator('svg[data-export="next-diagram"]').waitFor();
    const shift = await layoutShift(page);
    expect(shift.total, `moved: ${shift.moved.join(', ')}`).toBeLessThanOrEqual(0.02);
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('svg')]
        .filter((svg) => svg.querySelector('[data-choice]'))
        .map((svg) => ({
          name: svg.getAttribute('aria-label')?.slice(0, 50) ?? '',
          marks: svg.querySelectorAll('[data-choice]').length,
          stops: [...svg.querySelectorAll<SVGElement>('[data-choice]')].filter((e) => e.tabIndex >= 0).length,
        })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const c of charts) expect(c.stops, c.name).toBe(1);
    expect(charts.reduce((n, c) => n + c.marks, 0)).toBeGreaterThan(30);
  });
});
