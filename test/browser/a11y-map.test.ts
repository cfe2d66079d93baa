// Accessibility of the map view and everything on it (WCAG 2.2 AA), checked as a person using a
// keyboard, a screen reader, a phone or a magnifier meets it: axe-core's A and AA rules on every
// state, the contrast of chart text and of the focus indicator, where focus goes, what is announced.
import { describe, expect, it, type App } from './harness';
import type { Page } from 'playwright-core';
import {
  announcements,
  axe,
  describeFindings,
  focusCoveredBy,
  focusedElement,
  focusIndicator,
  layoutShift,
  recordAnnouncements,
  svgTextContrast,
  watchLayoutShift,
} from './a11y';

const VIEWPORT = { width: 1280, height: 900 };

/**
 * The map with the controls, ranking and table drawn (they follow the map by a frame). `shifts` records
 * layout shift from the first moment, which needs a fresh page; the others get a warm one (harness.ts).
 */
async function openFull(app: App, query = '', shifts = false): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await app.open(query, { viewport: VIEWPORT, before: shifts ? watchLayoutShift : undefined });
  await page.locator('.ranking svg').waitFor();
  await page.locator('#ctl-sector').waitFor();
  return { page, errors };
}

async function expectClean(page: Page, what: string) {
  expect(describeFindings(await axe(page)), what).toEqual([]);
  const low = (await svgTextContrast(page)).filter((t) => t.ratio < 4.5);
  expect(low, `${what}: SVG text under 4.5:1`).toEqual([]);
}

describe('axe-core (WCAG 2.0, 2.1, 2.2 A and AA) finds nothing', () => {
  it('on the map of LEPs, its districts, a selected area and the open share panel', async ({ app }) => {
    const { page, errors } = await openFull(app, '', true);
    // Nothing in sight moved while the map, controls, ranking and table filled in (layout shift, as CLS adds it).
    const loaded = await layoutShift(page);
    expect(loaded.total, `moved: ${loaded.moved.join(', ')}`).toBeLessThanOrEqual(0.02);
    await expectClean(page, 'LEP map');

    await page.getByRole('radio', { name: /Districts/ }).check();
    await expect.poll(() => page.locator('path.area').count()).toBe(309);
    await page.locator('.ranking svg').waitFor();
    const districts = await layoutShift(page);
    expect(districts.total, `moved: ${districts.moved.join(', ')}`).toBeLessThanOrEqual(0.02);
    await expectClean(page, 'district map');

    await page.getByRole('radio', { name: /LEPs/ }).check();
    await expect.poll(() => page.locator('path.area').count()).toBe(38);
    await page.locator('path.area[data-code="E37000001"]').click();
    await page.getByRole('button', { name: /^Zoom to/ }).waitFor();
    await expectClean(page, 'selected area');

    await page.getByRole('button', { name: 'Share & download' }).click();
    await page.getByRole('group', { name: 'Share and download' }).waitFor();
    await expectClean(page, 'share panel');
    expect(errors).toEqual([]);
  });

  it('on every measure, with the table of figures sorted', async ({ app }) => {
    const { page } = await openFull(app, '?metric=growth&sort=name');
    await expectClean(page, 'growth map');
    await page.getByLabel('Show', { exact: true }).selectOption('value');
    await expect.poll(() => page.url()).toContain('metric=value');
    await expectClean(page, 'number map');
  });

  it('on the research and GVA datasets: grouped subjects, districts, the industry tree and the year player', async ({
    app,
  }) => {
    const { page, errors } = await openFull(app, '?dataset=ref2021-4star-fte&sector=12');
    await page.locator('circle.institution').first().waitFor(); // the institutions' circles and key too
    await expectClean(page, 'research map');
    await page.getByRole('radio', { name: /Districts/ }).check();
    await expect.poll(() => page.url()).toContain('geo=lad');
    await page.locator('.ranking svg').waitFor();
    await expectClean(page, 'research districts');

    await page.goto(app.url() + '?dataset=gva-current&geo=lad&year=1999');
    await page.locator('.ranking svg').waitFor();
    await page.getByRole('button', { name: 'Previous year' }).waitFor();
    await expectClean(page, 'GVA map');
    expect(errors).toEqual([]);
  });

  it('on an embedded map, interactive and static', async ({ app }) => {
    for (const q of ['?embed', '?embed=static', '?chart=ranking&embed', '?chart=map&embed=static']) {
      const { page } = await app.open(q, {
        viewport: { width: 800, height: 700 },
        ready: q.includes('ranking') ? '.ranking svg' : 'map',
      });
      await expectClean(page, `embed ${q}`);
    }
  });
});

describe('the focus indicator', () => {
  it('is at least 3:1 against what is around it, on buttons, controls and map areas', async ({ app }) => {
    const { page } = await openFull(app);
    const seen: string[] = [];
    // Tab through the first stops of the page: skip link, tabs (map, area profile, evidence pack), controls
    // (with the year player's Previous, Play and Next: Next is unavailable in the latest year but keeps its
    // stop), share, search, map.
    for (let i = 0; i < 18; i++) {
      await page.keyboard.press('Tab');
      const f = await focusIndicator(page);
      seen.push(f.element);
      expect(f.ratio, `${f.element}: ${f.indicator} around ${f.around}`).toBeGreaterThanOrEqual(3);
    }
    expect(seen.some((s) => s.startsWith('path'))).toBe(true);
    // The map draws its own ring (yellow inside near-black) round the focused area.
    expect(await page.locator('.map-frame .focus-ring').count()).toBe(1);
  });
});

describe('keyboard', () => {
  it('a skip link, first on the page, takes focus to the map', async ({ app }) => {
    const { page } = await openFull(app);
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('a: Skip to the map');
    expect(await focusCoveredBy(page)).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('area'))).toBe(true);
    // From there the arrow keys move between areas.
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).not.toBe(first);
  });

  it('the share panel closes when focus moves on, so it never hides the focused element', async ({ app }) => {
    const { page } = await openFull(app);
    await page.getByRole('button', { name: 'Share & download' }).click();
    const panel = page.getByRole('group', { name: 'Share and download' });
    await panel.waitFor();
    // Tab through the panel and on past it: the focused element is never under the panel.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => !!document.activeElement?.closest('.share'));
      if (!inside) {
        await expect.poll(() => panel.count()).toBe(0);
      }
      expect(await focusCoveredBy(page), await focusedElement(page)).toBeNull();
      if (!inside && (await page.evaluate(() => document.activeElement?.classList.contains('area')))) break;
    }
    expect(await panel.count()).toBe(0);
  });

  it('Escape in the share panel, after a download, puts focus back on its button', async ({ app }) => {
    const { page } = await app.open('', { acceptDownloads: true, viewport: VIEWPORT });
    await page.getByRole('button', { name: 'Share & download' }).click();
    const button = page.getByRole('button', { name: 'Data in this view (CSV)' });
    await button.focus();
    await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('group', { name: 'Share and download' }).count()).toBe(0);
    expect(await focusedElement(page)).toBe('button: Share & download');
  });

  it('the industry tree and the year player work by keyboard, and keep focus at the first and last year', async ({
    app,
  }) => {
    const { page } = await openFull(app, '?dataset=gva-current&geo=lad&year=1999');
    const year = page.getByLabel('Year', { exact: true });
    const focusedId = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label') || 'body');
    // The tree picker: arrow keys move through the industries; focus stays on it as the map redraws.
    const picker = page.getByLabel('Sector');
    const before = await picker.inputValue();
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).not.toContain(`sector=${encodeURIComponent(before)}`);
    expect(await picker.inputValue()).not.toBe(before);
    expect(await focusedId()).toBe('ctl-sector');

    // Previous year to the first year: the button stays focused, and says it is unavailable.
    const prev = page.getByRole('button', { name: 'Previous year' });
    await prev.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => year.inputValue()).toBe('1998');
    expect(await focusedId()).toBe('Previous year');
    expect(await prev.getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter'); // nothing before the first year: nothing changes, focus stays
    expect(await year.inputValue()).toBe('1998');
    expect(await focusedId()).toBe('Previous year');
    expect(await focusCoveredBy(page)).toBeNull();

    // Tab to Play; Enter plays, Enter again pauses, on the same button.
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('button: Play');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedElement(page)).toBe('button: Play');

    // Next year to the last year: the same.
    await year.selectOption('2022');
    const next = page.getByRole('button', { name: 'Next year' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => year.inputValue()).toBe('2023');
    expect(await focusedId()).toBe('Next year');
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await focusCoveredBy(page)).toBeNull();
    expect(describeFindings(await axe(page, { include: '.year-player' }))).toEqual([]);
  });

  it('Enter selects an area and Escape clears it, with focus staying on the map', async ({ app }) => {
    const { page } = await openFull(app);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('area=');
    expect(await focusedElement(page)).toMatch(/^button: /);
    expect(await focusCoveredBy(page)).toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('area=');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('area'))).toBe(true);
  });
});

describe('what a screen reader hears', () => {
  it('one polite announcement for each change of sector, geography, selection and view; the title names the view', async ({
    app,
  }) => {
    const { page } = await openFull(app);
    expect(await page.title()).toBe('Map: Manufacturing by LEP – Specialisation Atlas');
    await recordAnnouncements(page);
    const after = async (act: () => Promise<unknown>, expected: RegExp) => {
      const before = (await announcements(page)).length;
      await act();
      await expect.poll(async () => (await announcements(page)).length).toBe(before + 1);
      expect((await announcements(page)).at(-1)).toMatch(expected);
    };
    await after(() => page.getByLabel('Sector').selectOption({ label: 'Construction' }), /^Sector: Construction\.$/);
    expect(await page.title()).toBe('Map: Construction by LEP – Specialisation Atlas');
    await after(() => page.getByRole('radio', { name: /Districts/ }).check(), /^The map now shows districts\.$/);
    expect(await page.title()).toBe('Map: Construction by district – Specialisation Atlas');
    await after(() => page.locator('path.area[data-code="E08000025"]').click(), /^Selected Birmingham\.$/);
    await after(() => page.getByRole('button', { name: 'Area profile' }).click(), /^Area profile of Birmingham\.$/);
    expect(await page.title()).toBe('Area profile: Birmingham – Specialisation Atlas');
    await after(() => page.getByRole('button', { name: 'Map', exact: true }).click(), /^Map view\.$/);
    // Nothing else was said in between (no second message for the same change).
    expect((await announcements(page)).length).toBe(5);
  });
});
